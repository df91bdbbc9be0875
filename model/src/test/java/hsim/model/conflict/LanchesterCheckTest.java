package hsim.model.conflict;

import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Verification of {@link Engagement} against the Lanchester square law (literature.md §3.1): with
 * homogeneous, well-mixed forces, no cover asymmetry, no break-off and no collateral harm, the mean of the
 * stochastic engagement over replicates must follow the closed-form solution of dA/dt = -beta B,
 * dB/dt = -alpha A and keep alpha A² - beta B² constant. Figures are printed for docs/VALIDATION.md.
 */
class LanchesterCheckTest {
    static final double A0 = 1000, B0 = 800;
    static final double ALPHA = 0.05;   // B's losses per A fighter per hour (A's effectiveness, B has no cover)
    static final double BETA = 0.04;    // A's losses per B fighter per hour
    static final double[] TIMES = {2.5, 5, 7.5, 10};
    static final int REPLICATES = 200;
    static final double TOLERANCE = 0.02; // relative, on the replicate mean; docs/VALIDATION.md
    private static final long PURPOSE = Rng.purpose("test.lanchester");

    /** Closed form: A(t) = A0 cosh(gt) - sqrt(beta/alpha) B0 sinh(gt), g = sqrt(alpha beta); B likewise. */
    static double[] exact(double t) {
        double g = Math.sqrt(ALPHA * BETA);
        double a = A0 * Math.cosh(g * t) - Math.sqrt(BETA / ALPHA) * B0 * Math.sinh(g * t);
        double b = B0 * Math.cosh(g * t) - Math.sqrt(ALPHA / BETA) * A0 * Math.sinh(g * t);
        return new double[] {a, b};
    }

    static Engagement engagement(double sliceHours) {
        // break-off share 1: a side fights to the last; collateral per fighter-hour 0: no civilian harm
        return new Engagement(new Engagement.Settings(sliceHours, 1.0, 0.0, 16523, 0.35));
    }

    static final Engagement.Side SIDE_A = new Engagement.Side(A0, ALPHA, 0, 1);
    static final Engagement.Side SIDE_B = new Engagement.Side(B0, BETA, 0, 1);

    @Test
    void replicateMeanFollowsTheSquareLaw() {
        Engagement e = engagement(0.05);
        double invariant0 = ALPHA * A0 * A0 - BETA * B0 * B0;
        StringBuilder table = new StringBuilder("| t (h) | A ODE | A mean (sd) | B ODE | B mean (sd) | max rel. error | invariant / initial |\n|---|---|---|---|---|---|---|\n");
        double worst = 0;
        for (double t : TIMES) {
            double sa = 0, sb = 0, saa = 0, sbb = 0;
            for (int r = 0; r < REPLICATES; r++) {
                RngStream u = Rng.stream(20221009L, r, 0, PURPOSE); // same draws for every horizon: one path per replicate
                Engagement.Result res = e.fight(SIDE_A, SIDE_B, t, 0, u::nextDouble);
                double a = A0 - res.lossesA(), b = B0 - res.lossesB();
                sa += a; sb += b; saa += a * a; sbb += b * b;
                assertEquals(0.0, res.civiliansKilled() + res.civiliansInjured(), "collateral is off");
            }
            double ma = sa / REPLICATES, mb = sb / REPLICATES;
            double sda = Math.sqrt((saa - REPLICATES * ma * ma) / (REPLICATES - 1));
            double sdb = Math.sqrt((sbb - REPLICATES * mb * mb) / (REPLICATES - 1));
            double[] x = exact(t);
            double errA = Math.abs(ma - x[0]) / x[0], errB = Math.abs(mb - x[1]) / x[1];
            double inv = (ALPHA * ma * ma - BETA * mb * mb) / invariant0;
            worst = Math.max(worst, Math.max(errA, errB));
            table.append(String.format("| %.1f | %.1f | %.1f (%.1f) | %.1f | %.1f (%.1f) | %.2f%% | %.4f |%n",
                    t, x[0], ma, sda, x[1], mb, sdb, 100 * Math.max(errA, errB), inv));
            assertTrue(errA < TOLERANCE, "A at t=" + t + ": mean " + ma + " vs ODE " + x[0]);
            assertTrue(errB < TOLERANCE, "B at t=" + t + ": mean " + mb + " vs ODE " + x[1]);
            assertEquals(1.0, inv, TOLERANCE, "square-law invariant at t=" + t);
        }
        System.out.print(table);
        System.out.printf("worst relative error of the replicate mean: %.3f%%%n", 100 * worst);
        // the attrition really happened (a check that cannot pass on a fight that never started)
        assertTrue(exact(10)[1] < 0.5 * B0);
    }

    @Test
    void meanFieldPathConvergesToTheOdeAsTheSliceShrinks() {
        // expected() integrates the same attrition without noise (explicit Euler); its error must shrink
        // roughly in proportion to the slice, as a first-order scheme's does
        double[] x = exact(10);
        double prev = Double.POSITIVE_INFINITY;
        for (double slice : new double[] {0.5, 0.25, 0.05, 0.01}) {
            Engagement.Result r = engagement(slice).expected(SIDE_A, SIDE_B, 10, 0);
            double err = Math.max(Math.abs(A0 - r.lossesA() - x[0]) / x[0], Math.abs(B0 - r.lossesB() - x[1]) / x[1]);
            assertTrue(err < prev, "slice " + slice + ": error " + err + " not below " + prev);
            prev = err;
        }
        assertTrue(prev < 0.002, "slice 0.01 h: relative error " + prev);
    }

    @Test
    void theWinnerIsTheSideWithTheGreaterFightingStrength() {
        // square law: A wins when alpha A0² > beta B0² (here 50,000 > 25,600), even though it fights a
        // force whose per-fighter effectiveness is 0.8 of its own; the fight runs until B is gone
        Engagement.Result r = engagement(0.05).expected(SIDE_A, SIDE_B, 200, 0);
        assertTrue(r.aWon());
        assertEquals(B0, r.lossesB(), 1e-9);
        double survivorsA = A0 - r.lossesA();
        double predicted = Math.sqrt((ALPHA * A0 * A0 - BETA * B0 * B0) / ALPHA); // invariant with B = 0
        assertEquals(predicted, survivorsA, 0.02 * predicted);
    }
}
