package hsim.model.security;

import hsim.model.gangs.GangCell;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Special-force teams on a small hand-built world: targeting within reach, raids that fail and cost, raids that succeed. */
class SpecialForceTeamsTest {
    private static SecurityWorld world(String... extra) { return SecurityWorld.withSpecialForce(extra); }

    @Test
    void teamsRaidTheHighestExpectedValueWithinReach() {
        SecurityWorld w = world();
        assertTrue(w.s.gangs.size() >= 4);
        // the team's base is the airport at (5,10)
        GangCell far = w.gang(0, 50, 10, 900, 2);     // biggest, but 45 cells away: out of reach
        GangCell near = w.gang(1, 15, 10, 100, 2);    // 10 cells: value p * 100 / 10
        GangCell nearer = w.gang(2, 5, 15, 60, 2);    // 5 cells: value p * 60 / 5, the best
        GangCell leaderless = w.gang(3, 6, 12, 300, 1);
        leaderless.leaderPresent = false;             // no leader to raid
        SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
        raids.setLegitimacy(new double[w.s.gangs.size()]);
        SpecialForceTeam team = w.s.special.deploy(0, w.s.airport.cell()).get(0);
        boolean[] none = new boolean[w.s.gangs.size()];
        assertSame(nearer, raids.target(team, none));
        none[nearer.id] = true;
        assertSame(near, raids.target(team, none), "one raid per gang a day: the next best");
        // intelligence weighs in: residents of the near gang's ground talk, so its value wins
        double[] legit = new double[w.s.gangs.size()];
        legit[near.id] = 0.9;
        raids.setLegitimacy(legit);
        assertSame(near, raids.target(team, new boolean[w.s.gangs.size()]));
        none[near.id] = true;
        assertNull(raids.target(team, none), "nothing else within reach has a leader");
        assertTrue(far.alive);
    }

    @Test
    void raidsCanFailAndCostTheTeam() {
        // intelligence never finds the leader: every raid fails, yet each is a fight with the guard
        SecurityWorld w = world("special_force.success_no_intel=0", "special_force.success_full_intel=0",
                "special_force.raids_per_team_per_week=7", "special_force.raid_defender_share=1");
        GangCell g = w.gang(1, 15, 10, 400, 2);
        SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
        for (int d = 0; d < 3; d++) {
            w.s.rng.reset(d, 0, 11);
            raids.run(d);
        }
        SpecialForce sf = w.s.special;
        assertEquals(3, sf.raidsCum, 0, "one raid a day at a tempo of 7 a week");
        assertEquals(0, sf.raidsSucceededCum, 0);
        assertTrue(g.leaderPresent, "a failed raid leaves the leader");
        assertTrue(sf.killedCum > 0, "failed raids cost operators their lives");
        assertTrue(sf.teamList().get(0).strength < 20, "the losses land on the team: " + sf.teamList().get(0).strength);
    }

    @Test
    void anIntelligenceLedRaidOnAWeakGuardSucceedsAndCapturesInProportion() {
        int successes = 0;
        double capturedMin = Double.MAX_VALUE;
        for (int seed = 0; seed < 6; seed++) {
            SecurityWorld w = world("special_force.success_no_intel=1", "special_force.raid_defender_share=0.5");
            GangCell g = w.gang(1, 15, 10, 200, 2);
            SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
            w.s.rng.reset(seed, 0, 13);
            raids.run(0);
            SpecialForce sf = w.s.special;
            assertEquals(1, sf.raidsCum, 0);
            if (sf.raidsSucceededCum == 1) {
                successes++;
                assertFalse(g.leaderPresent, "a successful raid removes the leader");
                assertEquals(0, g.leaderLostDay, "through the gangs' leader-loss entry point");
                assertTrue(sf.capturedCum > 0, "members are captured");
                capturedMin = Math.min(capturedMin, sf.capturedCum);
            }
        }
        assertTrue(successes >= 4, "raids that find the leader against a weak guard mostly succeed: " + successes + " of 6");
        assertTrue(capturedMin < 10, "captures follow the fight, not a fixed 10: " + capturedMin);
    }

    @Test
    void containmentTiesTeamsAndPicksTheLargestGangInReach() {
        SecurityWorld w = world("special_force.operators=60", "special_force.containment_days=10", "special_force.teams_per_containment=2");
        GangCell small = w.gang(1, 15, 10, 100, 2);
        GangCell big = w.gang(2, 10, 15, 300, 2);
        GangCell outOfReach = w.gang(3, 55, 10, 2000, 2);
        SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
        for (int d = 0; d <= 4; d++) {
            w.s.rng.reset(d, 0, 17);
            raids.run(d); // the third team's first raid is staggered to day 4 (7 days x 2/3)
        }
        assertEquals(10, big.containedDays);
        assertEquals(0, small.containedDays + outOfReach.containedDays);
        long containing = w.s.special.teamList().stream().filter(t -> t.task == SpecialForceTeam.Task.CONTAIN).count();
        assertEquals(2, containing, "two teams contain; the third raids");
        assertEquals(1, w.s.special.raidsCum, 0);
    }
}
