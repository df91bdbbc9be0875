package hsim.runner.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample, NaNs dropped: n, mean, sd (n - 1), median, p10, p90 (quantiles by
 * linear interpolation between order statistics, Hyndman and Fan 1996 type 7, as R and NumPy default)
 * and the 95% t-interval of the mean. Fields are NaN when the sample is too small for them.
 */
public record Describe(int n, double mean, double sd, double median, double p10, double p90,
                       double ciLow, double ciHigh) {

    public static Describe of(double[] values) { return of(values, 0.95); }

    public static Describe of(double[] values, double level) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        if (n == 0) return new Describe(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (n > 1) {
            double half = StudentT.quantile(0.5 + level / 2, n - 1) * sd / Math.sqrt(n);
            lo = mean - half;
            hi = mean + half;
        }
        return new Describe(n, mean, sd, quantile(x, 0.5), quantile(x, 0.1), quantile(x, 0.9), lo, hi);
    }

    /** Type-7 quantile of sorted data. */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
