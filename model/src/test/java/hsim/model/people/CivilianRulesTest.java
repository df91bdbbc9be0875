package hsim.model.people;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CivilianRulesTest {
    @Test
    void hardshipRisesWithUnmetNeedsViolenceAndDisplacementAndRelaxes() {
        Hardship h = new Hardship(new Hardship.Settings(0.5, 0.35, 0.3, 0.2, 30));
        assertEquals(0.2, h.target(0.2, 0, 0, false), 1e-12);
        assertEquals(0.55, h.target(0.2, 1, 0, false), 1e-12);
        assertEquals(1.0, h.target(0.4, 1, 1, true), 1e-12);
        double v = 0.2;
        for (int d = 0; d < 30; d++) v = h.next(v, 0.2, 1, 0, false);
        // after one time constant about 63 % of the way to 0.55
        assertEquals(0.2 + 0.35 * (1 - Math.exp(-1)), v, 0.01);
    }

    @Test
    void legitimacyRisesWithProtectionAndServicesFallsWithHarmAndGangRule() {
        Legitimacy l = new Legitimacy(new Legitimacy.Settings(0.45, 0.25, 0.25, 0.4, 0.2, 45));
        double base = l.target(0, 0.5, 0, false);
        assertEquals(0.45, base, 1e-12);
        assertTrue(l.target(1, 0.5, 0, false) > base);
        assertTrue(l.target(0, 1, 0, false) > base);
        assertTrue(l.target(0, 0.5, 0.5, false) < base);
        assertTrue(l.target(0, 0.5, 0, true) < base);
        assertTrue(l.next(0.45, 1, 1, 0, false) > 0.45);
    }

    @Test
    void displacedFleeViolenceToTheSafestPlaceAndReturnWhenCalm() {
        Displacement d = new Displacement(new Displacement.Settings(0.35, 0.1, 0.1, 0.05, 0));
        assertTrue(d.flees(0.6, 0.05));
        assertFalse(d.flees(0.6, 0.5));
        assertFalse(d.flees(0.2, 0.0));
        double[] violence = {0.9, 0.2, 0.05, 0.05, 0.5};
        double[] crowding = {0, 0, 3, 1, 0};
        assertEquals(3, d.chooseRefuge(new int[] {0, 1, 2, 3, 4}, violence, crowding));
        assertEquals(-1, d.chooseRefuge(new int[] {0, 4}, violence, crowding));
        assertTrue(d.returnsHome(0.05, 0.01));
        assertFalse(d.returnsHome(0.3, 0.0));
    }
}
