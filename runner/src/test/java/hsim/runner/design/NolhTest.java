package hsim.runner.design;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NolhTest {
    private static final int[][] SIZES = {{17, 7}, {33, 11}, {65, 16}, {129, 22}, {257, 29}};

    @Test
    void everySizeIsLatinAndNearlyOrthogonalAtItsMaximumFactorCount() {
        for (int[] nk : SIZES) {
            int n = nk[0];
            int k = nk[1];
            int[][] d = Nolh.design(n, k);
            assertEquals(n, d.length);
            for (int j = 0; j < k; j++) {
                int[] col = new int[n];
                for (int i = 0; i < n; i++) col[i] = d[i][j];
                Arrays.sort(col);
                for (int i = 0; i < n; i++) assertEquals(i, col[i], "column " + j + " of n=" + n + " is not a permutation");
            }
            double c = Nolh.maxAbsCorrelation(d);
            assertTrue(c < Nolh.TARGET, "n=" + n + " k=" + k + " max |corr| " + c);
        }
    }

    @Test
    void runCountFollowsCioppaAndLucas() {
        assertEquals(17, Nolh.runsFor(1));
        assertEquals(17, Nolh.runsFor(7));
        assertEquals(33, Nolh.runsFor(8));
        assertEquals(65, Nolh.runsFor(12));
        assertEquals(129, Nolh.runsFor(22));
        assertEquals(257, Nolh.runsFor(29));
        assertEquals(-1, Nolh.runsFor(30));
        assertThrows(IllegalArgumentException.class, () -> Nolh.design(17, 8));
    }

    @Test
    void constructionIsDeterministic() {
        assertArrayEquals(Nolh.design(33, 9), Nolh.design(33, 9));
        assertTrue(Nolh.maxAbsCorrelation(Nolh.design(33, 9)) < Nolh.TARGET);
    }
}
