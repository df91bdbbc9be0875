package hsim.runner.stats;

import hsim.runner.design.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsTest {
    private static double gaussian(Seeds.SplitMix r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    @Test
    void tIntervalCoversTheTrueMeanAtTheNominalRate() {
        Seeds.SplitMix r = new Seeds.SplitMix(2024);
        int covered = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[10];
            for (int i = 0; i < 10; i++) x[i] = 5 + 2 * gaussian(r);
            Describe d = Describe.of(x);
            if (d.ciLow() <= 5 && 5 <= d.ciHigh()) covered++;
        }
        double rate = covered / (double) trials;
        assertTrue(rate >= 0.93 && rate <= 0.97, "coverage " + rate);
    }

    @Test
    void describeGivesQuantilesLikeRType7() {
        Describe d = Describe.of(new double[] {4, 1, 3, 2, Double.NaN, 5});
        assertEquals(5, d.n());
        assertEquals(3, d.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), d.sd(), 1e-12);
        assertEquals(3, d.median(), 1e-12);
        assertEquals(1.4, d.p10(), 1e-12);
        assertEquals(4.6, d.p90(), 1e-12);
        double half = 2.776445105 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, d.ciLow(), 1e-8);
    }

    @Test
    void pairedDifferencesMatchByReplicateAndRemoveSharedNoise() {
        Seeds.SplitMix r = new Seeds.SplitMix(7);
        List<Observation> obs = new ArrayList<>();
        for (int rep = 1; rep <= 20; rep++) {
            double shared = 10 * gaussian(r); // what a common seed shares between options
            obs.add(new Observation("baseline", "y", -1, rep, 100 + shared));
            obs.add(new Observation("rapid-force", "y", -1, rep, 103 + shared + 0.1 * gaussian(r)));
        }
        // a replicate that only the option has must not be paired
        obs.add(new Observation("rapid-force", "y", -1, 21, 1e6));
        List<hsim.results.SummaryRow> rows = Summaries.compute(obs, "baseline");
        assertEquals(2, rows.size());
        assertEquals(-1, rows.get(0).diffN(), "the baseline has no difference from itself");
        hsim.results.SummaryRow diff = rows.get(1);
        assertEquals(20, diff.diffN());
        assertEquals(21, diff.n());
        assertTrue(diff.diffCiLow() < 3 && 3 < diff.diffCiHigh(), diff.toString());
        assertTrue(diff.diffCiHigh() - diff.diffCiLow() < 0.3, "pairing should remove the shared noise: " + diff);
        double[] d = Summaries.pairedDifferences(
                List.of(new Observation("a", "y", 2, 1, 5), new Observation("a", "y", 3, 1, 7)),
                List.of(new Observation("b", "y", 3, 1, 1), new Observation("b", "y", 2, 1, 2)));
        assertEquals(3, d[0]);
        assertEquals(6, d[1]);
    }

    @Test
    void srcRecoversKnownCoefficients() {
        Seeds.SplitMix r = new Seeds.SplitMix(11);
        int n = 400;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble();           // sd 1/sqrt(12)
            x[i][1] = 100 * r.nextDouble();
            x[i][2] = r.nextDouble();
            x[i][3] = 7;                        // constant: no SRC
            y[i] = 3 * x[i][0] - 0.01 * x[i][1] + 0.001 * gaussian(r);
        }
        Sensitivity.Result res = Sensitivity.src(x, y, List.of("a", "b", "c", "k"));
        // expected SRC_j = b_j sd_j / sd_y with sd_y = sqrt(9/12 + 1/12)
        double sdY = Math.sqrt(10.0 / 12);
        assertEquals("a", res.factors().get(0).factor());
        assertEquals(3 / Math.sqrt(12) / sdY, res.factors().get(0).src(), 0.03);
        assertEquals(1, res.factors().get(0).rank());
        assertEquals("b", res.factors().get(1).factor());
        assertEquals(-1 / Math.sqrt(12) / sdY, res.factors().get(1).src(), 0.03);
        assertEquals(0, res.factors().get(2).src(), 0.01);
        assertTrue(Double.isNaN(res.factors().get(3).src()));
        assertEquals(0, res.factors().get(3).rank());
        assertTrue(res.r2() > 0.999);
    }

    @Test
    void leastSquaresSolvesAnExactSystem() {
        double[][] x = {{1, 0}, {1, 1}, {1, 2}, {1, 3}};
        double[] b = LeastSquares.solve(x, new double[] {1, 3, 5, 7});
        assertEquals(1, b[0], 1e-12);
        assertEquals(2, b[1], 1e-12);
    }
}
