package hsim.model.gangs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The territory grid's rules on a 4 x 3 grid: the frontier a gang can expand into, counts, leader loss and
 * recovery, what happens to a gang's organisation, release and split. Settings: 1 attempt a day, a leader's
 * loss costs 0.4 cohesion, 10-day recovery, split below 0.5, dissolve below 0.2, at least 5 members, splinters
 * of at least 2 x 5 (so a gang needs 20 to splinter).
 */
class TerritoryTest {
    private static final Territory.Settings S = new Territory.Settings(1, 0.4, 10, 0.5, 0.2, 5, 2);

    private static GangCell gang(double members, double cohesion) {
        GangCell g = new GangCell(0, "g", Coalition.G9, 0, members, members, 0, 0);
        g.cohesion = cohesion;
        return g;
    }

    @Test
    void theFrontierIsTheFourNeighboursOnLandInsideTheGridNotHeldByTheGang() {
        Territory t = new Territory(4, 3, S);
        boolean[] land = new boolean[12];
        java.util.Arrays.fill(land, true);
        int[] out = new int[4];
        assertEquals(4, t.frontier(5, 0, land, out), "an inner cell has four");
        assertArrayEquals(new int[] {4, 6, 1, 9}, out, "west, east, north, south");
        assertEquals(2, t.frontier(0, 0, land, out), "a corner has two");
        assertArrayEquals(new int[] {1, 4}, java.util.Arrays.copyOf(out, 2));
        assertEquals(2, t.frontier(11, 0, land, out), "so has the opposite corner");
        assertArrayEquals(new int[] {10, 7}, java.util.Arrays.copyOf(out, 2));
        t.set(6, 0);
        land[1] = false;
        assertEquals(2, t.frontier(5, 0, land, out), "its own cell and the sea are no frontier");
        assertArrayEquals(new int[] {4, 9}, java.util.Arrays.copyOf(out, 2));
        t.set(4, 1);
        assertEquals(2, t.frontier(5, 0, land, out), "a rival's cell is");
        t.set(7, 2);
        assertArrayEquals(new int[] {1, 1, 1}, t.counts(3));
        assertArrayEquals(new int[] {1, 1}, t.counts(2), "gangs beyond the count are left out");
    }

    @Test
    void losingTheLeaderCostsCohesionWhichReturnsOnlyUnderALeader() {
        Territory t = new Territory(4, 3, S);
        GangCell g = gang(50, 0.9);
        t.leaderLost(g, 12);
        assertFalse(g.leaderPresent);
        assertEquals(12, g.leaderLostDay);
        assertEquals(0.5, g.cohesion, 1e-12);
        t.recover(g);
        assertEquals(0.5, g.cohesion, 1e-12, "no recovery without a leader");
        g.leaderPresent = true;
        t.recover(g);
        assertEquals(0.5 + 0.5 * (1 - Math.exp(-0.1)), g.cohesion, 1e-12);
        GangCell low = gang(50, 0.1);
        t.leaderLost(low, 3);
        assertEquals(0, low.cohesion, 0, "never below zero");
    }

    @Test
    void aGangHoldsSplitsOrDissolvesByItsMembersAndCohesion() {
        Territory t = new Territory(4, 3, S);
        assertEquals(20, S.splitMinMembers(), 1e-12);
        assertEquals(Territory.Fate.DISSOLVES, t.fate(gang(4.9, 1)), "too few members");
        assertEquals(Territory.Fate.HOLDS, t.fate(gang(5, 1)));
        assertEquals(Territory.Fate.HOLDS, t.fate(gang(20, 0.5)), "at the split cohesion it holds");
        assertEquals(Territory.Fate.SPLITS, t.fate(gang(20, 0.49)), "large enough to splinter");
        assertEquals(Territory.Fate.HOLDS, t.fate(gang(19, 0.49)), "too small to splinter, above the dissolve cohesion");
        assertEquals(Territory.Fate.HOLDS, t.fate(gang(19, 0.2)));
        assertEquals(Territory.Fate.DISSOLVES, t.fate(gang(19, 0.19)));
        assertEquals(Territory.Fate.SPLITS, t.fate(gang(100, 0.1)), "a large gang breaks into cells rather than vanishing");
    }

    @Test
    void releaseHandsTheGroundBackAndASplitGivesTheCellsNearerTheOtherBase() {
        Territory t = new Territory(4, 3, S);
        for (int c = 0; c < 12; c++) t.set(c, 0);
        t.set(11, 2);
        // base kept at (0,0), the new cell's base at (2,2): cells strictly nearer (3,2) move, ties stay
        int moved = t.split(0, 1, 0, 10);
        int[] expected = {0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 2};
        for (int c = 0; c < 12; c++) assertEquals(expected[c], t.owner(c), "cell " + c);
        assertEquals(4, moved);
        assertEquals(7, t.release(0));
        assertEquals(Territory.STATE, t.owner(0));
        assertEquals(1, t.owner(6), "other gangs keep theirs");
        assertEquals(0, t.release(0));
        assertEquals(0.5, Territory.captureProbability(10, 10), 1e-12);
    }
}
