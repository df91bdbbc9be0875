package hsim.runner.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, Statistics and Computing 9:123-143) as used
 * for scenario discovery (Bryant and Lempert 2010): find boxes in factor space where the cases of interest
 * (runs failing a threshold) are concentrated.
 *
 * <p>Peeling: repeatedly remove the alpha-fraction slice, at the low or high end of one factor, whose
 * removal leaves the highest density of cases of interest, until the box holds less than the minimum
 * support. From that trajectory the largest box whose density is within one binomial standard error of
 * the densest is taken (Friedman and Fisher leave the choice to the analyst; this is a fixed rule), then pasted:
 * widened a slice at a time while that raises density. Covering: the box's points are removed and the
 * search repeats for further boxes while a box is denser than what remains.
 */
public final class Prim {
    private Prim() {}

    /**
     * A box: per factor its bounds (infinite where unrestricted); coverage = share of all cases of interest
     * inside; density = share of points inside that are cases of interest.
     */
    public record Box(double[] lower, double[] upper, int nInBox, double coverage, double density) {
        public boolean restricts(int j) { return lower[j] != Double.NEGATIVE_INFINITY || upper[j] != Double.POSITIVE_INFINITY; }
    }

    public static List<Box> find(double[][] x, boolean[] y, double alpha, double minSupport, int maxBoxes) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int totalPositive = 0;
        for (boolean b : y) if (b) totalPositive++;
        List<Box> boxes = new ArrayList<>();
        if (totalPositive == 0) return boxes;
        boolean[] pool = new boolean[n];
        Arrays.fill(pool, true);
        int minCount = Math.max(1, (int) Math.ceil(minSupport * n));
        while (boxes.size() < maxBoxes) {
            double[] lo = new double[k];
            double[] hi = new double[k];
            Arrays.fill(lo, Double.NEGATIVE_INFINITY);
            Arrays.fill(hi, Double.POSITIVE_INFINITY);
            double baseDensity = density(x, y, pool, lo, hi);
            if (count(x, pool, lo, hi) < minCount || baseDensity == 0) break;
            double[][] best = peel(x, y, pool, lo, hi, alpha, minCount);
            paste(x, y, pool, best[0], best[1], alpha);
            double d = density(x, y, pool, best[0], best[1]);
            if (!(d > baseDensity)) break;
            int in = 0;
            int pos = 0;
            for (int i = 0; i < n; i++) {
                if (pool[i] && inside(x[i], best[0], best[1])) {
                    in++;
                    if (y[i]) pos++;
                    pool[i] = false;
                }
            }
            boxes.add(new Box(best[0], best[1], in, (double) pos / totalPositive, d));
        }
        return boxes;
    }

    private static double[][] peel(double[][] x, boolean[] y, boolean[] pool, double[] lo, double[] hi, double alpha, int minCount) {
        int k = lo.length;
        List<double[][]> trajectory = new ArrayList<>();
        List<double[]> stats = new ArrayList<>(); // density, count
        trajectory.add(new double[][] {lo.clone(), hi.clone()});
        stats.add(new double[] {density(x, y, pool, lo, hi), count(x, pool, lo, hi)});
        while (true) {
            int nIn = count(x, pool, lo, hi);
            double cand = Double.NaN;
            int candJ = -1;
            boolean candLow = false;
            double candDensity = -1;
            int candCount = -1;
            for (int j = 0; j < k; j++) {
                double[] v = values(x, pool, lo, hi, j);
                int m = Math.max(1, (int) Math.floor(alpha * nIn));
                for (int side = 0; side < 2; side++) {
                    boolean low = side == 0;
                    double bound = low ? v[Math.min(m, v.length - 1)] : v[Math.max(v.length - 1 - m, 0)];
                    if (low && bound == v[0]) bound = nextAbove(v, v[0]);
                    if (!low && bound == v[v.length - 1]) bound = nextBelow(v, v[v.length - 1]);
                    if (Double.isNaN(bound)) continue;
                    double[] l2 = lo.clone();
                    double[] h2 = hi.clone();
                    if (low) l2[j] = bound; else h2[j] = bound;
                    int c = count(x, pool, l2, h2);
                    if (c < minCount || c == nIn) continue;
                    double d = density(x, y, pool, l2, h2);
                    if (d > candDensity || (d == candDensity && c > candCount)) {
                        candDensity = d; candCount = c; cand = bound; candJ = j; candLow = low;
                    }
                }
            }
            if (candJ < 0) break;
            if (candLow) lo[candJ] = cand; else hi[candJ] = cand;
            trajectory.add(new double[][] {lo.clone(), hi.clone()});
            stats.add(new double[] {candDensity, candCount});
        }
        // The densest box is partly luck when cases are noisy: take the largest box whose density is
        // within one binomial standard error of the densest one.
        int top = 0;
        for (int i = 1; i < stats.size(); i++) if (stats.get(i)[0] > stats.get(top)[0]) top = i;
        double dMax = stats.get(top)[0];
        double floor = dMax - Math.sqrt(dMax * (1 - dMax) / stats.get(top)[1]);
        for (int i = 0; i <= top; i++) if (stats.get(i)[0] >= floor) return trajectory.get(i);
        return trajectory.get(top);
    }

    private static void paste(double[][] x, boolean[] y, boolean[] pool, double[] lo, double[] hi, double alpha) {
        int k = lo.length;
        while (true) {
            double current = density(x, y, pool, lo, hi);
            int nIn = count(x, pool, lo, hi);
            int m = Math.max(1, (int) Math.floor(alpha * nIn));
            double bestD = current;
            int bestJ = -1;
            boolean bestLow = false;
            double bestBound = Double.NaN;
            for (int j = 0; j < k; j++) {
                for (int side = 0; side < 2; side++) {
                    boolean low = side == 0;
                    if (low ? lo[j] == Double.NEGATIVE_INFINITY : hi[j] == Double.POSITIVE_INFINITY) continue;
                    // points outside on this side only, within the box on every other factor
                    double[] l2 = lo.clone();
                    double[] h2 = hi.clone();
                    if (low) l2[j] = Double.NEGATIVE_INFINITY; else h2[j] = Double.POSITIVE_INFINITY;
                    List<Double> out = new ArrayList<>();
                    for (int i = 0; i < x.length; i++) {
                        if (pool[i] && inside(x[i], l2, h2) && (low ? x[i][j] < lo[j] : x[i][j] > hi[j])) out.add(x[i][j]);
                    }
                    if (out.isEmpty()) continue;
                    out.sort(low ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
                    double bound = out.get(Math.min(m, out.size()) - 1);
                    if (low) l2[j] = bound; else h2[j] = bound;
                    if (low) h2[j] = hi[j]; else l2[j] = lo[j];
                    double d = density(x, y, pool, l2, h2);
                    if (d > bestD) { bestD = d; bestJ = j; bestLow = low; bestBound = bound; }
                }
            }
            if (bestJ < 0) return;
            if (bestLow) lo[bestJ] = bestBound; else hi[bestJ] = bestBound;
        }
    }

    private static double nextAbove(double[] sorted, double v) {
        for (double s : sorted) if (s > v) return s;
        return Double.NaN;
    }

    private static double nextBelow(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) if (sorted[i] < v) return sorted[i];
        return Double.NaN;
    }

    private static double[] values(double[][] x, boolean[] pool, double[] lo, double[] hi, int j) {
        double[] v = new double[x.length];
        int c = 0;
        for (int i = 0; i < x.length; i++) if (pool[i] && inside(x[i], lo, hi)) v[c++] = x[i][j];
        double[] s = Arrays.copyOf(v, c);
        Arrays.sort(s);
        return s;
    }

    static boolean inside(double[] p, double[] lo, double[] hi) {
        for (int j = 0; j < p.length; j++) if (p[j] < lo[j] || p[j] > hi[j]) return false;
        return true;
    }

    private static int count(double[][] x, boolean[] pool, double[] lo, double[] hi) {
        int c = 0;
        for (int i = 0; i < x.length; i++) if (pool[i] && inside(x[i], lo, hi)) c++;
        return c;
    }

    private static double density(double[][] x, boolean[] y, boolean[] pool, double[] lo, double[] hi) {
        int c = 0;
        int p = 0;
        for (int i = 0; i < x.length; i++) {
            if (pool[i] && inside(x[i], lo, hi)) {
                c++;
                if (y[i]) p++;
            }
        }
        return c == 0 ? 0 : (double) p / c;
    }
}
