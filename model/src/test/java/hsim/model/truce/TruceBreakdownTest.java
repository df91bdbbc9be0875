package hsim.model.truce;

import hsim.model.gangs.Coalition;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.*;

/** Why a party walks away, on hand-made gangs and a 4-cell territory (no world needed). */
class TruceBreakdownTest {
    /** Start day 10, paid for 20 days (the last paid day is 29), 3 days' grace, 2 cleared cells tolerated. */
    private static final TruceSettings TS = new TruceSettings(10, 60, EnumSet.allOf(Corridor.class), 2500, 20, 2000, 3, 2);

    private static GangCell gang() { return new GangCell(0, "g", Coalition.G9, 0, 50, 50, 0, 0); }

    @Test
    void aPartyKeepsItsWordUntilOneOfTheFourReasons() {
        GangCell g = gang();
        assertNull(TruceBreakdown.check(TS, 20, g, -1, 5, 7), "two more cells cleared since the deal are tolerated");
        assertEquals(TruceBreakdown.Release.SECURITY_OFFENSIVE, TruceBreakdown.check(TS, 20, g, -1, 5, 8), "three are not");
        assertNull(TruceBreakdown.check(TS, 20, g, -1, 5, 5), "ground cleared before the deal does not count");
        assertNull(TruceBreakdown.check(TS, 32, g, -1, 0, 0), "payments stopped on day 30: grace until day 32");
        assertEquals(TruceBreakdown.Release.PAYMENTS_STOPPED, TruceBreakdown.check(TS, 33, g, -1, 0, 0));
        g.leaderLostDay = 15;
        assertEquals(TruceBreakdown.Release.LEADER_REMOVED, TruceBreakdown.check(TS, 20, g, -1, 0, 0), "a new leader made no promise");
        assertNull(TruceBreakdown.check(TS, 20, g, 15, 0, 0), "a loss before the deal is the deal's own state");
        g.leaderPresent = false;
        assertEquals(TruceBreakdown.Release.LEADER_REMOVED, TruceBreakdown.check(TS, 20, g, 15, 0, 0));
        g.alive = false;
        assertEquals(TruceBreakdown.Release.GANG_GONE, TruceBreakdown.check(TS, 20, g, 15, 0, 0));
    }

    @Test
    void clearedCellsAreThoseTheStateTookFromEachGangAndStillHolds() {
        Scenario sc = Scenario.defaults(ModelCatalog.standard());
        Territory t = new Territory(2, 2, Territory.from(sc));
        int[] former = {0, 0, 1, -1};
        t.set(1, 1); // reinfiltrated by gang 1
        int[] n = TruceBreakdown.cleared(t, former, 2);
        assertArrayEquals(new int[] {1, 1}, n, "gang 0 lost cell 0 (cell 1 was retaken), gang 1 lost cell 2");
        assertArrayEquals(new int[] {1}, TruceBreakdown.cleared(t, former, 1), "gangs beyond the count are not counted");
        assertEquals(70, TS.endDay());
        assertEquals(30, TS.lastPaidDayExclusive());
        assertTrue(TS.enabled());
        assertFalse(new TruceSettings(10, 0, EnumSet.allOf(Corridor.class), 0, 0, 0, 0, 0).enabled(), "no days, no truce");
        assertFalse(new TruceSettings(10, 5, EnumSet.noneOf(Corridor.class), 0, 0, 0, 0, 0).enabled(), "no corridor, no truce");
    }
}
