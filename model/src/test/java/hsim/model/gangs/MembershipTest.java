package hsim.model.gangs;

import hsim.model.people.Civilians;
import hsim.model.world.Tallies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Member agents on the 10 x 10 worlds of {@link GangCellsTest}: who joins from today's offers, what wounded,
 * arrested and dead members become, and where the members of a dissolved gang go.
 */
class MembershipTest {
    /** Agents of gang g. */
    private static Set<Integer> members(GangCellsTest.World w, int g) {
        Set<Integer> out = new HashSet<>();
        for (int a : w.s.membership.agentIds(g)) out.add(a);
        return out;
    }

    /** The first n living agents who belong to no gang. */
    private static List<Integer> civilians(GangCellsTest.World w, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < w.s.civ.size() && out.size() < n; i++)
            if (w.s.civ.alive(i) && !w.s.civ.has(i, Civilians.GANG_MEMBER)) out.add(i);
        return out;
    }

    @Test
    void recruitsAreDrawnFromTodaysLivingVolunteersOnly() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 1, 1);
        GangCell g = w.hold(0, 0, 0, 4, 9, 5);
        w.start();
        assertEquals(5, w.s.membership.agentsOf(0));
        List<Integer> volunteers = civilians(w, 9);
        for (int a : volunteers) w.s.membership.offer(0, a);
        int dead = volunteers.get(0);
        w.s.civ.set(dead, Civilians.ALIVE, false);
        int joined = w.s.membership.enlist(g, 20);
        assertEquals(8, joined, "20 recruits wanted, 9 offered, one of whom died");
        assertEquals(13, w.s.membership.agentsOf(0));
        Set<Integer> now = members(w, 0);
        for (int a : volunteers.subList(1, 9)) {
            assertTrue(now.contains(a), "volunteer " + a + " joined");
            assertTrue(w.s.civ.has(a, Civilians.GANG_MEMBER));
            assertEquals(0, w.s.civ.gang(a));
        }
        assertFalse(now.contains(dead));
        assertEquals(0, w.s.membership.enlist(g, 5), "each volunteer joins once: the offers are all members now");
        w.s.membership.clearOffers();
        assertEquals(0, w.s.membership.enlist(g, 5), "no offers after they are cleared");
        for (int a : civilians(w, 3)) w.s.membership.offer(0, a);
        assertEquals(2, w.s.membership.enlist(g, 2), "fewer wanted than offered: as many as wanted");
    }

    @Test
    void atCoarseScaleRecruitsAreRoundedToAgentsStochastically() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 1, 10);
        GangCell g = w.hold(0, 0, 0, 4, 9, 0);
        w.start();
        int joined = 0, days = 400;
        for (int d = 0; d < days; d++) {
            w.s.membership.clearOffers();
            for (int a : civilians(w, 2)) w.s.membership.offer(0, a);
            joined += w.s.membership.enlist(g, 3); // 0.3 agents a day in expectation
        }
        assertEquals(0.3 * days, joined, 4 * Math.sqrt(0.21 * days), "3 people at 10 a agent: 0.3 agents a day");
    }

    @Test
    void woundedMembersWhoLeaveAreMarkedAndCountedOnceAndTheGangNeverGoesNegative() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 1, 1);
        GangCell g = w.hold(0, 0, 0, 4, 9, 10);
        w.start();
        Set<Integer> before = members(w, 0);
        w.s.membership.woundedLeave(g, 4, Tallies.SECURITY_OPERATIONS);
        assertEquals(6, g.members, 1e-9);
        assertEquals(6, w.s.membership.agentsOf(0));
        int hurt = 0;
        for (int a : before) if (!members(w, 0).contains(a)) {
            hurt++;
            assertTrue(w.s.civ.has(a, Civilians.INJURED));
            assertTrue(w.s.civ.alive(a), "wounded, not dead");
            assertFalse(w.s.civ.has(a, Civilians.GANG_MEMBER));
        }
        assertEquals(4, hurt);
        assertEquals(4, w.s.tallies.membersInjured(Tallies.SECURITY_OPERATIONS), 1e-9);
        assertEquals(0, w.s.tallies.membersInjured(Tallies.GANG_CLASHES), 1e-9);
        for (int a : members(w, 0)) w.s.civ.set(a, Civilians.INJURED, true); // wounded before, stayed
        w.s.membership.woundedLeave(g, 2, Tallies.SECURITY_OPERATIONS);
        assertEquals(4, w.s.tallies.membersInjured(Tallies.SECURITY_OPERATIONS), 1e-9, "a person is wounded at least once only once");
        w.s.membership.woundedLeave(g, 0, Tallies.SECURITY_OPERATIONS);
        assertEquals(4, g.members, 1e-9, "nobody leaves for nothing");
        w.s.membership.killed(g, 50, Tallies.GANG_CLASHES);
        assertEquals(0, g.members, 0, "more dead than members leaves none, not fewer");
        assertEquals(0, w.s.membership.agentsOf(0));
        assertEquals(4, w.s.tallies.membersKilled(Tallies.GANG_CLASHES), 1e-9, "only the agents there were died");
    }

    @Test
    void withoutAJailTermArrestedMembersGoHomeAndArrestsAreStillCounted() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 1, 1, "gangs.member_jail_days=0");
        GangCell g = w.hold(0, 0, 0, 4, 9, 10);
        w.start();
        w.s.membership.arrested(g, 3);
        assertEquals(7, g.members, 1e-9);
        assertEquals(7, w.s.membership.agentsOf(0));
        for (int i = 0; i < w.s.civ.size(); i++) assertFalse(w.s.civ.has(i, Civilians.JAILED));
        assertEquals(3, w.s.tallies.jailedCum(), 1e-9);
        assertEquals(3, w.s.tallies.arrestsCum(), 1e-9);
        w.s.membership.arrested(g, 0);
        assertEquals(3, w.s.tallies.arrestsCum(), 1e-9);
    }

    @Test
    void aMemberWhoDiesOfIllnessTakesHisPeopleOffTheGang() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 1, 10);
        GangCell g = w.hold(0, 0, 0, 4, 9, 45);
        w.start();
        int agents = w.s.membership.agentsOf(0);
        assertTrue(agents >= 4);
        int a = w.s.membership.agentIds(0)[0];
        w.s.membership.died(a);
        assertEquals(agents - 1, w.s.membership.agentsOf(0));
        assertEquals(35, g.members, 1e-9, "ten people an agent");
        assertEquals(Civilians.NO_GANG, w.s.civ.gang(a));
        w.s.membership.died(civilians(w, 1).get(0));
        assertEquals(35, g.members, 1e-9, "a civilian's death changes no gang");
        g.members = 4;
        w.s.membership.died(w.s.membership.agentIds(0)[0]);
        assertEquals(0, g.members, 0, "never below zero");
    }

    @Test
    void theMembersOfADissolvedGangJoinTheGangWhoseGroundTheyStandOnAtTheShare() {
        for (double share : new double[] {1, 0}) {
            GangCellsTest.World w = new GangCellsTest.World(10, 10, 2, 1);
            GangCell dead = w.hold(0, 0, 0, 4, 9, 30);
            GangCell taker = w.hold(1, 5, 0, 9, 9, 100);
            w.start();
            int takerBefore = w.s.membership.agentsOf(1);
            Set<Integer> former = members(w, 0);
            // half the dead gang's ground (x 0-1) has gone to the taker, the rest (x 2-4) to the state
            for (int y = 0; y < 10; y++) {
                for (int x = 0; x < 5; x++) w.s.territory.set(y * 10 + x, x < 2 ? 1 : Territory.STATE);
            }
            taker.members = 1000; // room for every newcomer
            int onTaker = 0;
            for (int a : former) if (w.s.civ.cell(a) % 10 < 2) onTaker++;
            dead.alive = false;
            w.s.membership.absorb(dead, share);
            assertEquals(0, w.s.membership.agentsOf(0), "the dissolved gang keeps nobody");
            int expected = share == 1 ? onTaker : 0;
            assertEquals(takerBefore + expected, w.s.membership.agentsOf(1), "share " + share);
            for (int a : former) {
                boolean joined = members(w, 1).contains(a);
                assertEquals(joined, w.s.civ.has(a, Civilians.GANG_MEMBER));
                if (joined) assertEquals(1, w.s.civ.gang(a));
                else assertEquals(Civilians.NO_GANG, w.s.civ.gang(a));
            }
            assertTrue(taker.alive);
        }
    }

    @Test
    void aTakerKeepsNoMoreAgentsThanItsMembersAndADeadGangNone() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 2, 1);
        GangCell dead = w.hold(0, 0, 0, 4, 9, 30);
        GangCell taker = w.hold(1, 5, 0, 9, 9, 10);
        w.start();
        for (int i = 0; i < 100; i++) w.s.territory.set(i, 1);
        taker.members = 12; // the taker's members count only two more
        dead.alive = false;
        w.s.membership.absorb(dead, 1);
        assertEquals(12, w.s.membership.agentsOf(1), "trimmed to ceil(members / ppa)");
        taker.alive = false;
        w.s.membership.reconcile(taker);
        assertEquals(0, w.s.membership.agentsOf(1), "a gang that is gone has no member agents");
    }

    @Test
    void aSplinterTakesTheAgentItIsGiven() {
        GangCellsTest.World w = new GangCellsTest.World(10, 10, 2, 1);
        w.hold(0, 0, 0, 4, 9, 6);
        w.hold(1, 5, 0, 9, 9, 2);
        w.start();
        int a = w.s.membership.agentIds(0)[0];
        w.s.membership.transfer(0, 0, 1);
        assertEquals(5, w.s.membership.agentsOf(0));
        assertEquals(3, w.s.membership.agentsOf(1));
        assertTrue(members(w, 1).contains(a));
        assertEquals(1, w.s.civ.gang(a));
        assertTrue(w.s.civ.has(a, Civilians.GANG_MEMBER));
        assertEquals(0, w.s.membership.agentsOf(7), "an unknown gang has no agents");
        assertEquals(0, w.s.membership.agentIds(7).length);
    }
}
