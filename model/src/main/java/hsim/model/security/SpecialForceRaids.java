package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Tallies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The special force's day, team by team in id order ({@link SpecialForceTeam}).
 * <p>Containment: while no gang is contained, the first {@code special_force.teams_per_containment} fit
 * teams (at no less than {@code special_force.min_team_share} of their size) isolate the largest gang whose base is within {@code special_force.reach_cells} of their base for
 * {@code special_force.containment_days}.
 * <p>Targeting: every other fit team whose raid interval has passed raids the gang with the highest expected value
 * {@code P(find leader | intelligence) x members / max(1, distance in cells)} among living gangs whose leader is present, whose base is
 * within reach of the team's base and which no team raided today (ties: lower gang id). Intelligence is the
 * mean legitimacy of the civilians on the gang's ground at the end of the previous security day.
 * <p>A raid: the team finds the leader with {@link SpecialForce#raidSuccess}(intelligence), and fights the
 * gang's guard ({@code special_force.raid_defender_share} of its local strength) in an {@link Engagement};
 * casualties land on the team. A raid succeeds when the leader was found and the team broke the guard:
 * the leader is lost ({@code Territory.leaderLost}; the gangs package owns what follows) and, beyond the
 * guard's casualties, {@code special_force.captured_per_casualty} members per casualty are captured with
 * their weapons.
 */
public final class SpecialForceRaids implements Serializable {
    private static final long serialVersionUID = 2L;
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

    /** The teams' base: the airport (or the first critical site, or cell 0 on a map without one). */
    private int base() {
        if (s.airport != null) return s.airport.cell();
        return s.sites.isEmpty() ? 0 : s.sites.get(0).cell();
    }

    void run(int day) {
        deployment.clearRaids();
        SpecialForce special = s.special;
        List<SpecialForceTeam> teams = special.deploy(day, base());
        if (teams.isEmpty()) return;
        SpecialForce.Settings set = special.settings();
        boolean anyContained = false;
        for (GangCell g : s.gangs) if (g.alive && g.containedDays > 0) anyContained = true;
        List<SpecialForceTeam> fit = new ArrayList<>();
        for (SpecialForceTeam t : teams) {
            if (t.task == SpecialForceTeam.Task.CONTAIN && day < t.containUntil) continue;
            boolean ok = t.strength >= set.minTeamShare() * set.teamSize();
            t.task = ok ? SpecialForceTeam.Task.READY : SpecialForceTeam.Task.REFIT;
            t.cell = t.base;
            if (ok) fit.add(t);
        }
        if (!anyContained && set.containmentDays() > 0 && fit.size() >= set.teamsPerContainment()) {
            GangCell big = null;
            for (GangCell g : s.gangs) {
                if (!g.alive || ground.dist(base(), g.baseCell) > set.reachCells()) continue;
                if (big == null || g.members > big.members) big = g;
            }
            if (big != null) {
                big.containedDays = set.containmentDays();
                for (int k = 0; k < set.teamsPerContainment(); k++) {
                    SpecialForceTeam t = fit.remove(0);
                    t.task = SpecialForceTeam.Task.CONTAIN;
                    t.containUntil = day + set.containmentDays();
                    t.cell = big.baseCell;
                }
            }
        }
        List<SpecialForceTeam> ready = new ArrayList<>();
        for (SpecialForceTeam t : fit) if (day >= t.readyDay) ready.add(t);
        boolean[] raidedToday = new boolean[s.gangs.size()];
        for (SpecialForceTeam t : ready) {
            GangCell target = target(t, raidedToday);
            if (target == null) continue;
            raidedToday[target.id] = true;
            raid(t, target, day);
        }
    }

    /** The documented targeting rule: highest P(find leader) x members / max(1, distance) within reach. */
    GangCell target(SpecialForceTeam t, boolean[] raidedToday) {
        GangCell best = null;
        double bestValue = 0;
        for (GangCell g : s.gangs) {
            if (!g.alive || !g.leaderPresent || raidedToday[g.id]) continue;
            double d = ground.dist(t.base, g.baseCell);
            if (d > s.special.settings().reachCells()) continue;
            double v = s.special.raidSuccess(intelligence(g)) * g.members / Math.max(1, d);
            if (best == null || v > bestValue) { best = g; bestValue = v; }
        }
        return best;
    }

    private double intelligence(GangCell g) {
        return s.special.intelligence(g.id < gangLegitimacy.length ? gangLegitimacy[g.id] : 0);
    }

    private void raid(SpecialForceTeam t, GangCell target, int day) {
        SpecialForce special = s.special;
        SpecialForce.Settings set = special.settings();
        deployment.raided(target.id);
        special.raidsCum++;
        t.task = SpecialForceTeam.Task.RAID;
        t.cell = target.baseCell;
        t.readyDay = day + set.raidIntervalDays();
        boolean found = s.rng.nextDouble() < special.raidSuccess(intelligence(target));
        Engagement.Side team = new Engagement.Side(t.strength, set.effectivenessPerHour(), set.raidCover(), set.roeRestraint());
        special.engage(t);
        Engagement.Result r = battles.fight(target.baseCell, team, battles.gangSide(target, set.raidDefenderShare(), true), -1, target.id,
                Tallies.SECURITY_OPERATIONS, true, Battles.Security.SPECIAL_FORCE, Battles.Security.HNP);
        special.engage(null);
        if (!found || !r.aWon()) return;
        s.territory.leaderLost(target, day);
        double captured = Math.min(target.members, r.lossesB() * set.capturedPerCasualty());
        double perMember = target.members > 0 ? target.weapons / target.members : 0;
        s.membership.arrested(target, captured); // the gangs' bookkeeping: members leave, agents go to jail
        target.weapons = Math.max(0, target.weapons - captured * perMember);
        special.capturedCum += captured;
        special.raidsSucceededCum++;
        special.leadersRemovedCum++;
        ground.addViolence(target.baseCell, set.raidViolence(), set.raidViolenceRadius());
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

    /** Sets tomorrow's intelligence by gang id directly (tests on hand-built worlds). */
    void setLegitimacy(double[] byGang) { gangLegitimacy = byGang.clone(); }
}
