package hsim.model.city;

import java.util.Arrays;

/**
 * Binary min-heap of (key, cell) pairs for Dijkstra / A*, with lazy deletion (callers skip stale
 * entries). Ties are broken by cell number so that results never depend on insertion accidents.
 */
final class CellHeap {
    private double[] keys = new double[1024];
    private int[] cells = new int[1024];
    private int size;

    boolean isEmpty() { return size == 0; }

    void clear() { size = 0; }

    void push(double key, int cell) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!less(key, cell, keys[p], cells[p])) break;
            keys[i] = keys[p];
            cells[i] = cells[p];
            i = p;
        }
        keys[i] = key;
        cells[i] = cell;
    }

    double topKey() { return keys[0]; }

    int topCell() { return cells[0]; }

    void pop() {
        double k = keys[--size];
        int c = cells[size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) break;
            int r = l + 1;
            int m = r < size && less(keys[r], cells[r], keys[l], cells[l]) ? r : l;
            if (!less(keys[m], cells[m], k, c)) break;
            keys[i] = keys[m];
            cells[i] = cells[m];
            i = m;
        }
        keys[i] = k;
        cells[i] = c;
    }

    private static boolean less(double k1, int c1, double k2, int c2) {
        return k1 < k2 || (k1 == k2 && c1 < c2);
    }
}
