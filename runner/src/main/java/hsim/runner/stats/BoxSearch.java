package hsim.runner.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One PRIM box search over the points still in the pool (see {@link Prim}): peeling, the choice on the
 * peeling trajectory, pasting, and dropping bounds that do not matter. Candidate peels and pastes are
 * scored as in the EMA Workbench's default ("lenient1"): the change in density per point removed or added,
 * so that a factor with ties, whose slices are larger, is not favoured for the size of its slice.
 */
final class BoxSearch {
    /** Box bounds per factor; infinite on an open side. Immutable: the with* methods return a new box. */
    record Limits(double[] lower, double[] upper) {
        static Limits open(int k) {
            double[] lo = new double[k];
            double[] hi = new double[k];
            Arrays.fill(lo, Double.NEGATIVE_INFINITY);
            Arrays.fill(hi, Double.POSITIVE_INFINITY);
            return new Limits(lo, hi);
        }

        Limits with(int j, boolean low, double bound) {
            double[] lo = lower.clone();
            double[] hi = upper.clone();
            if (low) lo[j] = bound; else hi[j] = bound;
            return new Limits(lo, hi);
        }

        boolean bounded(int j, boolean low) { return low ? lower[j] != Double.NEGATIVE_INFINITY : upper[j] != Double.POSITIVE_INFINITY; }

        boolean restricts(int j) { return bounded(j, true) || bounded(j, false); }

        boolean restrictsAny() {
            for (int j = 0; j < lower.length; j++) if (restricts(j)) return true;
            return false;
        }

        int restrictedCount() {
            int c = 0;
            for (int j = 0; j < lower.length; j++) if (restricts(j)) c++;
            return c;
        }

        boolean contains(double[] p) {
            for (int j = 0; j < p.length; j++) if (p[j] < lower[j] || p[j] > upper[j]) return false;
            return true;
        }

        /** Inside on every factor but {@code j}. */
        boolean containsExcept(double[] p, int j) {
            for (int f = 0; f < p.length; f++) if (f != j && (p[f] < lower[f] || p[f] > upper[f])) return false;
            return true;
        }
    }

    record Count(int n, int positive) {
        double density() { return n == 0 ? 0 : (double) positive / n; }
    }

    private final double[][] x;
    private final boolean[] y;
    private final boolean[] pool;
    private final Prim.Settings s;
    private final int k;
    private final int minCount;
    private final Count poolCount;

    BoxSearch(double[][] x, boolean[] y, boolean[] pool, Prim.Settings s) {
        this.x = x;
        this.y = y;
        this.pool = pool;
        this.s = s;
        this.k = x.length == 0 ? 0 : x[0].length;
        this.minCount = Math.max(1, (int) Math.ceil(s.minMass() * x.length));
        this.poolCount = count(Limits.open(k));
    }

    int minCount() { return minCount; }

    int poolSize() { return poolCount.n(); }

    int poolPositives() { return poolCount.positive(); }

    /** Peel, choose on the trajectory, paste, drop bounds. */
    Limits find() {
        Limits chosen = choose(peel(Limits.open(k)));
        Limits pasted = chosen;
        for (Limits next = pasteOnce(pasted); next != null; next = pasteOnce(pasted)) pasted = next;
        return dropBounds(pasted);
    }

    /** The peeling trajectory: the open box, then each box after one more peel, until no peel is allowed. */
    List<Limits> peel(Limits start) {
        List<Limits> trajectory = new ArrayList<>(List.of(start));
        for (Limits next = peelOnce(start); next != null; next = peelOnce(next)) trajectory.add(next);
        return trajectory;
    }

    /**
     * The best single peel of {@code box}, or null when none raises density while keeping {@code minMass}.
     * A peel removes at least {@code peelAlpha} of the box's points from one end of one factor, more where
     * ties straddle the cut; the new bound lies midway between the last value removed and the first kept.
     */
    Limits peelOnce(Limits box) {
        Count before = count(box);
        Limits best = null;
        double bestScore = 0;
        int bestRestricted = Integer.MAX_VALUE;
        for (int j = 0; j < k; j++) {
            double[] v = values(box, j);
            int m = Math.max(1, (int) Math.floor(s.peelAlpha() * v.length));
            for (boolean low : new boolean[] {true, false}) {
                double bound = cut(v, m, low);
                if (Double.isNaN(bound)) continue;
                Limits cand = box.with(j, low, bound);
                Count after = count(cand);
                if (after.n() < minCount || after.n() >= before.n()) continue;
                double score = (after.density() - before.density()) / (before.n() - after.n());
                int restricted = cand.restrictedCount();
                // ties go to the box restricting fewer factors, as in the EMA Workbench
                if (score > bestScore || (score == bestScore && best != null && restricted < bestRestricted)) {
                    best = cand;
                    bestScore = score;
                    bestRestricted = restricted;
                }
            }
        }
        return best;
    }

    /**
     * From the trajectory, the largest box whose density keeps at least {@code 1 - trajectoryTolerance} of
     * the best density's gain over the first box. The densest box is partly luck and, being small, loses
     * coverage; boxes before it that are nearly as dense are taken instead.
     */
    Limits choose(List<Limits> trajectory) {
        double[] d = new double[trajectory.size()];
        double max = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = count(trajectory.get(i)).density();
            max = Math.max(max, d[i]);
        }
        double floor = d[0] + (1 - s.trajectoryTolerance()) * (max - d[0]);
        for (int i = 0; i < d.length; i++) if (d[i] >= floor) return trajectory.get(i);
        return trajectory.get(d.length - 1);
    }

    /**
     * The best single paste onto {@code box}, or null when none raises density. A paste widens one bound
     * of a restricted side to take in about {@code pasteAlpha} of the box's points from the pool points
     * just outside that side (within the box on every other factor), or opens the side when no more lie there.
     */
    Limits pasteOnce(Limits box) {
        Count before = count(box);
        int m = Math.max(1, (int) Math.floor(s.pasteAlpha() * before.n()));
        Limits best = null;
        double bestScore = 0;
        for (int j = 0; j < k; j++) {
            for (boolean low : new boolean[] {true, false}) {
                if (!box.bounded(j, low)) continue;
                double[] out = outside(box, j, low);
                if (out.length == 0) continue;
                double bound;
                if (out.length <= m) bound = low ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                else {
                    // out is sorted from the nearest to the box outwards
                    int t = m;
                    while (t < out.length && out[t] == out[t - 1]) t++;
                    bound = t == out.length ? (low ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : (out[t - 1] + out[t]) / 2;
                }
                Limits cand = box.with(j, low, bound);
                Count after = count(cand);
                double score = (after.density() - before.density()) / (after.n() - before.n());
                if (score > bestScore) {
                    best = cand;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * Removes, one at a time and cheapest first, each bound whose removal lowers density by no more than
     * {@code dropMargin} of the box's lift over the pool's base rate: such a bound describes noise, not the
     * cases of interest (Bryant and Lempert's interpretability).
     */
    Limits dropBounds(Limits box) {
        while (true) {
            double d = count(box).density();
            double allowed = s.dropMargin() * (d - poolCount.density());
            Limits best = null;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                for (boolean low : new boolean[] {true, false}) {
                    if (!box.bounded(j, low)) continue;
                    Limits cand = box.with(j, low, low ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                    double loss = d - count(cand).density();
                    if (loss < bestLoss) {
                        best = cand;
                        bestLoss = loss;
                    }
                }
            }
            if (best == null || bestLoss > allowed) return box;
            box = best;
        }
    }

    /** The new bound after removing the {@code m} lowest (or highest) of sorted {@code v}, or NaN if ties leave none. */
    static double cut(double[] v, int m, boolean low) {
        int t = m;
        if (low) {
            while (t < v.length && v[t] == v[t - 1]) t++;
            return t >= v.length ? Double.NaN : (v[t - 1] + v[t]) / 2;
        }
        while (t < v.length && v[v.length - 1 - t] == v[v.length - t]) t++;
        return t >= v.length ? Double.NaN : (v[v.length - 1 - t] + v[v.length - t]) / 2;
    }

    Count count(Limits box) {
        int n = 0;
        int p = 0;
        for (int i = 0; i < x.length; i++) {
            if (pool[i] && box.contains(x[i])) {
                n++;
                if (y[i]) p++;
            }
        }
        return new Count(n, p);
    }

    /** Factor {@code j}'s values of the pool points in {@code box}, ascending. */
    private double[] values(Limits box, int j) {
        double[] v = new double[x.length];
        int c = 0;
        for (int i = 0; i < x.length; i++) if (pool[i] && box.contains(x[i])) v[c++] = x[i][j];
        double[] sorted = Arrays.copyOf(v, c);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Factor {@code j}'s values of the pool points beyond the box's {@code low} or high side, nearest first. */
    private double[] outside(Limits box, int j, boolean low) {
        double[] v = new double[x.length];
        int c = 0;
        for (int i = 0; i < x.length; i++) {
            if (!pool[i] || !box.containsExcept(x[i], j)) continue;
            double xj = x[i][j];
            if (low ? xj < box.lower()[j] : xj > box.upper()[j]) v[c++] = low ? -xj : xj;
        }
        double[] sorted = Arrays.copyOf(v, c);
        Arrays.sort(sorted);
        if (low) for (int i = 0; i < c; i++) sorted[i] = -sorted[i];
        return sorted;
    }
}
