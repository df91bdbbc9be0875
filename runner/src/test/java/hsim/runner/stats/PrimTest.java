package hsim.runner.stats;

import hsim.runner.design.Seeds;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRIM (Friedman and Fisher 1999; EMA Workbench) on planted boxes and on a dozen points worked by hand.
 * The planted fixtures: 3,000 uniform points in four factors, seed 3; inside a planted box a point is a
 * case of interest with probability 0.9, outside with 0.05, as noisy as runs are. Seed 3 is one where
 * peeling leaves a spurious bound on x2 that only dropping bounds removes.
 */
class PrimTest {
    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double POS = Double.POSITIVE_INFINITY;
    /** About two peel slices at this sample size (a slice of the planted box is ~0.016 wide). */
    private static final double BOUND_TOL = 0.04;

    private record Fixture(double[][] x, boolean[] y) {}

    private static Fixture planted(boolean secondBox) {
        Seeds.SplitMix r = new Seeds.SplitMix(3);
        int n = 3000;
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) x[i][j] = r.nextDouble();
            boolean in = x[i][0] > 0.7 && x[i][1] < 0.3;
            if (secondBox) in |= x[i][2] < 0.25 && x[i][3] > 0.75;
            y[i] = r.nextDouble() < (in ? 0.9 : 0.05);
        }
        return new Fixture(x, y);
    }

    private static String show(Prim.Box b) {
        return Arrays.toString(b.lower()) + Arrays.toString(b.upper()) + " coverage " + b.coverage() + " density " + b.density();
    }

    @Test
    void plantedBoxIsFoundWithExactlyItsTwoFactors() {
        Fixture f = planted(false);
        Prim.Box b = Prim.find(f.x(), f.y(), Prim.Settings.DEFAULTS).get(0);
        String s = show(b);
        assertEquals(0.7, b.lower()[0], BOUND_TOL, s);
        assertEquals(POS, b.upper()[0], s);
        assertEquals(NEG, b.lower()[1], s);
        assertEquals(0.3, b.upper()[1], BOUND_TOL, s);
        assertFalse(b.restricts(2), s);
        assertFalse(b.restricts(3), s);
        // the planted box holds ~0.66 of the cases at density 0.9
        assertTrue(b.coverage() > 0.6, s);
        assertTrue(b.density() > 0.8, s);
    }

    @Test
    void noSecondBoxIsReportedWhenOnlyOneIsPlanted() {
        Fixture f = planted(false);
        List<Prim.Box> boxes = Prim.find(f.x(), f.y(), 0.05, 0.05, 3);
        assertEquals(1, boxes.size(), () -> boxes.stream().map(PrimTest::show).toList().toString());
    }

    @Test
    void pureNoiseGivesNoBox() {
        // some peeled box always beats the base rate by chance; the margin keeps it out
        Seeds.SplitMix r = new Seeds.SplitMix(3);
        double[][] x = new double[3000][4];
        boolean[] y = new boolean[3000];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) x[i][j] = r.nextDouble();
            y[i] = r.nextDouble() < 0.13;
        }
        List<Prim.Box> boxes = Prim.find(x, y, Prim.Settings.DEFAULTS);
        assertEquals(0, boxes.size(), () -> boxes.stream().map(PrimTest::show).toList().toString());
    }

    @Test
    void peelingStopsAtTheMinimumMass() {
        // the cases are the top 3% of x0, less than the minimum mass, so peeling x0's low end gains until the mass runs out
        Seeds.SplitMix r = new Seeds.SplitMix(3);
        double[][] x = new double[3000][2];
        boolean[] y = new boolean[3000];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = r.nextDouble();
            x[i][1] = r.nextDouble();
            y[i] = x[i][0] > 0.97;
        }
        boolean[] pool = new boolean[x.length];
        Arrays.fill(pool, true);
        BoxSearch s = new BoxSearch(x, y, pool, Prim.Settings.DEFAULTS);
        List<BoxSearch.Limits> t = s.peel(BoxSearch.Limits.open(2));
        int last = s.count(t.get(t.size() - 1)).n();
        // 0.05 of 3,000 points; one more 5% peel would go below it
        assertTrue(last >= 150 && last < 158, "last box holds " + last);
    }

    @Test
    void twoPlantedBoxesAreBothFound() {
        Fixture f = planted(true);
        List<Prim.Box> boxes = Prim.find(f.x(), f.y(), Prim.Settings.DEFAULTS);
        String all = boxes.stream().map(PrimTest::show).toList().toString();
        assertEquals(2, boxes.size(), all);
        Prim.Box a = boxes.get(0).restricts(0) ? boxes.get(0) : boxes.get(1);
        Prim.Box b = a == boxes.get(0) ? boxes.get(1) : boxes.get(0);
        assertEquals(0.7, a.lower()[0], BOUND_TOL, all);
        assertEquals(0.3, a.upper()[1], BOUND_TOL, all);
        assertFalse(a.restricts(2) || a.restricts(3), all);
        assertEquals(0.25, b.upper()[2], BOUND_TOL, all);
        assertEquals(0.75, b.lower()[3], BOUND_TOL, all);
        assertFalse(b.restricts(0) || b.restricts(1), all);
        assertTrue(a.density() > 0.8 && b.density() > 0.75, all);
        // of all cases, ~0.52 lie in the first box and ~0.31 in the second (less its overlap with the first)
        assertTrue(a.coverage() + b.coverage() > 0.7, all);
    }

    /**
     * Twelve points, x1 = 1..12 in order of their cases: - - - + + + + - + - + +; x0 is noise.
     * Peel alpha 0.2 takes two points per peel while the box holds ten or more, one below that.
     */
    private static final double[][] DOZEN_X = {{12, 1}, {2, 2}, {6, 3}, {1, 4}, {3, 5}, {11, 6}, {10, 7}, {8, 8}, {5, 9}, {4, 10}, {9, 11}, {7, 12}};
    private static final boolean[] DOZEN_Y = {false, false, false, true, true, true, true, false, true, false, true, true};
    private static final Prim.Settings DOZEN = new Prim.Settings(0.2, 0.2, 0.25, 0.1, 0.1, 0.2, 1);

    private static BoxSearch dozen(Prim.Settings s) {
        boolean[] pool = new boolean[12];
        Arrays.fill(pool, true);
        return new BoxSearch(DOZEN_X, DOZEN_Y, pool, s);
    }

    private static BoxSearch.Limits lowerX1(double bound) { return BoxSearch.Limits.open(2).with(1, true, bound); }

    @Test
    void onePeelRemovesTheSliceThatRaisesDensityMost() {
        // 7/12 to start; x1's two lowest (both -) leave 7/10, every other two-point slice leaves 6/10 or 5/10
        BoxSearch.Limits b = dozen(DOZEN).peelOnce(BoxSearch.Limits.open(2));
        assertEquals(2.5, b.lower()[1]);
        assertEquals(NEG, b.lower()[0]);
        assertEquals(POS, b.upper()[0]);
        assertEquals(POS, b.upper()[1]);
        // next x1 = 3 (-), 4 (+) leave 6/8 = 0.75 > 0.7; then every one-point peel removes a +, so peeling stops
        List<BoxSearch.Limits> t = dozen(DOZEN).peel(BoxSearch.Limits.open(2));
        assertEquals(3, t.size());
        assertEquals(4.5, t.get(2).lower()[1]);
    }

    @Test
    void onePasteTakesBackTheCaseThatPeelingOvershot() {
        BoxSearch s = dozen(DOZEN);
        // box x1 >= 4.5 holds 8 points, 6 cases; pasting 1 point below adds x1 = 4 (+): 7/9 > 6/8
        BoxSearch.Limits pasted = s.pasteOnce(lowerX1(4.5));
        assertEquals(3.5, pasted.lower()[1]);
        assertFalse(pasted.restricts(0));
        // the next point below is x1 = 3 (-): no paste raises density
        assertNull(s.pasteOnce(pasted));
        Prim.Box box = Prim.find(DOZEN_X, DOZEN_Y, DOZEN).get(0);
        assertEquals(3.5, box.lower()[1]);
        assertEquals(9, box.nInBox());
        assertEquals(7.0 / 9, box.density(), 1e-12);
        assertEquals(1.0, box.coverage(), 1e-12);
    }

    @Test
    void theLargestBoxWithinTheToleranceOfTheBestDensityIsChosen() {
        // trajectory densities 7/12, 7/10, 6/8; gain 1/6 at best
        List<BoxSearch.Limits> t = dozen(DOZEN).peel(BoxSearch.Limits.open(2));
        assertEquals(4.5, dozen(DOZEN).choose(t).lower()[1], "tolerance 0.1: only 6/8 keeps 90% of the gain");
        Prim.Settings lenient = new Prim.Settings(0.2, 0.2, 0.25, 0.5, 0.1, 0.2, 1);
        assertEquals(2.5, dozen(lenient).choose(t).lower()[1], "tolerance 0.5: 7/10 keeps 70% of the gain");
    }

    @Test
    void aBoundThatCostsNoDensityIsDropped() {
        BoxSearch s = dozen(DOZEN);
        // x0 <= 11.5 only excludes (12, 1), already outside x1 >= 3.5
        BoxSearch.Limits spurious = lowerX1(3.5).with(0, false, 11.5);
        BoxSearch.Limits kept = s.dropBounds(spurious);
        assertFalse(kept.restricts(0));
        // dropping x1 >= 3.5 would cost 7/9 - 7/12, far more than 0.1 of the lift
        assertEquals(3.5, kept.lower()[1]);
    }

    @Test
    void settingsOutsideTheirRangeAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Prim.Settings(0, 0.05, 0.05, 0.1, 0.1, 0.2, 3));
        assertTrue(e.getMessage().contains("peelAlpha"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Prim.Settings(0.05, 0.05, 0.05, 0.1, 0.1, 1.0, 3));
    }
}
