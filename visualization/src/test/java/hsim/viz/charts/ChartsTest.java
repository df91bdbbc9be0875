package hsim.viz.charts;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {
    @Test
    void paletteGivesEachKnownOptionItsOwnFixedColour() {
        Set<Color> seen = new HashSet<>();
        for (String o : Palette.KNOWN) assertTrue(seen.add(Palette.of(o)), o + " shares a colour");
        assertEquals(new Color(0xD55E00), Palette.of("rapid-force"));
        assertEquals(Palette.of("surge-2027"), Palette.of(new String("surge-2027")), "unknown names are deterministic");
        assertTrue(!seen.contains(Palette.of("surge-2027")), "unknown names do not borrow a known option's colour");
    }

    @Test
    void optionsSortKnownFirstThenByName() {
        List<String> l = new java.util.ArrayList<>(List.of("zz", "training", "aa", "baseline"));
        l.sort(Palette::compareOptions);
        assertEquals(List.of("baseline", "training", "aa", "zz"), l);
    }

    @Test
    void quantilesInterpolateAndSkipMissing() {
        double[] s = Quantiles.finiteSorted(new double[] {4, Double.NaN, 1, 3, 2});
        assertEquals(1.0, Quantiles.of(s, 0));
        assertEquals(2.5, Quantiles.of(s, 0.5));
        assertEquals(3.7, Quantiles.of(s, 0.9), 1e-12);
    }

    @Test
    void fewDistinctValuesAreLevelsManyAreEqualCountBins() {
        Binning levels = Binning.of(new double[] {3, 6, 3, 9, 6}, 5);
        assertEquals(3, levels.count());
        assertEquals("6", levels.label(levels.bin(6)));
        double[] v = new double[100];
        for (int i = 0; i < v.length; i++) v[i] = i;
        Binning bins = Binning.of(v, 4);
        assertEquals(4, bins.count());
        int[] n = new int[4];
        for (double x : v) n[bins.bin(x)]++;
        for (int c : n) assertTrue(c >= 24 && c <= 26, "unequal bins " + java.util.Arrays.toString(n));
        assertEquals(-1, bins.bin(Double.NaN));
    }
}
