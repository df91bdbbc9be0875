package hsim.model.core;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpatialIndexTest {
    @Test
    void cellsListTheirAgentsInIdOrder() {
        SpatialIndex idx = new SpatialIndex(4, 3);
        int[] cellOf = {5, 0, 5, -1, 11, 5, 0};
        idx.rebuild(cellOf.length, i -> cellOf[i]);
        assertEquals(6, idx.size());
        IntArrayList in5 = new IntArrayList();
        idx.forEachIn(5, in5::add);
        assertEquals(IntArrayList.of(0, 2, 5), in5);
        assertEquals(2, idx.count(0));
        assertEquals(0, idx.count(1));
        assertEquals(1, idx.count(11));
        // rebuild reuses storage and forgets the old layout
        idx.rebuild(2, i -> 1);
        assertEquals(0, idx.count(5));
        assertEquals(2, idx.count(1));
    }

    @Test
    void neighbourhoodQueriesClipToTheGrid() {
        SpatialIndex idx = new SpatialIndex(5, 5);
        int cells = 25;
        idx.rebuild(cells * 2, i -> i % cells); // two agents per cell
        assertEquals(2, idx.countWithin(12, 0));
        assertEquals(2 * 5, idx.countWithin(12, 1));   // von Neumann cross
        assertEquals(2 * 9, idx.countWithin(12, 1.5)); // 3x3
        assertEquals(2 * 4, idx.countWithin(0, 1.5));  // corner: 2x2
        IntArrayList seen = new IntArrayList();
        idx.forEachWithin(0, 1, seen::add);
        assertEquals(IntArrayList.of(0, 25, 1, 26, 5, 30), seen);
        assertThrows(IllegalArgumentException.class, () -> idx.rebuild(1, i -> 25));
    }

    @Test
    void radiusQueriesMatchBruteForce() {
        int w = 13, h = 9, n = 400;
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) cellOf[i] = (int) (Rng.bits(3, i, 0, 0, 0) >>> 1) % (w * h + 20) - 20; // some off-map
        SpatialIndex idx = new SpatialIndex(w, h);
        idx.rebuild(n, i -> cellOf[i]);
        for (int cell = 0; cell < w * h; cell++) {
            for (double r : new double[] {0, 1, 1.5, 2.9, 30}) {
                IntArrayList expected = new IntArrayList();
                int cx = cell % w, cy = cell / w;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
                        for (int i = 0; i < n; i++) if (cellOf[i] == y * w + x) expected.add(i);
                    }
                }
                IntArrayList got = new IntArrayList();
                idx.forEachWithin(cell, r, got::add);
                assertEquals(expected, got, "cell " + cell + " r " + r);
                assertEquals(expected.size(), idx.countWithin(cell, r));
            }
        }
    }
}
