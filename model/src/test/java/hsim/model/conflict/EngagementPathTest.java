package hsim.model.conflict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The attrition path slice by slice, computed by hand: quarter-hour slices, break-off after 20 % lost,
 * 0.004 civilian casualties per fighter-hour at the reference density, 40 % of them deaths, no protection
 * or restraint cost unless a test sets them.
 */
class EngagementPathTest {
    private static Engagement engagement(double restraintCost) {
        return new Engagement(new Engagement.Settings(0.25, 0.2, 0.004, 1000, 0.4, 0, 0, restraintCost));
    }

    @Test
    void oneSliceLosesWhatTheOtherSideHitsThroughCoverAndProtection() {
        Engagement.Side a = new Engagement.Side(100, 0.1, 0.2, 0, 0.5);
        Engagement.Side b = new Engagement.Side(50, 0.2, 0.4, 0, 0.25);
        Engagement.Result r = engagement(0).expected(a, b, 0.25, 2000);
        assertEquals(0.2 * 50 * (1 - 0.2) * (1 - 0.5) * 0.25, r.lossesA(), 1e-12);
        assertEquals(0.1 * 100 * (1 - 0.4) * (1 - 0.25) * 0.25, r.lossesB(), 1e-12);
        double civ = 0.004 * (100 + 50) * 0.25 * 2;
        assertEquals(civ * 0.4, r.civiliansKilled(), 1e-12, "twice the reference density");
        assertEquals(civ * 0.6, r.civiliansInjured(), 1e-12);
        assertEquals(0.25, r.hours(), 1e-12);
        assertFalse(r.aWon(), "both still standing: a hold");
    }

    @Test
    void aShortLastSliceEndsTheFightOnTimeAndRestraintCostsFirePowerAndCollateral() {
        Engagement.Side a = new Engagement.Side(100, 0.001, 0, 0.5);
        Engagement.Side b = new Engagement.Side(100, 0.001, 0, 0);
        Engagement.Result r = engagement(0.4).expected(a, b, 0.3, 1000);
        assertEquals(0.3, r.hours(), 1e-12, "a quarter hour and then 0.05 h");
        // A's effectiveness after restraint 0.5 at cost 0.4: 0.0008; B's loss over 0.3 h, to first order
        assertEquals(0.0008 * 100 * 0.3, r.lossesB(), 1e-3);
        assertEquals(0.001 * 100 * 0.3, r.lossesA(), 1e-3);
        assertTrue(r.lossesB() < r.lossesA(), "restraint costs hits");
        assertEquals(0.004 * (100 * 0.5 + 100) * 0.3, r.civiliansKilled() + r.civiliansInjured(), 1e-3, "and saves civilians");
    }

    @Test
    void aSideBreaksOffAfterLosingItsShareAndTheAttackerWinsOnlyByBreakingTheDefender() {
        Engagement e = engagement(0);
        Engagement.Result win = e.expected(new Engagement.Side(100, 1, 0, 0), new Engagement.Side(10, 0.001, 0, 0), 6, 0);
        assertTrue(win.aWon());
        assertEquals(0.25, win.hours(), 1e-12, "broken in the first slice");
        assertEquals(10, win.lossesB(), 1e-12, "100 hits a slice on 10 fighters: none left");
        Engagement.Result lose = e.expected(new Engagement.Side(10, 0.001, 0, 0), new Engagement.Side(100, 1, 0, 0), 6, 0);
        assertFalse(lose.aWon(), "the attacker broke");
        assertEquals(0, lose.civiliansKilled() + lose.civiliansInjured(), 0, "nobody lives there");
        Engagement.Result none = e.expected(new Engagement.Side(0, 1, 0, 0), new Engagement.Side(10, 1, 0, 0), 6, 1000);
        assertFalse(none.aWon(), "nobody attacked");
        assertEquals(0, none.hours(), 0);
    }

    @Test
    void drawsAreWholeAndCentredOnTheirMean() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        double sumSmall = 0, sumLarge = 0, sumBin = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double p = Engagement.poisson(2.5, rnd::nextDouble), q = Engagement.poisson(80, rnd::nextDouble);
            double b = Engagement.binomial(120, 0.3, rnd::nextDouble);
            assertEquals(Math.rint(p), p, 0);
            assertEquals(Math.rint(q), q, 0);
            assertTrue(b >= 0 && b <= 120);
            sumSmall += p; sumLarge += q; sumBin += b;
        }
        assertEquals(2.5, sumSmall / n, 0.1);
        assertEquals(80, sumLarge / n, 0.6);
        assertEquals(36, sumBin / n, 0.4);
        assertEquals(0, Engagement.poisson(0, rnd::nextDouble), 0);
        assertEquals(7, Engagement.binomial(7, 1, rnd::nextDouble), 0, "certain trials all succeed");
        assertEquals(0, Engagement.binomial(7, 0, rnd::nextDouble), 0);
        assertEquals(0, Engagement.binomial(0.4, 0.5, rnd::nextDouble), 0, "fewer than half a trial is none");
        double small = 0;
        for (int i = 0; i < n; i++) small += Engagement.binomial(10, 0.3, rnd::nextDouble);
        assertEquals(3, small / n, 0.1);
    }
}
