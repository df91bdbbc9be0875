package hsim.runner.calibrate;

import java.util.Arrays;
import java.util.Comparator;

/** Weighted quantiles of a small sample (ensemble members), by the weighted empirical distribution. */
final class Quantile {
    private Quantile() {}

    /** The smallest value whose cumulative normalised weight reaches {@code p}; NaN for an empty sample. */
    static double weighted(double[] v, double[] w, double p) {
        Integer[] idx = new Integer[v.length];
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
            if (!Double.isNaN(v[i])) total += w[i];
        }
        if (!(total > 0)) return Double.NaN;
        Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        double c = 0;
        for (Integer i : idx) {
            if (Double.isNaN(v[i])) continue;
            c += w[i] / total;
            if (c >= p - 1e-12) return v[i];
        }
        return v[idx[idx.length - 1]];
    }
}
