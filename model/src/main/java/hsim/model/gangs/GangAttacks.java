package hsim.model.gangs;

import hsim.model.city.Facility;
import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.security.Deployment;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;
import hsim.model.world.Tallies;

import java.io.Serializable;

/**
 * Gang attacks on state-held critical sites (the strongest gang within 15 cells, at
 * {@code gangs.site_attack_per_day}, with x1.5 of its local strength against the guards) and on police
 * posts (the strongest gang within 6 cells, at {@code gangs.police_post_attack_per_day}, against 30 %
 * of the station's patrolling squads). A won attack takes the ground around the target.
 */
public final class GangAttacks implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Deployment deployment;

    public GangAttacks(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
    }

    void run(long hour) {
        s.streams.reset(Stream.GANG_ATTACKS, 2, hour);
        for (CriticalSite site : s.sites) {
            if (s.territory.owner(site.cell()) >= 0) continue;
            int g = ground.strongestNear(site.cell(), 15);
            if (g < 0 || s.rng.nextDouble() >= s.ops.siteAttackPerDay()) continue;
            Engagement.Side def = site.foreignHeld ? battles.forceSide(s.ops.forceTroopsPerSite(), true)
                    : battles.hnpSide(deployment.hnpGuardsPerSite(), true);
            Engagement.Result r = battles.fight(site.cell(), battles.gangSide(s.gangs.get(g), 1.5, false), def, g, -1,
                    Tallies.GANG_ATTACKS, false, Battles.Security.HNP,
                    site.foreignHeld ? Battles.Security.RAPID_FORCE : Battles.Security.HNP);
            if (r.aWon()) {
                ground.setRadius(site.cell(), 3, g);
                site.foreignHeld = false;
            }
        }
        for (Facility st : s.stations) {
            double perStation = 0; // the on-duty officers of the station's squads on patrol (yesterday's tasking)
            for (Deployment.Patrol p : deployment.patrols()) if (p.station() == st) perStation += p.officers();
            if (s.territory.owner(st.cell()) >= 0) continue;
            int g = ground.strongestNear(st.cell(), 6);
            if (g < 0 || s.rng.nextDouble() >= s.ops.postAttackPerDay()) continue;
            Engagement.Result r = battles.fight(st.cell(), battles.gangSide(s.gangs.get(g), 1, false), battles.hnpSide(perStation * 0.3, true),
                    g, -1, Tallies.GANG_ATTACKS, false, Battles.Security.HNP, Battles.Security.HNP);
            if (r.aWon()) ground.setRadius(st.cell(), 2, g);
        }
    }
}
