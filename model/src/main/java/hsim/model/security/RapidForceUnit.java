package hsim.model.security;

import java.io.Serializable;

/**
 * One company of the rapid force: a stable id (landing order), the cell it stands on, its strength in
 * troops and its task. A unit moves towards its task's cell at most {@code rapid_force.move_cells_per_day}
 * cells a day (straight line; the city's few armoured routes are not modelled) and acts only once there.
 */
public final class RapidForceUnit implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The four tasks of the mandate a company can be given. */
    public enum Task {
        GUARD_SITE("guard_site"), ESCORT_CORRIDOR("escort_corridor"), CLEAR_AREA("clear_area"), SUPPORT_HNP("support_hnp");

        public final String label;

        Task(String label) { this.label = label; }
    }

    public final int id;
    public int cell;
    public double strength;
    public Task task = Task.SUPPORT_HNP;
    /** The cell its task is about (a site, an area to clear, the middle of a corridor segment); -1 for support. */
    public int target = -1;

    public RapidForceUnit(int id, int cell, double strength) {
        this.id = id;
        this.cell = cell;
        this.strength = strength;
    }

    /** Committed units (guards, clearing units) keep their task from day to day. */
    public boolean committed() { return task == Task.GUARD_SITE || task == Task.CLEAR_AREA; }

    public boolean atTarget() { return target < 0 || cell == target; }

    public void assign(Task t, int targetCell) {
        task = t;
        target = targetCell;
    }

    public void release() { assign(Task.SUPPORT_HNP, -1); }

    /** Moves up to {@code reach} cells towards the target on a grid {@code width} cells wide. */
    public void move(double reach, int width) {
        if (target < 0 || cell == target || cell < 0) {
            if (cell < 0) cell = target;
            return;
        }
        int cx = cell % width, cy = cell / width, tx = target % width, ty = target / width;
        double d = StrictMath.hypot(tx - cx, ty - cy);
        if (d <= reach) { cell = target; return; }
        int nx = cx + (int) Math.round((tx - cx) * reach / d), ny = cy + (int) Math.round((ty - cy) * reach / d);
        cell = ny * width + nx;
    }

    public String taskLabel() { return task.label; }
}
