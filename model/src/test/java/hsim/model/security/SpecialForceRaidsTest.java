package hsim.model.security;

import hsim.model.gangs.GangCell;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Special-force raids on the 60 x 20 {@link SecurityWorld} (teams based at the airport, (5,10)): intelligence from the
 * residents of a gang's ground, teams too weak to raid, and what a successful raid leaves behind.
 */
class SpecialForceRaidsTest {
    private static SecurityWorld world(String... extra) { return SecurityWorld.withSpecialForce(extra); }

    /** n residents at (x, y) with the given legitimacy; returns the first one's id. */
    private static int residents(SecurityWorld w, int n, int x, int y, float legitimacy) {
        int first = w.s.civ.size();
        for (int k = 0; k < n; k++) w.s.civ.add(w.cell(x, y), 0.5f, legitimacy, 0.5f);
        return first;
    }

    @Test
    void theGangWhoseResidentsTrustTheStateIsRaidedFirst() {
        for (boolean firstTalks : new boolean[] {true, false}) {
            SecurityWorld w = world();
            // both 10 cells from the airport; on a tie in value the lower id (a) would be raided
            GangCell a = w.gang(0, 15, 10, 100, 2), b = w.gang(1, 5, 0, 100, 2);
            residents(w, 5, 15, 10, firstTalks ? 0.9f : 0.2f);
            residents(w, 5, 5, 0, firstTalks ? 0.2f : 0.9f);
            residents(w, 50, 30, 10, 1f); // on state ground: nobody's intelligence
            int dead = residents(w, 20, firstTalks ? 5 : 15, firstTalks ? 0 : 10, 1f);
            for (int i = dead; i < dead + 20; i++) w.s.civ.set(i, hsim.model.people.Civilians.ALIVE, false); // the dead tell nothing
            SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
            raids.updateIntelligence();
            SpecialForceTeam team = w.s.special.deploy(0, w.s.airport.cell()).get(0);
            assertSame(firstTalks ? a : b, raids.target(team, new boolean[w.s.gangs.size()]), "first talks: " + firstTalks);
        }
    }

    @Test
    void aTeamBelowHalfItsSizeRefitsInsteadOfRaiding() {
        SecurityWorld w = world();
        w.gang(1, 15, 10, 100, 2);
        SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
        SpecialForceTeam team = w.s.special.deploy(0, w.s.airport.cell()).get(0);
        team.strength = 9;
        raids.run(0);
        assertEquals(SpecialForceTeam.Task.REFIT, team.task);
        assertEquals(0, w.s.special.raidsCum, 0);
        assertTrue(w.deployment.raidTargets().isEmpty());
        team.strength = 10;
        raids.run(1);
        assertEquals(1, w.s.special.raidsCum, 0, "at half its size it raids");
        assertEquals(List.of(1), w.deployment.raidTargets());
        assertEquals(1 + 7, team.readyDay, "next raid a week later at one a week");
        raids.run(2);
        assertTrue(w.deployment.raidTargets().isEmpty(), "yesterday's raids are forgotten");
    }

    @Test
    void aSuccessfulRaidTakesCapturedMembersWithTheirGunsAndLeavesViolenceOverItsRadius() {
        boolean seen = false;
        for (int seed = 0; seed < 10 && !seen; seed++) {
            SecurityWorld w = world("special_force.success_no_intel=1", "special_force.raid_defender_share=0.1",
                    "special_force.raid_violence_radius_cells=4", "special_force.raid_violence=0.3");
            GangCell g = w.gang(1, 15, 10, 200, 1);
            g.weapons = 100; // half the members armed
            SpecialForceRaids raids = new SpecialForceRaids(w.s, w.ground, w.battles, w.deployment);
            w.s.rng.reset(seed, 0, 13);
            raids.run(0);
            SpecialForce sf = w.s.special;
            if (sf.raidsSucceededCum == 0) continue;
            seen = true;
            double captured = sf.capturedCum;
            assertTrue(captured > 0);
            // the guard's fallen took 0.4 guns each; the captured take their share of what is left
            double fallen = (200 - (g.members + captured)) / (0.4 + 0.25 * 0.6);
            double gunsBefore = 100 - 0.4 * fallen, membersBefore = g.members + captured;
            assertEquals(gunsBefore * (1 - captured / membersBefore), g.weapons, 1e-6);
            assertEquals(1, sf.leadersRemovedCum, 0);
            assertEquals(0.3, w.s.violence[w.cell(19, 10)], 1e-6, "4 cells out: the raid's violence only");
            assertEquals(0, w.s.violence[w.cell(20, 10)], 0, "5 cells out: none");
        }
        assertTrue(seen, "a raid that finds the leader against a tenth of 200 succeeds in 10 tries");
    }
}
