package hsim.model.security;

import java.io.Serializable;

/**
 * One special-force team: a stable id, its base (the airport, where it flies from), the cell it is at,
 * its strength in operators and its task. A team raids when ready (once per
 * {@code 7 / special_force.raids_per_team_per_week} days, at no less than {@code special_force.min_team_share}
 * of its size), or is tied to a containment operation until its end.
 */
public final class SpecialForceTeam implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Task {
        READY("ready"), RAID("raid"), CONTAIN("contain"), REFIT("refit");

        public final String label;

        Task(String label) { this.label = label; }
    }

    public final int id;
    public final int base;
    public int cell;
    public double strength;
    public Task task = Task.READY;
    /** First day the team may raid again. */
    public int readyDay;
    /** Day a containment ends (task CONTAIN). */
    public int containUntil = -1;

    public SpecialForceTeam(int id, int base, double strength, int readyDay) {
        this.id = id;
        this.base = base;
        this.cell = base;
        this.strength = strength;
        this.readyDay = readyDay;
    }
}
