package hsim.model.security;

import hsim.model.city.Facility;
import hsim.model.scenario.Param;
import hsim.model.world.BoxSum;
import hsim.model.world.CriticalSite;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Security presence per cell (officer-equivalents, weighted by HNP quality or the troop equivalent) and
 * its sum within vision, which civilians, the arrest rule, gang expansion and reinfiltration read:
 * the on-duty officers of HNP squads on patrol spread within {@code hnp.patrol_radius_cells} of their state-held
 * home station, HNP responders around the cell they went to, HNP guards within {@code hnp.guard_radius_cells}
 * of state-held critical sites, HNP posts along handed-over stretches of corridor, and each rapid-force unit
 * where its task puts it: guards within {@code rapid_force.guard_radius_cells} of their site, clearing units
 * over the clearing radius around their cell, escorting and supporting units spread along the corridors from
 * open sites.
 */
public final class SecurityPresence implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Deployment deployment;
    private final int patrolRadius;
    private final int responderRadius, hnpGuardRadius, forceGuardRadius;

    public static List<Param> params() {
        return List.of(Param.integer("hnp.patrol_radius_cells", 12, 0, 100, "cells", "assumption (~1.2 km)",
                        "Radius around a police station that its patrols cover"),
                Param.integer("hnp.guard_radius_cells", 3, 0, 100, "cells", "assumption (~300 m perimeter)",
                        "Radius around a state-held critical site that its HNP guards cover"),
                Param.integer("rapid_force.guard_radius_cells", 4, 0, 100, "cells", "assumption (~400 m perimeter)",
                        "Radius around a critical site that its rapid-force guards cover"));
    }

    public SecurityPresence(MetroState s, Deployment deployment) {
        this.s = s;
        this.deployment = deployment;
        this.patrolRadius = (int) s.scenario.integer("hnp.patrol_radius_cells");
        this.responderRadius = (int) s.scenario.integer("hnp.responder_radius_cells");
        this.hnpGuardRadius = (int) s.scenario.integer("hnp.guard_radius_cells");
        this.forceGuardRadius = (int) s.scenario.integer("rapid_force.guard_radius_cells");
    }

    /** Rebuilds the presence map and records in the {@link Deployment} where the forces stand. */
    public void rebuild() {
        float[] secPresence = s.secPresence;
        java.util.Arrays.fill(secPresence, 0);
        deployment.clearPresence();
        double q = s.hnp.quality();
        // the parts are separate methods so that this one, run once a day, is never compiled whole with all of them inlined
        patrols();
        sites(q);
        heldAreas(q);
        forceUnits();
        BoxSum.apply(secPresence, s.visionSec, s.width, s.height, s.ops.visionCells());
    }

    /** HNP squads on patrol around their state-held station, and responders at the cells they went to. */
    private void patrols() {
        // before the first tasking a station's squads are on their beat at the patrol share
        double share = s.ops.hnpOnDutyShare();
        int nst = s.hnp.stations().size();
        double[] patrolOfficers = new double[nst], patrolEq = new double[nst];
        for (Squad sq : s.hnp.squads()) {
            double on = sq.onDuty(share) * (sq.task() == null ? s.ops.hnpPatrolShare() : 1);
            if (sq.task() == null || sq.task() == Tasking.Duty.PATROL) {
                patrolOfficers[sq.station] += on;
                patrolEq[sq.station] += on * s.hnp.quality(sq);
            } else if (sq.task() == Tasking.Duty.RESPOND && s.territory.owner(sq.cell()) < 0) {
                spread(sq.cell(), responderRadius, on * s.hnp.quality(sq));
            }
        }
        for (int k = 0; k < nst; k++) {
            Facility st = s.hnp.stations().get(k).facility();
            if (s.territory.owner(st.cell()) >= 0) continue;
            spread(st.cell(), patrolRadius, patrolEq[k]);
            deployment.patrol(st, patrolOfficers[k]);
        }
    }

    /** HNP guards and rapid-force guards at the state-held critical sites. */
    private void sites(double q) {
        for (CriticalSite site : s.sites) {
            if (s.territory.owner(site.cell()) >= 0) continue;
            spread(site.cell(), hnpGuardRadius, deployment.hnpGuardsPerSite * q);
            double guards = 0;
            for (RapidForceUnit u : s.force.units()) {
                if (u.task == RapidForceUnit.Task.GUARD_SITE && u.target == site.cell() && u.atTarget()) guards += u.strength;
            }
            if (guards > 0) {
                spread(site.cell(), forceGuardRadius, guards * s.troopEquivalent());
                deployment.guard(site.name, site.facility, guards);
            }
        }
    }

    /** HNP posts on the handed-over stretches of corridor. */
    private void heldAreas(double q) {
        float[] secPresence = s.secPresence;
        for (Deployment.HeldArea a : deployment.hnpAreas()) {
            int n = 0;
            for (int c : a.cells()) if (s.territory.owner(c) < 0) n++;
            for (int c : a.cells()) if (s.territory.owner(c) < 0) secPresence[c] += (float) (a.officers() * q / n);
        }
    }

    /** Rapid-force units clearing, escorting and supporting. */
    private void forceUnits() {
        float[] secPresence = s.secPresence;
        double free = 0;
        for (RapidForceUnit u : s.force.units()) {
            switch (u.task) {
                case CLEAR_AREA -> spread(u.cell, s.ops.clearRadius(), u.strength * s.troopEquivalent());
                case ESCORT_CORRIDOR, SUPPORT_HNP -> free += u.strength;
                default -> { }
            }
        }
        if (free > 0) {
            double maneuver = free * s.troopEquivalent();
            List<int[]> routes = CorridorSegments.openRoutes(s);
            int total = 0;
            for (int[] r : routes) total += r.length;
            if (total > 0) deployment.escortCorridors(routes, free);
            if (total > 0) for (int[] r : routes) for (int c : r) if (s.territory.owner(c) < 0) secPresence[c] += (float) (maneuver / total);
        }
    }

    /** Spreads {@code amount} evenly over the state-held land cells within r of center. */
    private void spread(int center, int r, double amount) {
        if (amount <= 0) return;
        int width = s.width, height = s.height;
        int cx = center % width, cy = center / width, n = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                    int c = y * width + x;
                    if (!s.city.isLand(c) || s.territory.owner(c) >= 0 || (x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
                    if (pass == 0) n++;
                    else s.secPresence[c] += (float) (amount / n);
                }
            }
            if (n == 0) return;
        }
    }
}
