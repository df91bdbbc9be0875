package hsim.runner.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, Statistics and Computing 9:123-143) as used
 * for scenario discovery (Bryant and Lempert 2010; Kwakkel's EMA Workbench): find boxes in factor space
 * where the cases of interest (runs meeting a threshold) are concentrated.
 *
 * <p>One box is found in five stages ({@link BoxSearch}): peel slices of {@code peelAlpha} of the box off
 * the low or high end of a factor while that raises density and the box keeps {@code minMass} of all
 * points; take from that trajectory the largest box that keeps most of the trajectory's gain in density;
 * paste slices of {@code pasteAlpha} back while that raises density; drop each bound whose removal costs
 * little density. Covering: the box is reported only if its density beats the base rate by a margin; its
 * points are then removed and the search repeats on the rest, until a box fails the margin or
 * {@code maxBoxes} are found.
 */
public final class Prim {
    private Prim() {}

    /**
     * A box: per factor its bounds (infinite where unrestricted); coverage = share of all cases of interest
     * inside; density = share of points inside that are cases of interest. Points inside satisfy
     * {@code lower <= x <= upper}; finite bounds lie midway between data values.
     */
    public record Box(double[] lower, double[] upper, int nInBox, double coverage, double density) {
        public boolean restricts(int j) { return lower[j] != Double.NEGATIVE_INFINITY || upper[j] != Double.POSITIVE_INFINITY; }
    }

    /**
     * The PRIM settings.
     *
     * @param peelAlpha share of the box's points one peel removes (at least one point)
     * @param pasteAlpha share of the box's points one paste adds back (at least one point)
     * @param minMass smallest box, as a share of all points
     * @param trajectoryTolerance share of the trajectory's best gain in density over its first box that
     *        the chosen box may give up; the largest box within it is taken
     * @param dropMargin share of the box's lift over the search's base rate that dropping one bound may cost
     * @param minLift a box is reported only if its density is at least
     *        {@code base + minLift * (1 - base)}, base being the share of cases of interest in all points
     * @param maxBoxes most boxes reported (covering)
     */
    public record Settings(double peelAlpha, double pasteAlpha, double minMass, double trajectoryTolerance,
                           double dropMargin, double minLift, int maxBoxes) {
        /** The defaults documented in docs/OUTPUTS.md (prim.csv). */
        public static final Settings DEFAULTS = new Settings(0.05, 0.05, 0.05, 0.1, 0.1, 0.2, 3);

        public Settings {
            share("peelAlpha", peelAlpha, true);
            share("pasteAlpha", pasteAlpha, true);
            share("minMass", minMass, true);
            share("trajectoryTolerance", trajectoryTolerance, false);
            share("dropMargin", dropMargin, false);
            share("minLift", minLift, false);
            if (maxBoxes < 1) throw new IllegalArgumentException("maxBoxes must be at least 1, got " + maxBoxes);
        }

        private static void share(String name, double v, boolean positive) {
            if (!(v >= 0 && v < 1) || (positive && v == 0)) {
                throw new IllegalArgumentException(name + " must be in " + (positive ? "(0, 1)" : "[0, 1)") + ", got " + v);
            }
        }
    }

    /** PRIM with peel alpha {@code alpha}, minimum mass {@code minSupport} and the other settings at their defaults. */
    public static List<Box> find(double[][] x, boolean[] y, double alpha, double minSupport, int maxBoxes) {
        Settings d = Settings.DEFAULTS;
        return find(x, y, new Settings(alpha, d.pasteAlpha(), minSupport, d.trajectoryTolerance(), d.dropMargin(), d.minLift(), maxBoxes));
    }

    public static List<Box> find(double[][] x, boolean[] y, Settings s) {
        if (x.length != y.length) throw new IllegalArgumentException(x.length + " points but " + y.length + " outcomes");
        int totalPositive = 0;
        for (boolean b : y) if (b) totalPositive++;
        List<Box> boxes = new ArrayList<>();
        if (totalPositive == 0) return boxes;
        double base = (double) totalPositive / x.length;
        double reportable = base + s.minLift() * (1 - base);
        boolean[] pool = new boolean[x.length];
        Arrays.fill(pool, true);
        while (boxes.size() < s.maxBoxes()) {
            BoxSearch search = new BoxSearch(x, y, pool, s);
            if (search.poolPositives() == 0 || search.poolSize() < search.minCount()) break;
            BoxSearch.Limits box = search.find();
            BoxSearch.Count c = search.count(box);
            if (!box.restrictsAny() || c.density() < reportable) break;
            for (int i = 0; i < x.length; i++) if (pool[i] && box.contains(x[i])) pool[i] = false;
            boxes.add(new Box(box.lower(), box.upper(), c.n(), (double) c.positive() / totalPositive, c.density()));
        }
        return boxes;
    }
}
