package hsim.model.metrics;

import hsim.model.city.Facility;
import hsim.model.gangs.Coalition;
import hsim.model.gangs.GangCell;
import hsim.model.security.Deployment;
import hsim.model.supply.Cargo;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.MetroState;

import java.util.ArrayList;
import java.util.List;

/**
 * The state a map of the city shows, copied out of the model as plain data: who holds each cell, the
 * gangs, each facility's condition, where the security forces stand (as the security day placed them)
 * and the convoys on the road. Taken at the end of a run for the results folder and every hour by the
 * GUI, so both draw what the model computed. Cells are indices {@code y * width + x}.
 */
public record MapSnapshot(int day, int width, int height, int[] owner, List<Gang> gangs, List<Site> facilities,
                          List<Post> posts, List<int[]> corridors, double corridorTroops, List<Convoy> convoys) {

    public record Gang(int id, String name, Coalition coalition, int baseCell, double members, boolean alive) {}

    /**
     * A facility: held by a gang (its cell is gang territory), open (false for a closed distribution
     * point or loading place), and the least share of demand met over its cargoes (NaN if it stocks nothing).
     */
    public record Site(Facility facility, boolean gangHeld, boolean open, double leastMet) {}

    /** Forces at one place: HNP patrolling from a station, foreign troops guarding a site, or a special-force raid. */
    public record Post(Force force, String where, int cell, double strength) {}

    public enum Force { HNP_PATROL, FOREIGN_GUARD, SPECIAL_RAID }

    public record Convoy(int cell, Cargo cargo, int trucks, String destination) {}

    public MapSnapshot {
        owner = owner.clone();
        gangs = List.copyOf(gangs);
        facilities = List.copyOf(facilities);
        posts = List.copyOf(posts);
        corridors = List.copyOf(corridors);
        convoys = List.copyOf(convoys);
    }

    /** Copies the map state of {@code m}, with the forces as {@code d} records them, at the given day. */
    public static MapSnapshot of(MetroState m, Deployment d, int day) {
        List<Gang> gangs = new ArrayList<>();
        for (GangCell g : m.gangs) gangs.add(new Gang(g.id, g.name, g.coalition, g.baseCell, g.members, g.alive));
        List<Site> sites = new ArrayList<>();
        for (Facility f : m.city.facilities()) sites.add(site(m, f));
        List<Post> posts = new ArrayList<>();
        for (Deployment.Patrol p : d.patrols()) posts.add(new Post(Force.HNP_PATROL, p.station().name(), p.station().cell(), p.officers()));
        for (Deployment.Guard g : d.guards()) posts.add(new Post(Force.FOREIGN_GUARD, g.site(), g.facility().cell(), g.troops()));
        for (int id : d.raidTargets()) {
            GangCell g = m.gang(id);
            posts.add(new Post(Force.SPECIAL_RAID, g.name, g.baseCell, 1));
        }
        List<int[]> corridors = new ArrayList<>();
        for (int[] r : d.corridors()) corridors.add(r.clone());
        List<Convoy> convoys = new ArrayList<>();
        for (SupplyNetwork.ConvoyView v : m.supply.convoyViews()) convoys.add(new Convoy(v.cell(), v.cargo(), v.trucks(), v.destination()));
        return new MapSnapshot(day, m.width, m.height, m.territory.owners(), gangs, sites, posts, corridors, d.corridorTroops(), convoys);
    }

    private static Site site(MetroState m, Facility f) {
        boolean held = m.territory.owner(f.cell()) >= 0;
        for (SupplyNetwork.Node n : m.supply.allNodes()) {
            if (n.facility != f) continue;
            double least = 1;
            for (Cargo c : n.stock.keySet()) least = Math.min(least, n.met(c));
            return new Site(f, held, n.open, least);
        }
        for (SupplyNetwork.Origin o : m.supply.origins) if (o.facility == f) return new Site(f, held, o.open, Double.NaN);
        return new Site(f, held, true, Double.NaN);
    }

    /** The gang of a given id (ids are positions in the roster). */
    public Gang gang(int id) { return gangs.get(id); }
}
