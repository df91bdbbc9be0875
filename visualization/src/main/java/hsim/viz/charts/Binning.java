package hsim.viz.charts;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.Locale;

/**
 * Groups a factor's values into at most {@code maxBins} bins: each distinct value is its own level
 * when there are few (a factorial or categorical design), otherwise equal-count (quantile) bins, so
 * every bin has enough runs for a mean to mean something.
 */
public final class Binning {
    private final double[] upper; // inclusive upper edge of each bin
    private final double[] lower;
    private final boolean levels;

    private Binning(double[] lower, double[] upper, boolean levels) {
        this.lower = lower;
        this.upper = upper;
        this.levels = levels;
    }

    public static Binning of(double[] values, int maxBins) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (double v : values) if (Double.isFinite(v)) distinct.add(v);
        if (distinct.isEmpty()) return new Binning(new double[0], new double[0], true);
        if (distinct.size() <= maxBins) {
            double[] d = distinct.stream().mapToDouble(Double::doubleValue).toArray();
            return new Binning(d, d.clone(), true);
        }
        double[] sorted = Quantiles.finiteSorted(values);
        double[] lo = new double[maxBins];
        double[] hi = new double[maxBins];
        int n = 0;
        double prev = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < maxBins; b++) {
            double edge = b == maxBins - 1 ? sorted[sorted.length - 1] : Quantiles.of(sorted, (b + 1.0) / maxBins);
            if (edge <= prev) continue; // ties collapse a bin rather than leave it empty
            Double first = distinct.higher(prev);
            lo[n] = first == null ? edge : first;
            hi[n] = edge;
            prev = edge;
            n++;
        }
        return new Binning(Arrays.copyOf(lo, n), Arrays.copyOf(hi, n), false);
    }

    public int count() { return upper.length; }

    /** The bin of a value, or -1 for NaN. */
    public int bin(double v) {
        if (!Double.isFinite(v)) return -1;
        for (int b = 0; b < upper.length; b++) if (v <= upper[b]) return b;
        return upper.length - 1;
    }

    /** Short text for axis labels: the level itself, or the bin's value range. */
    public String label(int b) {
        return levels ? fmt(lower[b]) : fmt(lower[b]) + "–" + fmt(upper[b]);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
