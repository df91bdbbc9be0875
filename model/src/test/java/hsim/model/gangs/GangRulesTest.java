package hsim.model.gangs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class GangRulesTest {
    private static GangEconomy.Settings econ(double sanctions, double leakage) {
        return new GangEconomy.Settings(0.05, 8, 4000, 1.5, 300, 30, 150, sanctions, 0.5, leakage, 2.0, 0.02, 20, 0, 0.5);
    }

    private static GangCell gang() { return new GangCell(0, "test", Coalition.G9, 0, 100, 60, 0, 50000); }

    @Test
    void extortionIncomeScalesWithResidentsAndIsCutBySanctions() {
        GangCell a = gang(), b = gang();
        double free = new GangEconomy(econ(0, 1)).day(a, 100000, 0, 1).incomeUsd();
        double sanctioned = new GangEconomy(econ(1, 1)).day(b, 100000, 0, 1).incomeUsd();
        assertEquals(5000, free, 1e-9);
        assertEquals(2500, sanctioned, 1e-9);
    }

    @Test
    void embargoMakesArmsDearerAndLetsFewerThrough() {
        // many unarmed members, so the cash (not the demand) limits purchases
        GangCell open = new GangCell(0, "o", Coalition.G9, 0, 1000, 0, 0, 400000);
        GangCell closed = new GangCell(1, "c", Coalition.G9, 0, 1000, 0, 0, 400000);
        double wOpen = new GangEconomy(econ(0, 1)).day(open, 0, 0, 1).weaponsBought();
        double wClosed = new GangEconomy(econ(0, 0.2)).day(closed, 0, 0, 1).weaponsBought();
        assertTrue(wOpen > 0);
        // price factor 1 + 2 * 0.8 = 2.6 and only 20 % arrive
        assertEquals(wOpen / 2.6 * 0.2, wClosed, 1e-9);
    }

    @Test
    void unpaidMembersDesertAndRecruitPlacesNeedSpareCash() {
        GangCell broke = new GangCell(0, "b", Coalition.GPEP, 0, 100, 100, 30000, 0);
        GangEconomy.Day d = new GangEconomy(econ(0, 1)).day(broke, 0, 0, 1);
        assertEquals(100 * 0.02, d.deserted(), 1e-9);
        assertEquals(0, d.recruitPlaces());
        GangCell rich = new GangCell(1, "r", Coalition.GPEP, 0, 100, 100, 30000, 1e6);
        assertTrue(new GangEconomy(econ(0, 1)).day(rich, 0, 0, 1).recruitPlaces() > 0);
    }

    @Test
    void captureFollowsSquareLawContest() {
        assertEquals(0.5, Territory.captureProbability(10, 10), 1e-12);
        assertEquals(0.8, Territory.captureProbability(20, 10), 1e-12);
        assertEquals(1.0, Territory.captureProbability(5, 0), 1e-12);
        assertEquals(0.0, Territory.captureProbability(0, 5), 1e-12);
    }

    @Test
    void frontierListsForeignLandNeighboursOnly() {
        Territory t = new Territory(3, 3, new Territory.Settings(1, 0.6, 90, 0.35, 0.15, 10, 2));
        boolean[] land = {true, true, true, true, true, false, true, true, true};
        t.set(4, 0);
        t.set(1, 0);
        int[] out = new int[4];
        int n = t.frontier(4, 0, land, out);
        // neighbours of the centre: 3 (west), 5 (east, sea), 1 (north, own), 7 (south)
        assertEquals(2, n);
        assertEquals(3, out[0]);
        assertEquals(7, out[1]);
        assertArrayEquals(new int[] {2}, t.counts(1));
    }

    @Test
    void losingTheLeaderCanSplitOrDissolveAGang() {
        Territory t = new Territory(4, 1, new Territory.Settings(1, 0.7, 90, 0.35, 0.15, 10, 2));
        GangCell g = gang();
        assertEquals(Territory.Fate.HOLDS, t.fate(g));
        t.leaderLost(g, 5);
        assertFalse(g.leaderPresent);
        assertEquals(Territory.Fate.SPLITS, t.fate(g));
        t.leaderLost(g, 6);
        assertEquals(Territory.Fate.SPLITS, t.fate(g), "a large gang whose cohesion collapses breaks into cells");
        GangCell small = new GangCell(1, "small", Coalition.G9, 0, 30, 30, 0, 0);
        small.cohesion = 0.1;
        assertEquals(Territory.Fate.DISSOLVES, t.fate(small), "a small one dissolves");
        small.members = 9;
        small.cohesion = 1;
        assertEquals(Territory.Fate.DISSOLVES, t.fate(small), "too few members");
        for (int i = 0; i < 4; i++) t.set(i, 0);
        assertEquals(2, t.split(0, 1, 0, 3));
        assertEquals(1, t.owner(3));
        assertEquals(0, t.owner(0));
        assertEquals(2, t.release(1));
    }

    @Test
    void strengthNeedsGunsAmmunitionAndCohesion() {
        GangCell g = new GangCell(0, "g", Coalition.INDEPENDENT, 0, 100, 50, 50 * 300, 0);
        FightingStrength f = new FightingStrength(300, 0.3, 0.5);
        assertEquals(50, g.strength(f), 1e-9);
        g.ammunition = 0;
        assertEquals(15, g.strength(f), 1e-9, "without rounds an armed member keeps 30 % of its strength");
        g.cohesion = 0;
        assertEquals(7.5, g.strength(f), 1e-9, "and a gang without command half of that");
        g.ammunition = 25 * 300;
        assertEquals(50 * (0.3 + 0.7 * 0.5) * 0.5, g.strength(new FightingStrength(300, 0.3, 0.5)), 1e-9, "linear in between");
        assertEquals(50 * 0.5 * 0.2, g.strength(new FightingStrength(300, 0, 0.2)), 1e-9, "the shares are the catalog's, not fixed");
        assertTrue(Coalition.G9.rivalOf(Coalition.GPEP));
        assertFalse(Coalition.G9.rivalOf(Coalition.G9));
        assertEquals(Coalition.GPEP, Coalition.parse("G-Pep"));
    }
}
