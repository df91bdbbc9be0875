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
 * OFFENSIVE squads, joined by the rapid force's supporting units when it is present. An operation takes the
 * free squads nearest its target until their on-duty officers reach {@code hnp.operation_officers}; how many
 * operations follows from the squads left after the higher duties, and from the armoured vehicles that
 * carry them: each needs {@code hnp.vehicles_per_operation} of the fleet ({@code hnp.armoured_vehicles}, grown by
 * {@link EquipmentDeliveries}); the rapid force brings its own and takes the HNP's along when there are any.
 * Targets: gang-held critical sites first (the fuel terminal before the others when
 * {@code hnp.fuel_terminal_first}: the HNP's stated priority in Oct-Nov 2022), then the gang frontier near a
 * random state-held station. A gang-held critical site is fortified (trenches, containers, fire positions:
 * G9 dug trenches around Varreux in Sept 2022, literature.md §5.1), so an HNP assault on it needs
 * {@code hnp.site_assault_vehicles}; with fewer the day's operations go to the frontier. Against an HNP assault
 * on the terminal its defenders fight from the trenches' cover {@code gangs.varreux_fortification_cover}. A won
 * operation clears
 * {@code ops.clear_radius_cells} around the target.
 */
public final class HnpOperations implements Serializable {
    private static final long serialVersionUID = 1L;

    public record Settings(double armouredVehicles, double vehiclesPerOperation, double counterattackOdds, int frontierSearchCells,
                           double siteAssaultVehicles, boolean fuelTerminalFirst, double varreuxFortificationCover) implements Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("hnp.armoured_vehicles", 2, 0, 1000, "vehicles",
                        "assumption (few serviceable APCs before the delivery of 15 Oct 2022: events.hnp_delivery_*)",
                        "Armoured vehicles the HNP can field in the metro on a day at the start (the enabler that limits offensives)"),
                Param.number("hnp.vehicles_per_operation", 2, 0.01, 100, "vehicles", "assumption",
                        "Armoured vehicles one HNP offensive needs"),
                Param.number("hnp.counterattack_odds", 1, 0, 100, "1", "assumption",
                        "Responders retake a lost cell only if their fire power is at least this multiple of the gang's"),
                Param.integer("hnp.frontier_search_cells", 25, 1, 1000, "cells", "assumption (~2.5 km)",
                        "How far from a station an offensive looks for the gang frontier"),
                Param.number("hnp.site_assault_vehicles", 4, 0, 1000, "vehicles",
                        "assumption (an assault on trenches and containers needs more armour than a patrol in force; "
                                + "more than the HNP's fleet before the delivery of 15 Oct 2022) (issue 13)",
                        "Armoured vehicles an HNP operation against a gang-held critical site needs"),
                Param.flag("hnp.fuel_terminal_first", true,
                        "HNP and government statements Oct-Nov 2022: freeing the Varreux terminal was the priority (trtworld.com, literature.md §5.1)",
                        "HNP operations go to a gang-held fuel terminal before the other gang-held critical sites"),
                Param.number("gangs.varreux_fortification_cover", 0.8, 0, 0.95, "share",
                        "assumption (G9 dug trenches and blocked Varreux with containers, literature.md §5.1), calibrated to the "
                                + "HNP's retake of Varreux on 3 Nov 2022 (run day 34; targets.csv; docs/CALIBRATION.md, issue 13)",
                        "Share of hits gang fighters avoid when they defend the Varreux terminal against an HNP assault (instead of ops.gang_cover)"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("hnp.armoured_vehicles"), s.number("hnp.vehicles_per_operation"),
                s.number("hnp.counterattack_odds"), (int) s.integer("hnp.frontier_search_cells"),
                s.number("hnp.site_assault_vehicles"), s.flag("hnp.fuel_terminal_first"), s.number("gangs.varreux_fortification_cover"));
    }

    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Settings settings;
    /** Armoured vehicles in the fleet now (the start's, plus deliveries). */
    private double vehicles;
    /** Operations mounted so far (HNP alone or joint), and those won. */
    public int operationsCum, operationsWonCum, counterattacksCum;

    public HnpOperations(MetroState s, Ground ground, Battles battles) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.settings = from(s.scenario);
        this.vehicles = settings.armouredVehicles();
    }

    /** Armoured vehicles in the fleet now. */
    public double vehicles() { return vehicles; }

    /** A delivery ({@link EquipmentDeliveries}). */
    void addVehicles(double n) { vehicles = Math.max(0, vehicles + n); }

    /** Most HNP operations the armoured vehicles allow in a day (against the frontier). */
    public int vehicleLimit() { return (int) Math.floor(vehicles / settings.vehiclesPerOperation() + 1e-9); }

    /** Whether the fleet can carry an assault on a fortified (gang-held) critical site. */
    public boolean canAssaultSite() { return vehicles + 1e-9 >= settings.siteAssaultVehicles(); }

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

    /**
     * Offensives with the plan's OFFENSIVE squads and {@code foreignTroops} of the rapid force's supporting
     * units, who mount {@code forceOps} joint operations ({@link RapidForceOperations}); these take HNP vehicles if any are
     * left but need none; HNP operations stop when the squads or the vehicles run out.
     */
    void run(List<Squad> offensive, double foreignTroops, int forceOps) {
        List<Squad> free = new ArrayList<>(offensive);
        double share = s.ops.hnpOnDutyShare();
        int byOfficers = (int) Math.floor(onDuty(free, share) / s.ops.hnpOpSize() + 1e-9);
        if (foreignTroops < 1) forceOps = 0;
        double pool = vehicles;
        for (int k = 0; ; k++) {
            boolean joint = k < forceOps;
            if (!joint && k >= byOfficers) return;
            int target = gangHeldSite();
            double need = settings.siteAssaultVehicles();
            boolean site = target >= 0 && (joint || pool + 1e-9 >= need);
            if (!site) {
                target = frontierNearStation();
                need = settings.vehiclesPerOperation();
            }
            if (!joint && pool + 1e-9 < need) return;
            if (target < 0) return;
            pool = Math.max(0, pool - need);
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
            double troops = joint ? foreignTroops / forceOps : 0;
            Engagement.Side gang = defenders(holder, site && !joint && s.varreux != null && target == s.varreux.cell());
            Engagement.Result r;
            if (troops > 0) {
                double hnpEq = 0;
                for (Squad q : group) hnpEq += q.onDuty(share) * s.hnp.quality(q);
                r = battles.fight(target, battles.forceSide(troops + hnpEq / Math.max(1e-9, s.troopEquivalent()), false),
                        gang, -1, holder, Tallies.SECURITY_OPERATIONS, true,
                        Battles.Security.RAPID_FORCE, Battles.Security.HNP);
            } else if (officers >= 1) {
                r = battles.fight(target, battles.squadSide(group, false), gang, -1, holder,
                        Tallies.SECURITY_OPERATIONS, true, Battles.Security.HNP, Battles.Security.HNP, group);
            } else {
                return;
            }
            operationsCum++;
            if (r.aWon()) { operationsWonCum++; ground.clearRadius(target, s.ops.clearRadius(), holder); }
        }
    }

    /**
     * The holder's fighters at the target; against an HNP assault on the Varreux terminal they fight from its
     * trenches (joint operations, like the rapid force's own, bring heavier arms and armour: not modelled).
     */
    private Engagement.Side defenders(int holder, boolean site) {
        Engagement.Side g = battles.gangSide(s.gangs.get(holder), 1, true);
        if (!site) return g;
        return new Engagement.Side(g.fighters(), g.effectiveness(), Math.max(g.cover(), settings.varreuxFortificationCover()), g.restraint(),
                g.survival());
    }

    /** The gang-held critical site operations go to first (the fuel terminal first by policy), or -1. */
    private int gangHeldSite() {
        if (settings.fuelTerminalFirst() && s.varreux != null && s.territory.owner(s.varreux.cell()) >= 0) return s.varreux.cell();
        for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) >= 0) return site.cell();
        return -1;
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
