package hsim.viz.scene;

import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.gangs.Coalition;
import hsim.model.metrics.MapSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a map of the city's state shows, as plain data: the gang holding each cell (and so its
 * coalition), facilities by status, and markers for gangs, police, foreign troops, special-force teams
 * and convoys. Made from the model's {@link MapSnapshot} by {@link #of} (the GUI every hour, the runner
 * at the end of a run) or read back from a results folder, so the GUI and the report draw the same thing.
 * Cells are indices {@code y * width + x}.
 */
public record Scene(int day, int width, int height, int[] owner, Map<Integer, Gang> gangs, List<Site> facilities, List<Marker> markers) {
    /** One foreign-troop marker per this many corridor cells, so manoeuvre troops show along the roads. */
    public static final int CORRIDOR_SPACING = 30;

    public record Gang(int id, String name, Coalition coalition) {}

    public record Site(Facility facility, FacilityStatus status) {}

    /**
     * A marker: {@code label} names it (gang, station, task, raid target, destination), {@code detail}
     * qualifies it (coalition, cargo), {@code value} is its size (members, officers, troops, team number, trucks).
     */
    public record Marker(MarkerKind kind, String label, String detail, int cell, double value) {}

    public enum MarkerKind { GANG, POLICE, TROOPS, TEAM, CONVOY }

    public Scene {
        owner = owner.clone();
        gangs = Map.copyOf(gangs);
        facilities = List.copyOf(facilities);
        markers = List.copyOf(markers);
    }

    /** The territory code of a cell: 0 for state or nobody, else {@link #code} of the holder's coalition. */
    public int territory(int cell) {
        int o = owner[cell];
        if (o < 0) return 0;
        Gang g = gangs.get(o);
        return g == null ? 0 : code(g.coalition());
    }

    /** The territory code of cells held by a gang of {@code c}. */
    public static int code(Coalition c) { return c.ordinal() + 1; }

    /** The markers of one kind, in drawing order. */
    public List<Marker> markers(MarkerKind kind) {
        List<Marker> out = new ArrayList<>();
        for (Marker m : markers) if (m.kind() == kind) out.add(m);
        return out;
    }

    /** The scene of a model snapshot: facilities classed by status, forces and convoys as markers. */
    public static Scene of(MapSnapshot s) {
        Map<Integer, Gang> gangs = new LinkedHashMap<>();
        List<Marker> markers = new ArrayList<>();
        for (MapSnapshot.Gang g : s.gangs()) {
            gangs.put(g.id(), new Gang(g.id(), g.name(), g.coalition()));
            if (g.alive() && g.members() >= 1) markers.add(new Marker(MarkerKind.GANG, g.name(), g.coalition().name(), g.baseCell(), g.members()));
        }
        List<Site> sites = new ArrayList<>();
        for (MapSnapshot.Site f : s.facilities()) {
            FacilityKind k = f.facility().kind();
            if (k == FacilityKind.ROAD_JUNCTION || k == FacilityKind.OTHER) continue; // no one depends on their status
            sites.add(new Site(f.facility(), FacilityStatus.of(f)));
        }
        List<String> raided = new ArrayList<>();
        for (MapSnapshot.Post p : s.posts()) {
            switch (p.force()) {
                case HNP_PATROL -> markers.add(new Marker(MarkerKind.POLICE, p.where(), "", p.cell(), p.strength()));
                case FOREIGN_GUARD -> markers.add(new Marker(MarkerKind.TROOPS, "guarding " + p.where(), "", p.cell(), p.strength()));
                case SPECIAL_RAID -> {
                    if (raided.contains(p.where())) continue; // a second raid on the same gang is the same team's work
                    raided.add(p.where());
                    markers.add(new Marker(MarkerKind.TEAM, p.where(), "", p.cell(), raided.size()));
                }
            }
        }
        corridorMarkers(s, markers);
        for (MapSnapshot.Convoy c : s.convoys()) markers.add(new Marker(MarkerKind.CONVOY, c.destination(), c.cargo().name(), c.cell(), c.trucks()));
        return new Scene(s.day(), s.width(), s.height(), s.owner(), gangs, sites, markers);
    }

    /** The corridor troops, which the model spreads evenly along the routes, as one marker every {@link #CORRIDOR_SPACING} cells. */
    private static void corridorMarkers(MapSnapshot s, List<Marker> markers) {
        List<Integer> spots = new ArrayList<>();
        for (int[] r : s.corridors()) for (int i = CORRIDOR_SPACING / 2; i < r.length; i += CORRIDOR_SPACING) spots.add(r[i]);
        for (int c : spots) markers.add(new Marker(MarkerKind.TROOPS, "corridor escort", "", c, s.corridorTroops() / spots.size()));
    }
}
