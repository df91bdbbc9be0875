package hsim.model.city;

/**
 * Extra cost laid over the road network for one query, e.g. to make convoys avoid gang checkpoints:
 * {@link #extraMinutes} is added whenever a route enters the cell, and {@link #blocked} cells are never
 * entered (a blocked start cell may still be left). Must be non-negative and must not change during a
 * query. Cells are {@code y * width + x}.
 */
@FunctionalInterface
public interface CostOverlay {
    /** No extra cost anywhere. */
    CostOverlay NONE = cell -> 0.0;

    double extraMinutes(int cell);

    default boolean blocked(int cell) { return false; }

    /** An overlay that only blocks the cells in {@code mask} (indexed by cell). */
    static CostOverlay blocking(boolean[] mask) {
        return new CostOverlay() {
            @Override public double extraMinutes(int cell) { return 0.0; }
            @Override public boolean blocked(int cell) { return mask[cell]; }
        };
    }

    /** An overlay that adds {@code minutes[cell]} on entry (0 = no extra; +Infinity = blocked). */
    static CostOverlay penalties(double[] minutes) {
        return new CostOverlay() {
            @Override public double extraMinutes(int cell) { return minutes[cell]; }
            @Override public boolean blocked(int cell) { return minutes[cell] == Double.POSITIVE_INFINITY; }
        };
    }
}
