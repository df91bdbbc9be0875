package hsim.model.conflict;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class EngagementTest {
    private static final Engagement.Settings S = new Engagement.Settings(0.01, 0.99, 0.01, 10000, 0.3);

    @Test
    void expectedPathConservesTheSquareLawInvariant() {
        Engagement e = new Engagement(S);
        Engagement.Side a = new Engagement.Side(1000, 0.02, 0, 1);
        Engagement.Side b = new Engagement.Side(700, 0.03, 0, 1);
        Engagement.Result r = e.expected(a, b, 10, 0);
        double alpha = 0.02, beta = 0.03; // A's and B's effectiveness
        double before = alpha * 1000 * 1000 - beta * 700 * 700;
        double na = 1000 - r.lossesA(), nb = 700 - r.lossesB();
        double after = alpha * na * na - beta * nb * nb;
        assertEquals(before, after, Math.abs(before) * 0.02);
        assertTrue(r.lossesA() > 0 && r.lossesB() > 0);
    }

    @Test
    void stochasticMeanFollowsExpectedLosses() {
        Engagement e = new Engagement(new Engagement.Settings(0.25, 0.5, 0.01, 10000, 0.3));
        Engagement.Side a = new Engagement.Side(200, 0.05, 0.2, 0.5);
        Engagement.Side b = new Engagement.Side(150, 0.04, 0.4, 0.0);
        Engagement.Result mean = e.expected(a, b, 3, 10000);
        SplittableRandom rnd = new SplittableRandom(11);
        double la = 0, lb = 0, civ = 0;
        int n = 400;
        for (int i = 0; i < n; i++) {
            Engagement.Result r = e.fight(a, b, 3, 10000, rnd::nextDouble);
            la += r.lossesA(); lb += r.lossesB(); civ += r.civiliansKilled() + r.civiliansInjured();
        }
        assertEquals(mean.lossesA(), la / n, mean.lossesA() * 0.1);
        assertEquals(mean.lossesB(), lb / n, mean.lossesB() * 0.1);
        assertEquals(mean.civiliansKilled() + mean.civiliansInjured(), civ / n,
                (mean.civiliansKilled() + mean.civiliansInjured()) * 0.15);
    }

    @Test
    void strongerSideWinsAndCoverProtects() {
        Engagement e = new Engagement(new Engagement.Settings(0.25, 0.3, 0, 1, 0.3));
        Engagement.Side strong = new Engagement.Side(300, 0.05, 0.0, 1);
        Engagement.Side weak = new Engagement.Side(100, 0.05, 0.0, 1);
        assertTrue(e.expected(strong, weak, 24, 0).aWon());
        assertFalse(e.expected(weak, strong, 24, 0).aWon());
        Engagement.Side covered = new Engagement.Side(100, 0.05, 0.6, 1);
        assertTrue(e.expected(strong, covered, 1, 0).lossesB() < e.expected(strong, weak, 1, 0).lossesB());
    }

    @Test
    void restraintAndEmptyStreetsCutCollateralHarm() {
        Engagement e = new Engagement(S);
        Engagement.Side reckless = new Engagement.Side(100, 0.01, 0, 0);
        Engagement.Side careful = new Engagement.Side(100, 0.01, 0, 0.9);
        Engagement.Side gang = new Engagement.Side(100, 0.01, 0, 0);
        double hi = total(e.expected(reckless, gang, 2, 20000));
        double lo = total(e.expected(careful, gang, 2, 20000));
        assertTrue(lo < hi);
        assertEquals(0, total(e.expected(reckless, gang, 2, 0)), 1e-12);
        assertEquals(2 * total(e.expected(reckless, gang, 2, 10000)), hi, 1e-9);
    }

    @Test
    void poissonDrawHasTheRightMean() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (double m : new double[] {0.3, 4, 80}) {
            double s = 0;
            for (int i = 0; i < 20000; i++) s += Engagement.poisson(m, rnd::nextDouble);
            assertEquals(m, s / 20000, Math.max(0.02, m * 0.03));
        }
    }

    private static double total(Engagement.Result r) { return r.civiliansKilled() + r.civiliansInjured(); }
}
