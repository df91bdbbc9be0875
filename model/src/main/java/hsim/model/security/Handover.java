package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;

import java.io.Serializable;

/**
 * The phased handover: the rapid force hands a site it guards to the HNP once the HNP guards there,
 * weighted by quality, are at least {@code security.hold_ratio} times the threat from the strongest gang
 * within 15 cells ({@link Mandate#hnpCanHold}).
 */
public final class Handover implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Deployment deployment;

    public Handover(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
    }

    void run(int day) {
        for (CriticalSite site : s.sites) {
            if (!site.foreignHeld || s.territory.owner(site.cell()) >= 0) continue;
            int g = ground.strongestNear(site.cell(), 15);
            double threat = g < 0 ? 0 : battles.gangSide(s.gangs.get(g), 1.5, false).fighters() * s.ops.gangEffectivenessPerHour()
                    / s.hnp.settings().effectivenessPerHour();
            if (Mandate.hnpCanHold(deployment.hnpGuardsPerSite, s.hnp.quality(), threat, s.ops.holdRatio(), s.ops.guardOfficersPerSite() * 0.5)) {
                site.foreignHeld = false;
                site.handedOver = true;
                site.handedOverDay = day;
            }
        }
    }
}
