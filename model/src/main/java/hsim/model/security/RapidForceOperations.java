package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.scenario.Param;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Tallies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rapid force's day, unit by unit ({@link RapidForceUnit}), in the mandate's order of priority
 * ({@link Mandate}): guard the port, the airport and Varreux ({@code rapid_force.guard_units_per_site}
 * units each; a gang-held site is first cleared by an operation at {@code rapid_force.site_defence_factor}
 * times the gang's local strength), clear the gang-held cells on the supply corridors from Varreux and the
 * port (one operation per target), escort the corridors (one unit per stretch of
 * {@code rapid_force.escort_cells_per_unit} cells that the HNP does not yet hold, {@link CorridorSegments},
 * {@link Handover}), and support HNP operations with the rest. An operation is mounted by as many units as bring {@code rapid_force.vehicles_per_operation}
 * armoured vehicles, once all of them stand at the target; there is no cap on operations per day, so what
 * the force does grows with the units present. Guards and clearing units keep their task from
 * day to day; escorts and supporting units are re-tasked daily. Free units are picked nearest first.
 */
public final class RapidForceOperations implements Serializable {
    private static final long serialVersionUID = 2L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Deployment deployment;
    private final double siteDefenceFactor;
    private final int siteClearRadius;

    /** What the supporting units bring to today's HNP operations. */
    public record Support(double troops, int operations) {}

    public static List<Param> params() {
        return List.of(
                Param.number("rapid_force.site_defence_factor", 1.5, 0, 10, "1",
                        "assumption (gangs concentrate and dig in at a port or terminal they hold)",
                        "Multiple of a gang's local strength that defends a critical site it holds"),
                Param.integer("rapid_force.site_clear_radius_cells", 6, 0, 50, "cells", "assumption (~600 m perimeter)",
                        "Radius cleared around a critical site the rapid force retakes"));
    }

    public RapidForceOperations(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
        this.siteDefenceFactor = s.scenario.number("rapid_force.site_defence_factor");
        this.siteClearRadius = (int) s.scenario.integer("rapid_force.site_clear_radius_cells");
    }

    /** Tasks, moves and fights the units; returns what the supporting units bring to HNP operations. */
    Support run(int day) {
        ForeignForce force = s.force;
        List<RapidForceUnit> units = force.units();
        if (!force.present()) {
            for (CriticalSite site : s.sites) site.foreignHeld = false;
            deployment.escortStrengthForce = 0;
            force.engage(List.of());
            return new Support(0, 0);
        }
        ForeignForce.Settings fs = force.settings();
        int group = fs.unitsPerOperation();
        release(units);
        // 1. critical sites, in the mandate's order
        for (CriticalSite site : mandateSites()) {
            if (s.territory.owner(site.cell()) < 0) {
                if (site.handedOver && !site.foreignHeld) continue;
                int have = count(units, RapidForceUnit.Task.GUARD_SITE, site.cell());
                for (int k = have; k < fs.guardUnitsPerSite(); k++) {
                    RapidForceUnit u = nearestFree(units, site.cell());
                    if (u == null) break;
                    u.assign(RapidForceUnit.Task.GUARD_SITE, site.cell());
                }
            } else {
                formGroup(units, site.cell(), group);
            }
        }
        // 2. the gang-held cells on the corridors, one target per clearing radius
        List<Integer> targets = corridorTargets();
        for (int cell : targets) if (!formGroup(units, cell, group)) break;
        // 3. escorts over the stretches of corridor from open sites that the HNP does not hold
        List<int[]> segments = CorridorSegments.cut(CorridorSegments.openRoutes(s), fs.escortCellsPerUnit());
        int escorts = 0, wanted = 0;
        for (int[] seg : segments) {
            int mid = CorridorSegments.middle(seg);
            if (deployment.hnpHolds(mid)) continue;
            wanted++;
            RapidForceUnit u = nearestFree(units, mid);
            if (u == null) continue;
            u.assign(RapidForceUnit.Task.ESCORT_CORRIDOR, mid);
            escorts++;
        }
        double covered = wanted == 0 ? 0 : escorts / (double) wanted;
        deployment.escortStrengthForce = s.ops.escortTroopsPerConvoy() * s.troopEquivalent() * covered;
        // 4. everyone else supports the HNP
        double supportTroops = 0;
        int supportUnits = 0;
        List<RapidForceUnit> supporters = new ArrayList<>();
        for (RapidForceUnit u : units) {
            if (u.task != RapidForceUnit.Task.SUPPORT_HNP) continue;
            supportTroops += u.strength;
            supportUnits++;
            supporters.add(u);
        }
        for (RapidForceUnit u : units) u.move(fs.moveCellsPerDay(), s.width);
        fight(units, group);
        for (CriticalSite site : s.sites) {
            boolean guarded = false;
            for (RapidForceUnit u : units) guarded |= u.task == RapidForceUnit.Task.GUARD_SITE && u.target == site.cell() && u.atTarget();
            site.foreignHeld = guarded && s.territory.owner(site.cell()) < 0;
        }
        boolean open = corridorTargets().isEmpty();
        deployment.corridorsOpen = open;
        force.engage(supporters); // joint operations' casualties land on the supporting units
        int ops = group <= 0 ? 0 : supportUnits / group;
        return new Support(ops > 0 ? supportTroops : 0, ops);
    }

    /** Frees units whose task is over: a guarded site lost or handed over, an area cleared by others. */
    private void release(List<RapidForceUnit> units) {
        for (RapidForceUnit u : units) {
            switch (u.task) {
                case GUARD_SITE -> {
                    CriticalSite site = siteAt(u.target);
                    if (site == null || s.territory.owner(u.target) >= 0 || site.handedOver && !site.foreignHeld) u.release();
                }
                case CLEAR_AREA -> {
                    if (s.territory.owner(u.target) < 0 && siteAt(u.target) == null) u.release();
                }
                default -> u.release();
            }
        }
    }

    /** Completes the clearing group for {@code cell} from the nearest free units; false when none is left. */
    private boolean formGroup(List<RapidForceUnit> units, int cell, int size) {
        if (size <= 0) return false;
        int have = 0;
        for (RapidForceUnit u : units) if (u.task == RapidForceUnit.Task.CLEAR_AREA && u.target == cell) have++;
        int free = 0;
        for (RapidForceUnit u : units) if (!u.committed()) free++;
        if (have >= size) return true;
        if (free < size - have) return false;
        for (int k = have; k < size; k++) nearestFree(units, cell).assign(RapidForceUnit.Task.CLEAR_AREA, cell);
        return true;
    }

    /** Groups whose units all stand at their target fight; a win clears the ground (and leaves guards at a site). */
    private void fight(List<RapidForceUnit> units, int size) {
        List<Integer> done = new ArrayList<>();
        for (RapidForceUnit lead : new ArrayList<>(units)) {
            if (lead.task != RapidForceUnit.Task.CLEAR_AREA || done.contains(lead.target)) continue;
            int cell = lead.target;
            done.add(cell);
            List<RapidForceUnit> g = new ArrayList<>();
            boolean ready = true;
            double troops = 0;
            for (RapidForceUnit u : units) {
                if (u.task != RapidForceUnit.Task.CLEAR_AREA || u.target != cell) continue;
                g.add(u);
                troops += u.strength;
                ready &= u.atTarget();
            }
            if (!ready || g.size() < size) continue;
            CriticalSite site = siteAt(cell);
            int holder = s.territory.owner(cell);
            boolean won = holder < 0;
            if (holder >= 0) {
                s.force.engage(g);
                Engagement.Result r = battles.fight(cell, battles.forceSide(troops, false),
                        battles.gangSide(s.gangs.get(holder), site != null ? siteDefenceFactor : 1, true), -1, holder,
                        Tallies.SECURITY_OPERATIONS, true, Battles.Security.RAPID_FORCE, Battles.Security.HNP);
                won = r.aWon();
            }
            if (!won) continue;
            g.removeIf(u -> !s.force.units().contains(u));
            if (site != null) {
                ground.clearRadius(cell, siteClearRadius, -1);
                site.handedOver = false;
                for (int k = 0; k < g.size(); k++) {
                    if (k < s.force.settings().guardUnitsPerSite()) g.get(k).assign(RapidForceUnit.Task.GUARD_SITE, cell);
                    else g.get(k).release();
                }
            } else {
                ground.clearRadius(cell, s.ops.clearRadius(), holder); // the corridor escorts hold it from here
                for (RapidForceUnit u : g) u.release();
            }
        }
    }

    private RapidForceUnit nearestFree(List<RapidForceUnit> units, int cell) {
        RapidForceUnit best = null;
        double bd = 0;
        for (RapidForceUnit u : units) {
            // only units still on the day's default task: an escort picked for one stretch cannot cover another
            if (u.task != RapidForceUnit.Task.SUPPORT_HNP) continue;
            double d = u.cell < 0 ? 0 : ground.dist(u.cell, cell);
            if (best == null || d < bd) { best = u; bd = d; }
        }
        return best;
    }

    private static int count(List<RapidForceUnit> units, RapidForceUnit.Task task, int target) {
        int n = 0;
        for (RapidForceUnit u : units) if (u.task == task && u.target == target) n++;
        return n;
    }

    private CriticalSite siteAt(int cell) {
        for (CriticalSite site : s.sites) if (site.cell() == cell) return site;
        return null;
    }

    private List<CriticalSite> mandateSites() {
        List<CriticalSite> l = new ArrayList<>();
        for (CriticalSite site : new CriticalSite[] {s.port, s.airport, s.varreux}) if (site != null) l.add(site);
        return l;
    }

    /** Gang-held corridor cells from Varreux and the port, in route order, no two within the clearing radius. */
    private List<Integer> corridorTargets() {
        List<Integer> out = new ArrayList<>();
        for (CriticalSite site : new CriticalSite[] {s.varreux, s.port}) {
            if (site == null) continue;
            for (int[] route : s.supply.routesFrom(site.facility)) {
                for (int c : route) {
                    if (s.territory.owner(c) < 0) continue;
                    boolean near = false;
                    for (int t : out) if (ground.dist(t, c) <= s.ops.clearRadius()) { near = true; break; }
                    if (!near) out.add(c);
                }
            }
        }
        return out;
    }

}
