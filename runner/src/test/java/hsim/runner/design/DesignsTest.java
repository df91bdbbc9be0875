package hsim.runner.design;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignsTest {
    @Test
    void latinHypercubeHitsEachStratumOncePerFactor() {
        int n = 40;
        double[][] u = LatinHypercube.design(n, 5, 42);
        for (int j = 0; j < 5; j++) {
            boolean[] hit = new boolean[n];
            for (double[] row : u) {
                assertTrue(row[j] >= 0 && row[j] < 1);
                int s = (int) Math.floor(row[j] * n);
                assertTrue(!hit[s], "stratum " + s + " hit twice in factor " + j);
                hit[s] = true;
            }
        }
        assertArrayEquals(u, LatinHypercube.design(n, 5, 42));
        assertNotEquals(u[0][0], LatinHypercube.design(n, 5, 43)[0][0]);
    }

    @Test
    void fullFactorialIsCompleteWithoutRepeats() {
        int[] levels = {3, 2, 4};
        int[][] d = FullFactorial.design(levels);
        assertEquals(24, d.length);
        Set<String> seen = new HashSet<>();
        for (int[] row : d) {
            for (int j = 0; j < 3; j++) assertTrue(row[j] >= 0 && row[j] < levels[j]);
            assertTrue(seen.add(java.util.Arrays.toString(row)));
        }
    }

    @Test
    void replicateSeedsAreDistinctAndStable() {
        Set<Long> seeds = new HashSet<>();
        for (int r = 1; r <= 1000; r++) seeds.add(Seeds.replicateSeed(42, r));
        assertEquals(1000, seeds.size());
        assertEquals(Seeds.replicateSeed(42, 3), Seeds.replicateSeed(42, 3));
        assertNotEquals(Seeds.replicateSeed(42, 3), Seeds.replicateSeed(43, 3));
    }
}
