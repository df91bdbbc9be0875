package hsim.model.gangs;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.security.HnpLosses;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.StartingConditions;
import hsim.model.world.Tallies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Gang cells on small hand-built worlds: succession or splintering after a leader's loss, who takes the
 * ground of a dissolved cell, and members and casualties as agents.
 */
class GangCellsTest {
    /** A w x h all-land city (100 residents a cell) with {@code gangs} gangs whose ground the test sets by hand. */
    static final class World {
        final MetroState s;
        final Ground ground;
        final GangGround gangGround;
        final ContestedGround contested;
        final Leadership leadership;

        World(int w, int h, int gangs, double ppa, String... overrides) {
            ScenarioLoader l = ModelCatalog.loader();
            List<String> o = new ArrayList<>(List.of("run.people_per_agent=" + ppa, "gangs.count_metro=" + gangs,
                    "gangs.initial_control_share=0", "people.initial_displaced_people=0", "cholera.initial_infected_people=0"));
            o.addAll(Arrays.asList(overrides));
            Scenario sc = l.override(l.load("baseline"), o);
            City city = City.builder(w, h).facility("wp", FacilityKind.WATER_POINT, 0, h - 1)
                    .facility("market", FacilityKind.MARKET, w - 1, h - 1).build();
            s = new MetroState(sc, city, new Civilians(0, ppa), 7);
            Arrays.fill(s.territory.owners(), Territory.STATE);
            ground = new Ground(s);
            gangGround = new GangGround(s);
            contested = new ContestedGround(s, gangGround);
            leadership = new Leadership(s, Leadership.from(sc), gangGround, ground, contested);
        }

        /** Gives gang g the rectangle [x0, x1] x [y0, y1], base at its first cell, with members and arms. */
        GangCell hold(int g, int x0, int y0, int x1, int y1, double members) {
            GangCell c = s.gangs.get(g);
            for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) s.territory.set(y * s.width + x, g);
            c.baseCell = y0 * s.width + x0;
            c.members = members;
            c.weapons = members;
            c.ammunition = members * 300;
            return c;
        }

        /** Populates the world and enlists the starting members (StartingConditions), then indexes the ground. */
        World start() {
            StartingConditions.apply(s, ground);
            gangGround.rebuild();
            return this;
        }

        int owned(int g) { int n = 0; for (int o : s.territory.owners()) if (o == g) n++; return n; }
    }

    @Test
    void aLeaderlessGangFindsASuccessorAfterTheDelayAndKeepsItsGround() {
        World w = new World(12, 12, 1, 1, "gangs.succession_probability=1", "gangs.succession_delay_days=10").start();
        GangCell g = w.hold(0, 0, 0, 11, 5, 200);
        w.gangGround.rebuild();
        w.s.territory.leaderLost(g, 3);
        double cohesion = g.cohesion;
        assertEquals("succession", GangUnits.task(g, 3));
        w.s.territory.recover(g);
        assertEquals(cohesion, g.cohesion, 0, "no recovery without a leader");
        w.leadership.run(1, 12, 12 * 24);
        assertFalse(g.leaderPresent, "no successor before the delay is over");
        w.leadership.run(1, 13, 13 * 24);
        assertTrue(g.leaderPresent, "a successor after the delay");
        assertEquals(1, w.s.gangs.size(), "no splinters");
        assertEquals(72, w.owned(0));
        assertEquals(1, w.s.tallies.successionsCum());
        w.s.territory.recover(g);
        assertTrue(g.cohesion > cohesion, "cohesion recovers under the successor");
    }

    @Test
    void aLeaderlessGangWithoutSuccessorSplintersIntoRivalCellsThatShareItsGroundAndMembers() {
        World w = new World(12, 12, 1, 1, "gangs.succession_probability=0", "gangs.succession_delay_days=0",
                "gangs.splinter_cells=3", "gangs.min_members=10");
        GangCell g = w.hold(0, 0, 0, 11, 5, 200);
        w.start();
        int agents = w.s.membership.agentsOf(0);
        assertEquals(200, agents, "at 1:1 each member is an agent");
        w.s.territory.leaderLost(g, 0);
        w.leadership.run(1, 0, 0);
        assertEquals(3, w.s.gangs.size(), "three splinter cells");
        double members = 0;
        int cells = 0, memberAgents = 0;
        for (GangCell c : w.s.gangs) {
            assertTrue(c.alive && c.leaderPresent, c + " has its own leader");
            assertEquals(0, c.lineage);
            assertTrue(w.owned(c.id) > 10, c + " holds part of the ground");
            assertEquals(c.id, w.s.territory.owner(c.baseCell), "its base is on its ground");
            members += c.members;
            cells += w.owned(c.id);
            memberAgents += w.s.membership.agentsOf(c.id);
            for (int a : w.s.membership.agentIds(c.id)) assertEquals(c.id, w.s.civ.gang(a), "agent " + a + " carries his cell's id");
        }
        assertEquals(200, members, 1e-9, "members are shared out");
        assertEquals(72, cells, "the ground is shared out");
        // agents follow the splinter nearest to them; a cell keeps at most ceil(its members) of them
        assertTrue(memberAgents >= 180 && memberAgents <= 200, "member agents follow their cells: " + memberAgents);
        assertTrue(w.s.gangs.get(1).rivalOf(w.s.gangs.get(2)) && g.rivalOf(w.s.gangs.get(1)),
                "splinters of one gang are rivals even within a coalition");
        assertFalse(new GangCell(9, "x", Coalition.G9, 0, 1, 1, 0, 0).rivalOf(new GangCell(8, "y", Coalition.G9, 0, 1, 1, 0, 0)));
        assertTrue(w.s.gangs.get(1).feudUntilDay > 0, "the splinters feud");
        assertEquals("feud", GangUnits.task(w.s.gangs.get(1), 0));
        assertEquals("expand", GangUnits.task(w.s.gangs.get(1), w.s.gangs.get(1).feudUntilDay + 1));
        assertEquals(1, w.s.tallies.splintersCum());
    }

    @Test
    void aSmallLeaderlessGangThatCannotSplinterDissolvesIntoContestedGround() {
        World w = new World(12, 12, 1, 1, "gangs.succession_probability=0", "gangs.succession_delay_days=0", "gangs.min_members=10");
        GangCell g = w.hold(0, 0, 0, 5, 5, 30); // 30 < 2 x 2 x 10: too few for two cells
        w.start();
        w.s.territory.leaderLost(g, 0);
        w.leadership.run(1, 0, 0);
        assertFalse(g.alive);
        assertEquals(1, w.s.gangs.size());
        assertEquals(0, w.s.membership.agentsOf(0), "its members go back to civilian life");
    }

    /**
     * West: a strong gang (1); east: a weak one (2); in between the dissolving gang (0). Security presence
     * holds the top row of gang 0's ground. The strong neighbour takes the cells it reaches first, including
     * those both neighbours touch; the state gets only the cells it holds with presence.
     */
    @Test
    void dissolvedGroundGoesToTheStrongestNeighbourAndToTheStateOnlyWherePresenceHoldsIt() {
        World w = new World(9, 5, 3, 1);
        GangCell dying = w.hold(0, 3, 0, 5, 4, 20);
        w.hold(1, 0, 0, 2, 4, 300);
        w.hold(2, 6, 0, 8, 4, 30);
        w.start();
        double hold = w.s.ops.holdPresence();
        for (int x = 3; x <= 5; x++) w.s.visionSec[x] = (float) (hold + 1); // row 0
        w.s.visionSec[4 * 9 + 4] = (float) (hold - 0.5); // below the threshold: not held
        double west = w.s.gangs.get(1).members, east = w.s.gangs.get(2).members;
        int toState = w.contested.dissolve(dying);
        assertEquals(3, toState, "only the three cells held by presence go to the state");
        for (int x = 3; x <= 5; x++) assertEquals(Territory.STATE, w.s.territory.owner(x), "held by presence: " + x);
        for (int y = 1; y <= 4; y++) {
            assertEquals(1, w.s.territory.owner(y * 9 + 3), "west column to the strong neighbour");
            assertEquals(1, w.s.territory.owner(y * 9 + 4), "middle column: the strong neighbour gets there first");
            assertEquals(2, w.s.territory.owner(y * 9 + 5), "east column: the weak neighbour touches it, the strong one does not yet");
        }
        assertTrue(w.s.violence[2 * 9 + 4] >= w.s.scenario.number("gangs.contested_violence") - 1e-6, "contested ground is violent");
        double absorbed = w.s.scenario.number("gangs.dissolved_members_absorbed_share");
        assertEquals(west + absorbed * 20 * 8 / 15, w.s.gangs.get(1).members, 1e-9, "takers take on members by ground taken");
        assertEquals(east + absorbed * 20 * 4 / 15, w.s.gangs.get(2).members, 1e-9);
        assertEquals(0, w.s.membership.agentsOf(0), "the dissolved gang has no member agents left");
        assertEquals(1, w.s.tallies.dissolutionsCum());
    }

    @Test
    void dissolvedGroundThatNoGangBordersStaysWithTheState() {
        World w = new World(9, 5, 1, 1);
        GangCell dying = w.hold(0, 3, 1, 5, 3, 20);
        w.start();
        assertEquals(9, w.contested.dissolve(dying));
        assertEquals(0, w.owned(0));
    }

    @Test
    void startingMembersAreAgentsOfTheirGangLivingOnItsGround() {
        World w = new World(10, 10, 2, 10);
        w.hold(0, 0, 0, 4, 9, 120);
        w.hold(1, 5, 0, 9, 9, 40);
        w.start();
        assertEquals(12, w.s.membership.agentsOf(0), "120 members at 10 people per agent");
        assertEquals(4, w.s.membership.agentsOf(1));
        for (int g = 0; g < 2; g++)
            for (int a : w.s.membership.agentIds(g)) {
                assertTrue(w.s.civ.has(a, Civilians.GANG_MEMBER));
                assertEquals(g, w.s.civ.gang(a));
                assertEquals(g, w.s.territory.owner(w.s.civ.homeCell(a)), "a member lives on his gang's ground");
            }
    }

    @Test
    void aKilledMemberLeavesThePopulationAndHisCellsCountAndAnArrestedOneGoesToJail() {
        World w = new World(10, 10, 1, 1, "gangs.member_jail_days=100");
        GangCell g = w.hold(0, 0, 0, 4, 9, 50);
        w.start();
        int alive = w.s.civ.aliveCount();
        w.s.membership.killed(g, 2, Tallies.GANG_CLASHES);
        assertEquals(48, g.members, 1e-9);
        assertEquals(48, w.s.membership.agentsOf(0));
        assertEquals(alive - 2, w.s.civ.aliveCount(), "two agents died");
        int killed = 0;
        for (int i = 0; i < w.s.civ.size(); i++) if (w.s.civ.has(i, Civilians.KILLED)) {
            killed++;
            assertFalse(w.s.civ.alive(i));
            assertFalse(w.s.civ.has(i, Civilians.GANG_MEMBER));
        }
        assertEquals(2, killed);
        assertEquals(2, w.s.tallies.membersKilled(Tallies.GANG_CLASHES), 1e-9);
        assertEquals(0, w.s.tallies.membersKilled(Tallies.SECURITY_OPERATIONS), 1e-9);
        w.s.membership.arrested(g, 3);
        assertEquals(45, w.s.membership.agentsOf(0));
        int jailed = 0;
        for (int i = 0; i < w.s.civ.size(); i++) if (w.s.civ.has(i, Civilians.JAILED)) {
            jailed++;
            assertTrue(w.s.civ.alive(i));
            assertEquals(100 * 24, w.s.civ.jailHours(i));
            assertEquals(Civilians.NO_GANG, w.s.civ.gang(i));
        }
        assertEquals(3, jailed);
        g.members = 40.5; // losses booked elsewhere (a raid): the agents beyond ceil(members) leave
        w.s.membership.reconcile(g);
        assertEquals(41, w.s.membership.agentsOf(0));
    }

    @Test
    void stochasticRoundingKeepsExpectedPeopleAtCoarseScale() {
        assertEquals(2, Membership.round(2.3, 0.5));
        assertEquals(3, Membership.round(2.3, 0.2));
        assertEquals(0, Membership.round(-1, 0.0));
        World w = new World(10, 10, 1, 10);
        GangCell g = w.hold(0, 0, 0, 9, 9, 0);
        w.start();
        double booked = 0;
        for (int k = 0; k < 2000; k++) w.s.casualties.strike(55, 0.5, 0, Tallies.GANG_ATTACKS);
        booked = w.s.tallies.civiliansKilled(Tallies.GANG_ATTACKS);
        // 2,000 strikes of 0.5 expected dead at 10 people per agent: 1,000 people in expectation (sd ~ 31 x 10 / sqrt(10))
        assertEquals(1000, booked, 150, "expected dead at coarse scale");
        assertEquals(0, booked % 10, 1e-9, "booked as whole agents");
        assertEquals(1000, w.s.tallies.civiliansKilledExpected(Tallies.GANG_ATTACKS), 1e-6, "the smooth expectation is kept too");
        assertEquals(0, g.members, 0);
    }

    @Test
    void whereNobodyStandsNearAFightTheNearestFurtherOutAreHit() {
        World w = new World(20, 20, 1, 1);
        w.hold(0, 0, 0, 2, 2, 10);
        w.start();
        int fight = 10 * 20 + 10;
        for (int i = 0; i < w.s.civ.size(); i++) { // empty the block within 3 cells of the fight
            int c = w.s.civ.cell(i);
            if (Math.abs(c % 20 - 10) <= 3 && Math.abs(c / 20 - 10) <= 3) w.s.civ.set(i, Civilians.ALIVE, false);
        }
        int alive = w.s.civ.aliveCount();
        w.s.casualties.strike(fight, 3, 0, Tallies.SECURITY_OPERATIONS);
        assertEquals(3, w.s.tallies.civiliansKilled(Tallies.SECURITY_OPERATIONS), 1e-9, "the expected dead are found further out");
        assertEquals(alive - 3, w.s.civ.aliveCount());
    }

    /** Fights of each cause on a small world: every agent killed is booked to one cause, and the counts agree. */
    @Test
    void casualtiesOfViolenceAreAgentsAndAddUpByCause() {
        World w = new World(10, 10, 2, 1, "conflict.collateral_per_fighter_hour=0.2");
        GangCell a = w.hold(0, 0, 0, 4, 9, 100), b = w.hold(1, 5, 0, 9, 9, 100);
        w.start();
        Battles battles = new Battles(w.s, w.ground, new HnpLosses());
        int before = w.s.civ.aliveCount();
        for (int k = 0; k < 10; k++) {
            battles.fight(4 * 10 + 4, battles.gangSide(a, 1, false), battles.gangSide(b, 1, true), 0, 1, Tallies.GANG_CLASHES,
                    false, Battles.Security.HNP, Battles.Security.HNP);
            battles.fight(6 * 10 + 6, battles.hnpSide(50, 6 * 10 + 6, false), battles.gangSide(b, 1, true), -1, 1, Tallies.SECURITY_OPERATIONS,
                    true, Battles.Security.HNP, Battles.Security.HNP);
        }
        Tallies t = w.s.tallies;
        double civ = 0, mem = 0;
        for (int c = 0; c < Tallies.CAUSES.length; c++) { civ += t.civiliansKilled(c); mem += t.membersKilled(c); }
        int killedAgents = 0, injured = 0;
        for (int i = 0; i < w.s.civ.size(); i++) {
            if (w.s.civ.has(i, Civilians.INJURED)) injured++;
            if (!w.s.civ.has(i, Civilians.KILLED)) continue;
            // a dead member was a member when he died: he is no longer on any list
            boolean wasMember = false;
            for (int g = 0; g < 2; g++) for (int x : w.s.membership.agentIds(g)) wasMember |= x == i;
            assertFalse(wasMember);
        }
        for (int i = 0; i < w.s.civ.size(); i++) if (w.s.civ.has(i, Civilians.KILLED)) killedAgents++;
        assertTrue(mem > 0, "members died in the fights");
        assertTrue(t.civiliansKilled(Tallies.GANG_CLASHES) + t.civiliansKilled(Tallies.SECURITY_OPERATIONS) > 0, "civilians died");
        assertEquals(0, t.civiliansKilled(Tallies.GANG_ATTACKS) + t.membersKilled(Tallies.GANG_ATTACKS), 0, "no gang attacks fought");
        assertEquals(civ + mem, killedAgents, 1e-9, "every agent killed is booked once, by cause");
        assertEquals(before - killedAgents, w.s.civ.aliveCount(), "the dead left the population");
        double hurt = 0;
        for (int c = 0; c < Tallies.CAUSES.length; c++) hurt += t.civiliansInjured(c) + t.membersInjured(c);
        assertEquals(hurt, injured, 1e-9, "every agent wounded is marked and booked once");
        // each booking (killed, wounded who leave: 2 per fight, 10 fights) rounds members / ppa to whole agents
        // stochastically and without bias, so the gap is a sum of 20 independent errors (sd at most sqrt(20 / 4))
        assertEquals(a.members, w.s.membership.agentsOf(0), 3 * Math.sqrt(20 / 4.0), "member agents track the members");
    }
}
