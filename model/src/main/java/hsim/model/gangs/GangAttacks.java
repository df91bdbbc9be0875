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

import hsim.model.scenario.Param;

import java.io.Serializable;
import java.util.List;

/**
 * Gang attacks on state-held critical sites (the strongest gang within {@code gangs.site_attack_reach_cells},
 * at {@code gangs.site_attack_per_day}, with {@code gangs.site_attack_strength_factor} x its local strength
 * against the guards) and on police posts (the strongest gang within {@code gangs.post_attack_reach_cells},
 * at {@code gangs.police_post_attack_per_day}, against {@code gangs.post_defender_patrol_share} of the
 * station's patrolling squads). A won attack takes the ground around the target.
 */
public final class GangAttacks implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private final Deployment deployment;
    private final int siteReach, postReach, siteTaken, postTaken;
    private final double siteFactor, postPatrolShare;

    public static List<Param> params() {
        return List.of(
                Param.integer("gangs.site_attack_reach_cells", 15, 0, 1000, "cells", "assumption",
                        "The strongest gang with ground within this many cells of a state-held critical site may attack it"),
                Param.number("gangs.site_attack_strength_factor", 1.5, 0, 10, "1",
                        "assumption (gangs mass their fighters for an attack on a site)",
                        "Factor on the attacking gang's local strength against a critical site's guards"),
                Param.integer("gangs.post_attack_reach_cells", 6, 0, 1000, "cells", "assumption",
                        "The strongest gang with ground within this many cells of a police post may attack it"),
                Param.number("gangs.post_defender_patrol_share", 0.3, 0, 1, "share", "assumption",
                        "Share of a station's patrol officers that defend its post against an attack"),
                Param.integer("gangs.site_taken_radius_cells", 3, 0, 100, "cells", "assumption",
                        "Ground around a critical site that a gang takes when its attack wins"),
                Param.integer("gangs.post_taken_radius_cells", 2, 0, 100, "cells", "assumption",
                        "Ground around a police post that a gang takes when its attack wins"));
    }

    public GangAttacks(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
        this.siteReach = s.scenario.integer("gangs.site_attack_reach_cells");
        this.siteFactor = s.scenario.number("gangs.site_attack_strength_factor");
        this.postReach = s.scenario.integer("gangs.post_attack_reach_cells");
        this.postPatrolShare = s.scenario.number("gangs.post_defender_patrol_share");
        this.siteTaken = s.scenario.integer("gangs.site_taken_radius_cells");
        this.postTaken = s.scenario.integer("gangs.post_taken_radius_cells");
    }

    void run(long hour) {
        s.streams.reset(Stream.GANG_ATTACKS, 2, hour);
        for (CriticalSite site : s.sites) {
            if (s.territory.owner(site.cell()) >= 0) continue;
            int g = ground.strongestNear(site.cell(), siteReach);
            if (g < 0 || s.rng.nextDouble() >= s.ops.siteAttackPerDay()) continue;
            Engagement.Side def = site.foreignHeld ? battles.forceSide(s.force.engageGuardsAt(site.cell()), true)
                    : battles.hnpSide(deployment.hnpGuardsPerSite(), site.cell(), true);
            Engagement.Result r = battles.fight(site.cell(), battles.gangSide(s.gangs.get(g), siteFactor, false), def, g, -1,
                    Tallies.GANG_ATTACKS, false, Battles.Security.HNP,
                    site.foreignHeld ? Battles.Security.RAPID_FORCE : Battles.Security.HNP);
            if (r.aWon()) {
                ground.setRadius(site.cell(), siteTaken, g);
                site.foreignHeld = false;
            }
        }
        for (Facility st : s.stations) {
            double perStation = 0; // the on-duty officers of the station's squads on patrol (yesterday's tasking)
            for (Deployment.Patrol p : deployment.patrols()) if (p.station() == st) perStation += p.officers();
            if (s.territory.owner(st.cell()) >= 0) continue;
            int g = ground.strongestNear(st.cell(), postReach);
            if (g < 0 || s.rng.nextDouble() >= s.ops.postAttackPerDay()) continue;
            Engagement.Result r = battles.fight(st.cell(), battles.gangSide(s.gangs.get(g), 1, false), battles.hnpSide(perStation * postPatrolShare, st.cell(), true),
                    g, -1, Tallies.GANG_ATTACKS, false, Battles.Security.HNP, Battles.Security.HNP);
            if (r.aWon()) ground.setRadius(st.cell(), postTaken, g);
        }
    }
}
