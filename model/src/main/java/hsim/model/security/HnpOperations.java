package hsim.model.security;

import hsim.model.city.Facility;
import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Tallies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the HNP's squads do in the field after {@link Tasking}: responders counter-attack a cell a gang took
 * from them when their fire power beats the gang's by {@code hnp.counterattack_odds}; then offensives by the
 * OFFENSIVE squads, joined by the rapid force's remaining troops when it is present. An operation takes the
 * free squads nearest its target until their on-duty officers reach {@code hnp.operation_officers}; how many
 * operations follows from the squads left after the higher duties, and from the armoured vehicles that
 * carry them ({@code hnp.armoured_vehicles} / {@code hnp.vehicles_per_operation}; the rapid force brings its
 * own). Targets: gang-held critical sites first, then the gang frontier near a random state-held station.
 * A won operation clears {@code ops.clear_radius_cells} around the target.
 */
public final class HnpOperations implements Serializable {
    private static final long serialVersionUID = 1L;

    public record Settings(double armouredVehicles, double vehiclesPerOperation, double counterattackOdds, int frontierSearchCells)
            implements Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("hnp.armoured_vehicles", 2, 0, 1000, "vehicles",
                        "assumption (few serviceable APCs in 2022; Canada and the US delivered armoured vehicles in Oct 2022)",
                        "Armoured vehicles the HNP can field in the metro on a day (the enabler that limits offensives)"),
                Param.number("hnp.vehicles_per_operation", 2, 0.01, 100, "vehicles", "assumption",
                        "Armoured vehicles one HNP offensive needs"),
                Param.number("hnp.counterattack_odds", 1, 0, 100, "1", "assumption",
                        "Responders retake a lost cell only if their fire power is at least this multiple of the gang's"),
                Param.integer("hnp.frontier_search_cells", 25, 1, 1000, "cells", "assumption (~2.5 km)",
                        "How far from a station an offensive looks for the gang frontier"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("hnp.armoured_vehicles"), s.number("hnp.vehicles_per_operation"),
                s.number("hnp.counterattack_odds"), (int) s.integer("hnp.frontier_search_cells"));
    }

    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Settings settings;
    /** Operations mounted so far (HNP alone or joint), and those won. */
    public int operationsCum, operationsWonCum, counterattacksCum;

    public HnpOperations(MetroState s, Ground ground, Battles battles) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.settings = from(s.scenario);
    }

    /** Most HNP operations the armoured vehicles allow in a day. */
    public int vehicleLimit() { return (int) Math.floor(settings.armouredVehicles() / settings.vehiclesPerOperation() + 1e-9); }

    /** Responders at each attacked cell that a gang now holds counter-attack when they have the odds. */
    void respond(Tasking.Plan plan, List<Integer> attacks) {
        for (int i = 0; i < attacks.size(); i++) {
            int cell = attacks.get(i);
            List<Squad> group = plan.byAttack().get(i);
            int holder = s.territory.owner(cell);
            if (group.isEmpty() || holder < 0 || !s.gangs.get(holder).alive) continue;
            Engagement.Side hnp = battles.squadSide(group, false);
            Engagement.Side gang = battles.gangSide(s.gangs.get(holder), 1, true);
            if (hnp.fighters() * hnp.effectiveness() < settings.counterattackOdds() * gang.fighters() * gang.effectiveness()) continue;
            counterattacksCum++;
            Engagement.Result r = battles.fight(cell, hnp, gang, -1, holder, Tallies.SECURITY_OPERATIONS, true,
                    Battles.Security.HNP, Battles.Security.HNP, group);
            if (r.aWon()) ground.clearRadius(cell, s.ops.clearRadius(), holder);
        }
    }

    /** Offensives with the plan's OFFENSIVE squads and {@code foreignTroops} of the rapid force. */
    void run(List<Squad> offensive, double foreignTroops) {
        List<Squad> free = new ArrayList<>(offensive);
        double share = s.ops.hnpOnDutyShare();
        int n = (int) Math.min(vehicleLimit(), Math.floor(onDuty(free, share) / s.ops.hnpOpSize() + 1e-9));
        int forceOps = foreignTroops >= 1 ? (int) s.ops.forceOpsPerDay() : 0;
        n = Math.max(n, forceOps);
        for (int k = 0; k < n; k++) {
            int target = -1;
            for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) >= 0) { target = site.cell(); break; }
            if (target < 0) target = frontierNearStation();
            if (target < 0) return;
            int holder = s.territory.owner(target);
            List<Squad> group = new ArrayList<>();
            double officers = 0;
            for (Squad q : Tasking.byDistance(free, target, s.width)) {
                if (officers >= s.ops.hnpOpSize()) break;
                group.add(q);
                officers += q.onDuty(share);
            }
            free.removeAll(group);
            for (Squad q : group) q.cell = target;
            double troops = forceOps > k ? Math.min(s.ops.forceOpSize(), foreignTroops / Math.max(1, forceOps)) : 0;
            Engagement.Result r;
            if (troops > 0) {
                double hnpEq = 0;
                for (Squad q : group) hnpEq += q.onDuty(share) * s.hnp.quality(q);
                r = battles.fight(target, battles.forceSide(troops + hnpEq / Math.max(1e-9, s.troopEquivalent()), false),
                        battles.gangSide(s.gangs.get(holder), 1, true), -1, holder, Tallies.SECURITY_OPERATIONS, true,
                        Battles.Security.RAPID_FORCE, Battles.Security.HNP);
            } else if (officers >= 1) {
                r = battles.fight(target, battles.squadSide(group, false), battles.gangSide(s.gangs.get(holder), 1, true), -1, holder,
                        Tallies.SECURITY_OPERATIONS, true, Battles.Security.HNP, Battles.Security.HNP, group);
            } else {
                return;
            }
            operationsCum++;
            if (r.aWon()) { operationsWonCum++; ground.clearRadius(target, s.ops.clearRadius(), holder); }
        }
    }

    private static double onDuty(List<Squad> group, double share) {
        double n = 0;
        for (Squad q : group) n += q.onDuty(share);
        return n;
    }

    /** A gang cell near a state-held police station, chosen at random among stations. */
    private int frontierNearStation() {
        var stations = s.stations;
        if (stations.isEmpty()) return -1;
        int start = s.rng.nextInt(stations.size());
        for (int k = 0; k < stations.size(); k++) {
            Facility st = stations.get((start + k) % stations.size());
            if (s.territory.owner(st.cell()) >= 0) return st.cell();
            int cx = st.x(), cy = st.y();
            for (int r = 1; r <= settings.frontierSearchCells(); r++) {
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        if (Math.max(Math.abs(dx), Math.abs(dy)) != r) continue;
                        int x = cx + dx, y = cy + dy;
                        if (x < 0 || y < 0 || x >= s.width || y >= s.height) continue;
                        int c = y * s.width + x;
                        if (s.territory.owner(c) >= 0 && s.gangs.get(s.territory.owner(c)).alive) return c;
                    }
                }
            }
        }
        return -1;
    }
}
