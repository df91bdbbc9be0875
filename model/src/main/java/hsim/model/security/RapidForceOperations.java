package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Tallies;

import java.io.Serializable;

/**
 * The rapid force's operations in the mandate's order ({@link Mandate#current}): secure the port, the
 * airport and Varreux (a state-held site is taken over without a fight, a gang-held one needs a won
 * operation at x1.5 defender strength), then open the corridors from Varreux and the port cell by cell;
 * whatever is left supports HNP operations. At most {@code rapid_force.operations_per_day} operations.
 */
public final class RapidForceOperations implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Deployment deployment;

    public RapidForceOperations(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
    }

    /** Runs the day's operations with {@code maneuver} troops; returns the troops left for joint operations. */
    double run(double maneuver) {
        int opsLeft = (int) s.ops.forceOpsPerDay();
        while (opsLeft > 0 && maneuver >= 1) {
            Mandate.Task task = Mandate.current(secured(s.port), secured(s.airport), secured(s.varreux), deployment.corridorsOpen);
            CriticalSite target = switch (task) {
                case SECURE_PORT -> s.port;
                case SECURE_AIRPORT -> s.airport;
                case SECURE_VARREUX -> s.varreux;
                default -> null;
            };
            if (target != null) {
                int holder = s.territory.owner(target.cell());
                if (holder < 0) {
                    target.foreignHeld = true;
                    continue; // taking over the guard of a state-held site costs no operation
                }
                double troops = Math.min(maneuver, s.ops.forceOpSize());
                Engagement.Result r = battles.fight(target.cell(), battles.forceSide(troops, false),
                        battles.gangSide(s.gangs.get(holder), 1.5, true), -1, holder, Tallies.SECURITY_OPERATIONS, true,
                        Battles.Security.RAPID_FORCE, Battles.Security.HNP);
                opsLeft--;
                if (r.aWon()) {
                    ground.clearRadius(target.cell(), 6, -1);
                    target.foreignHeld = true;
                    maneuver -= s.ops.forceTroopsPerSite();
                }
                continue;
            }
            if (task == Mandate.Task.OPEN_CORRIDORS) {
                int cell = gangCellOnCorridors();
                if (cell < 0) { deployment.corridorsOpen = true; continue; }
                int holder = s.territory.owner(cell);
                Engagement.Result r = battles.fight(cell, battles.forceSide(Math.min(maneuver, s.ops.forceOpSize()), false),
                        battles.gangSide(s.gangs.get(holder), 1, true), -1, holder, Tallies.SECURITY_OPERATIONS, true,
                        Battles.Security.RAPID_FORCE, Battles.Security.HNP);
                opsLeft--;
                if (r.aWon()) ground.clearRadius(cell, s.ops.clearRadius(), holder);
                continue;
            }
            break; // SUPPORT_HNP: the rest joins HNP operations
        }
        if (deployment.corridorsOpen && gangCellOnCorridors() >= 0) deployment.corridorsOpen = false;
        return maneuver;
    }

    private boolean secured(CriticalSite site) {
        return site == null || s.territory.owner(site.cell()) < 0 && (site.foreignHeld || site.handedOver);
    }

    /** The first gang-held cell on the routes from Varreux and the port, or -1. */
    private int gangCellOnCorridors() {
        for (CriticalSite site : new CriticalSite[] {s.varreux, s.port}) {
            if (site == null) continue;
            for (int[] route : s.supply.routesFrom(site.facility)) for (int c : route) if (s.territory.owner(c) >= 0) return c;
        }
        return -1;
    }
}
