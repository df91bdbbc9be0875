package hsim.viz.gui;

import hsim.model.city.Facility;
import hsim.model.gangs.GangCell;
import hsim.model.supply.Cargo;
import hsim.viz.scene.FacilityStatus;
import hsim.viz.scene.Scene;

/**
 * The objects placed on the display's sparse grids. They are display-only copies refreshed after each
 * hour; their getters are what MASON's inspector shows when one is clicked.
 */
public final class Markers {
    private Markers() {}

    /** A gang cell at its base. Kept per gang id so that an open inspector follows it. */
    public static final class Gang {
        private GangCell g;
        Gang(GangCell g) { this.g = g; }
        void update(GangCell cell) { this.g = cell; }
        public GangCell cell() { return g; }
        public String getName() { return g.name; }
        public String getCoalition() { return g.coalition.name(); }
        public long getMembers() { return Math.round(g.members); }
        public long getWeapons() { return Math.round(g.weapons); }
        public long getAmmunition() { return Math.round(g.ammunition); }
        public long getCashUsd() { return Math.round(g.cashUsd); }
        public int getTerritoryCells() { return g.territoryCells; }
        public boolean isLeaderPresent() { return g.leaderPresent; }
        public double getCohesion() { return g.cohesion; }
        public int getContainedDays() { return g.containedDays; }
        @Override public String toString() { return "Gang " + g.name + " (" + g.coalition + ")"; }
    }

    /** HNP officers on patrol around one state-held police station. */
    public static final class Police {
        private final String station;
        double officers;
        Police(String station, double officers) { this.station = station; this.officers = officers; }
        public String getStation() { return station; }
        public long getOfficersOnPatrol() { return Math.round(officers); }
        @Override public String toString() { return "HNP at " + station; }
    }

    /** Foreign troops guarding a critical site, or manoeuvring along a supply corridor. */
    public static final class Troops {
        private final String task;
        private final double troops;
        Troops(String task, double troops) { this.task = task; this.troops = troops; }
        public String getTask() { return task; }
        public long getTroops() { return Math.round(troops); }
        @Override public String toString() { return "Foreign troops: " + task; }
    }

    /** A special-force team, shown at the gang it raided today. */
    public static final class Team {
        private final int number;
        private final String target;
        Team(int number, String target) { this.number = number; this.target = target; }
        public int getTeam() { return number; }
        public String getTarget() { return target; }
        @Override public String toString() { return "Special-force team " + number; }
    }

    /** A convoy on the road. */
    public static final class Convoy {
        private final Scene.Marker v;
        Convoy(Scene.Marker v) { this.v = v; }
        public String getCargo() { return v.detail(); }
        public int getTrucks() { return (int) v.value(); }
        public String getDestination() { return v.label(); }
        public Cargo cargo() { return Cargo.valueOf(v.detail()); }
        @Override public String toString() { return v.detail() + " convoy to " + v.label(); }
    }

    /** A facility and its status. */
    public static final class Site {
        private final Facility f;
        FacilityStatus status = FacilityStatus.OPEN;
        Site(Facility f) { this.f = f; }
        public String getName() { return f.name(); }
        public String getKind() { return f.kind().name(); }
        public String getStatus() { return status.label(); }
        public FacilityStatus status() { return status; }
        public Facility facility() { return f; }
        @Override public String toString() { return f.name() + " (" + status.label() + ")"; }
    }

    /**
     * A unit agent as the model lists it ({@link hsim.model.world.InterventionModel#units}): an HNP squad,
     * rapid-force unit, special-force team or gang cell. Kept per kind and id so an open inspector follows it.
     */
    public static final class Unit {
        private hsim.model.metrics.UnitRow row;
        private final int width;
        Unit(hsim.model.metrics.UnitRow row, int width) { this.row = row; this.width = width; }
        void update(hsim.model.metrics.UnitRow r) { this.row = r; }
        public hsim.model.metrics.UnitRow row() { return row; }
        public String getId() { return row.id(); }
        public String getKind() { return row.kind().label(); }
        public double getStrength() { return row.strength(); }
        public String getTask() { return row.task(); }
        public int getX() { return row.cell() % width; }
        public int getY() { return row.cell() / width; }
        @Override public String toString() { return row.kind().label().replace('_', ' ') + " " + row.id() + " (" + row.task() + ")"; }
    }
}
