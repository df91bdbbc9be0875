package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.scenario.Param;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.List;

/**
 * The phased handover, from rapid-force units to the HNP ({@link Mandate#hnpCanHold}).
 * <p>Sites: a site a unit guards passes to the HNP once the HNP guards there, weighted by quality, are at
 * least {@code security.hold_ratio} times the threat (the attack {@link hsim.model.gangs.GangAttacks} would
 * mount: the strongest gang within {@code gangs.site_attack_reach_cells}, at
 * {@code gangs.site_attack_strength_factor} of its local strength) and at least {@code security.handover_min_guard_share} of a full site guard.
 * <p>Areas: a stretch of corridor a unit escorts ({@link CorridorSegments}) passes to the HNP when the HNP
 * can spare the officers it takes: at least {@code security.area_hold_officers}, and enough that officers
 * times quality are {@code security.hold_ratio} times the armed gang presence within vision of the stretch
 * (its worst cell). The unit is then free for operations. What the HNP can spare is
 * {@link PoliceForce#availableForHolding} of {@code security.hnp_holding_share} of its on-duty officers, less
 * what it already holds; when that shrinks, the last stretches handed over are given up first. This is the
 * limit on what a larger force leaves behind: corridor the HNP cannot hold stays tied to units, and is left
 * to the gangs when they go.
 */
public final class Handover implements Serializable {
    private static final long serialVersionUID = 2L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Deployment deployment;
    private final int threatRadius;
    private final double siteThreatFactor, minGuardShare, areaOfficers, holdingShare;

    public static List<Param> params() {
        return List.of(
                Param.number("security.handover_min_guard_share", 0.5, 0, 1, "share", "assumption",
                        "Least share of a full HNP site guard (hnp.guard_officers_per_site) that takes over a site"),
                Param.number("security.area_hold_officers", 30, 1, 5000, "officers", "assumption (a platoon-sized post)",
                        "HNP officers that take over and hold one area a rapid-force unit cleared"),
                Param.number("security.hnp_holding_share", 0.2, 0, 1, "share", "assumption",
                        "Most of the HNP's on-duty officers it can commit to holding ground handed over by the rapid force"));
    }

    public Handover(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
        this.threatRadius = s.scenario.integer("gangs.site_attack_reach_cells");
        this.siteThreatFactor = s.scenario.number("gangs.site_attack_strength_factor");
        this.minGuardShare = s.scenario.number("security.handover_min_guard_share");
        this.areaOfficers = s.scenario.number("security.area_hold_officers");
        this.holdingShare = s.scenario.number("security.hnp_holding_share");
    }

    void run(int day) {
        for (CriticalSite site : s.sites) {
            if (!site.foreignHeld || s.territory.owner(site.cell()) >= 0) continue;
            if (Mandate.hnpCanHold(deployment.hnpGuardsPerSite, s.hnp.quality(), threat(site.cell(), siteThreatFactor), s.ops.holdRatio(),
                    s.ops.guardOfficersPerSite() * minGuardShare)) {
                site.foreignHeld = false;
                site.handedOver = true;
                site.handedOverDay = day;
            }
        }
        // areas: drop those lost to gangs, then the newest beyond what the HNP can spare
        deployment.hnpAreas.removeIf(a -> s.territory.owner(a.cell()) >= 0);
        double capacity = capacity();
        while (!deployment.hnpAreas.isEmpty() && deployment.hnpAreaOfficers() > capacity + 1e-9) {
            deployment.hnpAreas.remove(deployment.hnpAreas.size() - 1);
        }
        List<int[]> segments = CorridorSegments.cut(CorridorSegments.openRoutes(s), s.force.settings().escortCellsPerUnit());
        for (RapidForceUnit u : s.force.units()) {
            if (u.task != RapidForceUnit.Task.ESCORT_CORRIDOR || !u.atTarget()) continue;
            int[] seg = null;
            for (int[] c : segments) if (CorridorSegments.middle(c) == u.target) { seg = c; break; }
            if (seg == null || deployment.hnpHolds(u.target)) continue;
            double presence = 0;
            for (int c : seg) presence = Math.max(presence, s.visionGang[c]);
            double threat = presence * s.ops.gangEffectivenessPerHour() / s.hnp.settings().effectivenessPerHour();
            double need = Math.max(areaOfficers, s.ops.holdRatio() * threat / Math.max(1e-9, s.hnp.quality()));
            if (capacity - deployment.hnpAreaOfficers() < need) continue;
            deployment.hnpAreas.add(new Deployment.HeldArea(u.target, seg.clone(), need, day));
            deployment.areasHandedOverCum++;
            u.release();
        }
    }

    /** Officers the HNP can spare today for holding handed-over areas. */
    double capacity() { return s.hnp.availableForHolding(s.ops.hnpOnDutyShare() * holdingShare); }

    /** The armed threat near a cell, in fully capable officer-equivalents. */
    private double threat(int cell, double factor) {
        int g = ground.strongestNear(cell, threatRadius);
        return g < 0 ? 0 : battles.gangSide(s.gangs.get(g), factor, false).fighters() * s.ops.gangEffectivenessPerHour()
                / s.hnp.settings().effectivenessPerHour();
    }
}
