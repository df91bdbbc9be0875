package hsim.viz.charts;

import java.util.Arrays;

/** Order statistics over the finite values of a sample (NaN marks a missing value and is skipped). */
public final class Quantiles {
    private Quantiles() {}

    /** Sorted finite values. */
    public static double[] finiteSorted(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }

    /** Linear-interpolation quantile (R type 7) of sorted values; NaN for an empty sample. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double mean(double[] values) {
        double s = 0;
        int n = 0;
        for (double v : values) if (Double.isFinite(v)) { s += v; n++; }
        return n == 0 ? Double.NaN : s / n;
    }
}
