package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Tallies;

import java.io.Serializable;

/**
 * The special force's day: Poisson(raids per day) raids on the largest gang whose leader is present.
 * A raid succeeds with a chance set by intelligence (the mean legitimacy of the civilians on the
 * gang's ground, measured at the end of the previous security day): the leader is removed (cohesion
 * drops) with 10 members and 20 weapons; a failed raid becomes a fight. Containment isolates the
 * largest gang for {@code special_force.containment_days} whenever none is contained.
 */
public final class SpecialForceRaids implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;
    private double[] gangLegitimacy = new double[0];
    private final Deployment deployment;

    public SpecialForceRaids(MetroState s, Ground ground, Battles battles, Deployment deployment) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
        this.deployment = deployment;
    }

    void run(int day) {
        deployment.clearRaids();
        SpecialForce special = s.special;
        if (!special.active(day)) return;
        int raids = (int) Engagement.poisson(special.raidsPerDay(day), s.rng::nextDouble);
        for (int k = 0; k < raids; k++) {
            GangCell target = null;
            for (GangCell g : s.gangs) {
                if (!g.alive || !g.leaderPresent) continue;
                if (target == null || g.members > target.members) target = g;
            }
            if (target == null) break;
            deployment.raided(target.id);
            special.raidsCum++;
            double intel = special.intelligence(target.id < gangLegitimacy.length ? gangLegitimacy[target.id] : 0);
            if (s.rng.nextDouble() < special.raidSuccess(intel)) {
                s.territory.leaderLost(target, day);
                target.members = Math.max(0, target.members - 10);
                target.weapons = Math.max(0, target.weapons - 20);
                special.raidsSucceededCum++;
                special.leadersRemovedCum++;
                ground.addViolence(target.baseCell, 0.2, 2);
            } else {
                Engagement.Side sf = new Engagement.Side(special.settings().teamSize(), special.settings().effectivenessPerHour(), 0.3, 0.9);
                battles.fight(target.baseCell, sf, battles.gangSide(target, 1, true), -1, target.id, Tallies.SECURITY_OPERATIONS,
                        true, Battles.Security.SPECIAL_FORCE, Battles.Security.HNP);
            }
        }
        // containment: isolate the largest gang that is not yet contained
        boolean any = false;
        for (GangCell g : s.gangs) if (g.alive && g.containedDays > 0) any = true;
        if (!any && special.settings().containmentDays() > 0) {
            GangCell big = null;
            for (GangCell g : s.gangs) if (g.alive && (big == null || g.members > big.members)) big = g;
            if (big != null) big.containedDays = special.settings().containmentDays();
        }
    }

    /** Mean legitimacy of the civilians living in each gang's territory: tomorrow's intelligence. */
    void updateIntelligence() {
        int n = s.gangs.size();
        Civilians civ = s.civ;
        double[] sum = new double[n], cnt = new double[n];
        for (int i = 0; i < civ.size(); i++) {
            if (!civ.alive(i)) continue;
            int o = s.territory.owner(civ.cell(i));
            if (o < 0) continue;
            sum[o] += civ.legitimacy(i);
            cnt[o]++;
        }
        gangLegitimacy = new double[n];
        for (int i = 0; i < n; i++) gangLegitimacy[i] = cnt[i] > 0 ? sum[i] / cnt[i] : 0;
    }
}
