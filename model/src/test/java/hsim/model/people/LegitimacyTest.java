package hsim.model.people;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Legitimacy relaxes towards its target with the catalog's time constant, from below and from above. */
class LegitimacyTest {
    private final Legitimacy l = new Legitimacy(new Legitimacy.Settings(0.45, 0.25, 0.25, 0.4, 0.2, 45));

    @Test
    void legitimacyMovesTowardsItsTargetWithATimeConstantOfDays() {
        double target = l.target(1, 1, 0, false); // 0.45 + 0.25 + 0.25 * 0.5 = 0.825
        assertEquals(0.825, target, 1e-12);
        double up = 0.2, down = 0.95;
        for (int d = 0; d < 45; d++) {
            up = l.next(up, 1, 1, 0, false);
            down = l.next(down, 1, 1, 0, false);
        }
        // after one time constant, 1 - 1/e (63 %) of the way
        assertEquals(0.2 + (target - 0.2) * (1 - Math.exp(-1)), up, 0.005);
        assertEquals(0.95 - (0.95 - target) * (1 - Math.exp(-1)), down, 0.005);
        for (int d = 0; d < 1000; d++) up = l.next(up, 1, 1, 0, false);
        assertEquals(target, up, 1e-9, "and settles there");
    }

    @Test
    void harmAndGangRuleLowerTheTargetByTheirWeights() {
        double base = l.target(0.5, 0.5, 0, false);
        assertEquals(0.4 * 0.5, base - l.target(0.5, 0.5, 0.5, false), 1e-12);
        assertEquals(0.2, base - l.target(0.5, 0.5, 0, true), 1e-12);
        assertEquals(0.25 * 0.5, l.target(0.5, 1, 0, false) - base, 1e-12, "services above the reference add");
        Legitimacy strict = new Legitimacy(new Legitimacy.Settings(0.45, 0.25, 0.25, 0.4, 0.2, 45, 0.9));
        assertTrue(strict.target(0.5, 0.6, 0, false) < base, "below a reference of 0.9, 60 % of needs met takes legitimacy");
    }
}
