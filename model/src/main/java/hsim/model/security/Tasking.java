package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import hsim.model.world.CriticalSite;
import hsim.model.world.MetroState;

/**
 * How the HNP assigns its squads to duties each day, strictly by priority, each squad to one duty:
 * <ol>
 * <li>HOLD_FACILITIES: the squads nearest each state-held critical site until their on-duty officers reach
 * {@code hnp.guard_officers_per_site}; they stand on the site;</li>
 * <li>HOLD_AREA: for each stretch of corridor handed over by the rapid force ({@link Handover}), oldest first, the
 * squads nearest its middle cell until their on-duty officers reach the officers the handover counted on; so
 * the officers holding ground are not also patrolling or in operations;</li>
 * <li>RESPOND: for each cell where a gang attacked HNP officers since yesterday's tasking, up to
 * {@code hnp.response_squads_per_attack} free squads whose home station is within {@code hnp.response_reach_cells};
 * they move to the attacked cell ({@link HnpOperations#respond});</li>
 * <li>ESCORT: the free squads nearest the escort origin until their on-duty officers reach
 * {@code supply.escort_officers_per_convoy} per convoy;</li>
 * <li>PATROL: at each state-held station, {@code hnp.patrol_share} of its squads (rounded up) from those still free;</li>
 * <li>OFFENSIVE: every squad left, for {@link HnpOperations}.</li>
 * </ol>
 * Ties in distance go to the squad created first, so the plan does not depend on anything but the state.
 */
public final class Tasking implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public enum Duty { HOLD_FACILITIES, HOLD_AREA, RESPOND, ESCORT, PATROL, OFFENSIVE }

    public record Settings(double responseReachCells, double responseSquadsPerAttack, double escortConvoysMin)
            implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("hnp.response_reach_cells", 30, 0, 1000, "cells", "assumption (~3 km: a quick-reaction drive across town)",
                        "Squads respond to attacks within this distance of their home station"),
                Param.number("hnp.response_squads_per_attack", 2, 0, 100, "squads", "assumption",
                        "Squads sent to one attacked cell"),
                Param.integer("hnp.responder_radius_cells", 3, 0, 100, "cells", "assumption (~300 m, as the guards of a site)",
                        "Radius around an attacked cell over which responders' presence spreads"),
                Param.number("hnp.escort_convoys_min", 5, 0, 1000, "convoys", "assumption (a day's fuel convoys are planned before they leave)",
                        "Convoys the HNP plans escorts for at the 03:00 tasking, before the day's convoys are on the road"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("hnp.response_reach_cells"), s.number("hnp.response_squads_per_attack"),
                s.number("hnp.escort_convoys_min"));
    }

    /** What the HNP is asked to cover today (cells are row-major on a grid {@code width} wide). */
    public record Demand(int width, double onDutyShare, List<Integer> holdSites, double guardOfficersPerSite,
                         List<Deployment.HeldArea> holdAreas, List<Integer> attacks, int escortOrigin, double escortOfficers, List<Integer> patrolStations,
                         double patrolShare) {}

    /** Squads per duty, in the order they were given it; hold and respond squads also by site/area/attack. */
    public record Plan(List<List<Squad>> bySite, List<List<Squad>> byArea, List<List<Squad>> byAttack, List<Squad> escort, List<Squad> patrol,
                       List<Squad> offensive) {
        public double onDuty(List<Squad> group, double share) {
            double n = 0;
            for (Squad q : group) n += q.onDuty(share);
            return n;
        }
    }

    private final Settings settings;

    public Tasking(Settings settings) { this.settings = settings; }

    public Settings settings() { return settings; }

    /**
     * Today's tasking in the world: the demand from the state-held sites, the attacks reported since yesterday,
     * the escort policy (convoys from Varreux, else the port) and the state-held stations; records in the
     * {@link Deployment} the guards per site and the escort strength the rules read.
     */
    Plan today(MetroState s, Deployment deployment, List<Integer> attacks) {
        PoliceForce hnp = s.hnp;
        List<Integer> sites = new ArrayList<>();
        for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) < 0) sites.add(site.cell());
        boolean escortsWanted = !s.ops.escortPolicy().equals("none");
        double convoys = escortsWanted ? Math.max(settings.escortConvoysMin(), s.supply.convoysOnRoad()) : 0;
        CriticalSite origin = s.siteOpen(s.varreux) ? s.varreux : s.port;
        int[] stationCells = new int[hnp.stations().size()];
        List<Integer> held = new ArrayList<>();
        for (int k = 0; k < stationCells.length; k++) {
            stationCells[k] = hnp.stations().get(k).cell();
            if (s.territory.owner(stationCells[k]) < 0) held.add(k);
        }
        double share = s.ops.hnpOnDutyShare();
        Plan plan = assign(hnp, stationCells, new Demand(s.width, share, sites, s.ops.guardOfficersPerSite(), deployment.hnpAreas(), attacks,
                origin == null ? -1 : origin.cell(), convoys * s.ops.escortOfficersPerConvoy(), held, s.ops.hnpPatrolShare()));
        double guards = 0;
        for (List<Squad> g : plan.bySite()) guards += plan.onDuty(g, share);
        deployment.hnpGuardsPerSite = sites.isEmpty() ? 0 : guards / sites.size();
        double escortEq = 0;
        for (Squad q : plan.escort()) escortEq += q.onDuty(share) * hnp.quality(q);
        deployment.escortStrengthHnp = convoys == 0 ? 0 : escortEq / convoys;
        return plan;
    }

    /**
     * Assigns every squad of {@code hnp} a duty and a cell for today. {@code stationCells}: each station's cell
     * (by station index); {@code patrolStations} in the demand are station indices.
     */
    public Plan assign(PoliceForce hnp, int[] stationCells, Demand d) {
        List<Squad> free = new ArrayList<>();
        for (Squad q : hnp.squads()) {
            q.cell = stationCells[q.station];
            q.task = null;
            if (q.strength > 0) free.add(q);
        }
        int w = d.width();
        List<List<Squad>> bySite = new ArrayList<>();
        for (int site : d.holdSites()) {
            List<Squad> got = nearestUntil(free, site, w, d.guardOfficersPerSite(), d.onDutyShare());
            give(got, free, Duty.HOLD_FACILITIES, site);
            bySite.add(got);
        }
        List<List<Squad>> byArea = new ArrayList<>();
        for (Deployment.HeldArea area : d.holdAreas()) {
            List<Squad> got = nearestUntil(free, area.cell(), w, area.officers(), d.onDutyShare());
            give(got, free, Duty.HOLD_AREA, area.cell());
            byArea.add(got);
        }
        List<List<Squad>> byAttack = new ArrayList<>();
        long reach2 = (long) Math.floor(settings.responseReachCells() * settings.responseReachCells());
        for (int cell : d.attacks()) {
            List<Squad> got = new ArrayList<>();
            for (Squad q : byDistance(free, cell, w)) {
                if (got.size() >= settings.responseSquadsPerAttack()) break;
                if (PoliceForce.dist2(stationCells[q.station], cell, w) <= reach2) got.add(q);
            }
            give(got, free, Duty.RESPOND, cell);
            byAttack.add(got);
        }
        List<Squad> escort = new ArrayList<>();
        if (d.escortOfficers() > 0 && d.escortOrigin() >= 0) {
            escort = nearestUntil(free, d.escortOrigin(), w, d.escortOfficers(), d.onDutyShare());
            give(escort, free, Duty.ESCORT, d.escortOrigin());
        }
        List<Squad> patrol = new ArrayList<>();
        for (int st : d.patrolStations()) {
            int home = 0;
            for (Squad q : hnp.squads()) if (q.station == st && q.strength > 0) home++;
            int ask = (int) Math.ceil(d.patrolShare() * home - 1e-9);
            List<Squad> got = new ArrayList<>();
            for (Squad q : free) if (q.station == st && got.size() < ask) got.add(q);
            give(got, free, Duty.PATROL, stationCells[st]);
            patrol.addAll(got);
        }
        for (Squad q : free) q.task = Duty.OFFENSIVE;
        return new Plan(bySite, byArea, byAttack, escort, patrol, new ArrayList<>(free));
    }

    /** The free squads nearest {@code cell} until their on-duty officers reach {@code officers}. */
    private static List<Squad> nearestUntil(List<Squad> free, int cell, int width, double officers, double onDutyShare) {
        List<Squad> got = new ArrayList<>();
        double have = 0;
        for (Squad q : byDistance(free, cell, width)) {
            if (have >= officers) break;
            got.add(q);
            have += q.onDuty(onDutyShare);
        }
        return got;
    }

    /** Free squads sorted by distance to {@code cell}, ties by creation order (the sort is stable). */
    static List<Squad> byDistance(List<Squad> free, int cell, int width) {
        List<Squad> out = new ArrayList<>(free);
        out.sort(Comparator.comparingLong(q -> PoliceForce.dist2(q.cell, cell, width)));
        return out;
    }

    private static void give(List<Squad> got, List<Squad> free, Duty duty, int cell) {
        for (Squad q : got) {
            q.task = duty;
            q.cell = cell;
        }
        free.removeAll(got);
    }
}
