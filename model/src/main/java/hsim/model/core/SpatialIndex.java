package hsim.model.core;

import java.io.Serializable;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * Which agents are in which cell, as compressed rows (CSR): the agents of cell c are
 * {@code agentAt(start(c)) .. agentAt(end(c) - 1)}, in ascending id order. Rebuilt by a counting sort
 * over ids, so the layout depends only on where agents are, never on threads. Cells are
 * {@code y * width + x}, as in {@code hsim.model.city}.
 *
 * <p>Rebuild it in a serial process before the phases that query it; queries are read-only and safe
 * from any number of threads.
 */
public final class SpatialIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    private final int[] start; // cells + 1 offsets into members
    private int[] members = new int[0];
    private int size;

    public SpatialIndex(int width, int height) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("grid must be at least 1x1: " + width + "x" + height);
        this.width = width;
        this.height = height;
        this.start = new int[Math.multiplyExact(width, height) + 1];
    }

    public int width() { return width; }

    public int height() { return height; }

    public int cells() { return width * height; }

    /** Agents indexed (those with a cell >= 0 at the last rebuild). */
    public int size() { return size; }

    /**
     * Rebuilds from the cell of each agent 0..n-1; a negative cell leaves the agent out (dead, jailed,
     * off the map).
     */
    public void rebuild(int n, IntUnaryOperator cellOf) {
        int cells = cells();
        java.util.Arrays.fill(start, 0);
        int counted = 0;
        for (int id = 0; id < n; id++) {
            int c = cellOf.applyAsInt(id);
            if (c < 0) continue;
            if (c >= cells) throw new IllegalArgumentException("agent " + id + " is in cell " + c + ", outside the " + width + "x" + height + " grid");
            start[c + 1]++;
            counted++;
        }
        for (int c = 0; c < cells; c++) start[c + 1] += start[c];
        if (members.length < counted) members = new int[Math.max(counted, members.length + (members.length >> 1))];
        int[] fill = java.util.Arrays.copyOf(start, cells);
        for (int id = 0; id < n; id++) {
            int c = cellOf.applyAsInt(id);
            if (c >= 0) members[fill[c]++] = id;
        }
        size = counted;
    }

    public int start(int cell) { return start[cell]; }

    public int end(int cell) { return start[cell + 1]; }

    public int agentAt(int k) { return members[k]; }

    /** Agents in {@code cell}. */
    public int count(int cell) { return start[cell + 1] - start[cell]; }

    /** Visits the agents of {@code cell} in id order. */
    public void forEachIn(int cell, IntConsumer action) {
        for (int k = start[cell], e = start[cell + 1]; k < e; k++) action.accept(members[k]);
    }

    /**
     * Visits every cell whose centre is within {@code radius} cells (Euclidean) of {@code cell},
     * row by row from the top-left, clipped to the grid. radius 0 is the cell itself.
     */
    public void forEachCellWithin(int cell, double radius, IntConsumer action) {
        if (!(radius >= 0)) throw new IllegalArgumentException("radius must be >= 0: " + radius);
        int cx = cell % width, cy = cell / width;
        int r = (int) Math.floor(radius);
        double r2 = radius * radius;
        for (int y = Math.max(0, cy - r), y1 = Math.min(height - 1, cy + r); y <= y1; y++) {
            int dy = y - cy;
            for (int x = Math.max(0, cx - r), x1 = Math.min(width - 1, cx + r); x <= x1; x++) {
                int dx = x - cx;
                if (dx * dx + dy * dy <= r2) action.accept(y * width + x);
            }
        }
    }

    /** Visits the agents within {@code radius} cells of {@code cell}: cells in row order, ids ascending in each. */
    public void forEachWithin(int cell, double radius, IntConsumer action) {
        forEachCellWithin(cell, radius, c -> forEachIn(c, action));
    }

    /** Number of agents within {@code radius} cells of {@code cell}. */
    public int countWithin(int cell, double radius) {
        int[] total = {0};
        forEachCellWithin(cell, radius, c -> total[0] += count(c));
        return total[0];
    }
}
