package hsim.model.people;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CivilianRulesTest {
    @Test
    void hardshipRisesWithUnmetNeedsViolenceAndDisplacementAndRelaxes() {
        Hardship h = new Hardship(new Hardship.Settings(0.5, 0.35, 0.3, 0.2, 30, 0.5));
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
    void displacedFleeViolenceAndReturnOnlyAfterHomeStayedCalm() {
        Displacement d = new Displacement(new Displacement.Settings(0.35, 0.1, 0.2, 0.05, 0, 0.5, 30, 3));
        assertTrue(d.flees(0.6, 0.05));
        assertFalse(d.flees(0.6, 0.5));
        assertFalse(d.flees(0.2, 0.0));
        float[] violence = {0.5f, 0.1f};
        double[] none = new double[2];
        d.morning(violence, none);
        assertFalse(d.returnsHome(1, 0.1, 0.0), "calm for one day only");
        d.morning(violence, none);
        d.morning(violence, none);
        assertTrue(d.returnsHome(1, 0.1, 0.01), "calm for three days");
        assertFalse(d.returnsHome(1, 0.1, 0.5), "the day's draw");
        assertFalse(d.returnsHome(0, 0.5, 0.0), "still violent");
        violence[1] = 0.3f;
        d.morning(violence, none);
        violence[1] = 0.1f;
        d.morning(violence, none);
        assertFalse(d.returnsHome(1, 0.1, 0.0), "a violent day restarts the count");
    }

    @Test
    void ringCellsWalkTheSquareAroundACell() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int k = 0; k < 16; k++) seen.add(Displacement.ringCell(5, 5, 2, k, 20, 20));
        assertEquals(16, seen.size());
        for (int c : seen) assertEquals(2, Math.max(Math.abs(c % 20 - 5), Math.abs(c / 20 - 5)));
        assertEquals(-1, Displacement.ringCell(0, 0, 1, 0, 20, 20), "off the grid");
    }
}
