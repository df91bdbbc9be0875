package hsim.model.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The rapid force's strength over its deployment: a gradual withdrawal, coalition friction, casualties and replacements. */
class ForeignForceTest {
    /** 1,000 troops in units of 100, all landing on day 0, a 10-day term, 250 leaving a day, 3 nations at 5 % friction each. */
    private static ForeignForce.Settings settings(boolean enabled, int nations, double replaced) {
        return new ForeignForce.Settings(enabled, 1000, 0, 1000, 10, ForeignForce.Withdrawal.DATE, 0, 250, 0.8, 0.08, nations, 0.05,
                0.2, 100, 50, 4, 8, 1, 60, replaced);
    }

    @Test
    void theLastToLandLeaveFirstAtTheWithdrawalRate() {
        ForeignForce f = new ForeignForce(settings(true, 1, 0.5));
        f.day(0, true, false, 3);
        assertEquals(10, f.units().size());
        for (int d = 1; d < 10; d++) f.day(d, true, false, 3);
        assertEquals(1000 * 10, f.troopDays, 1e-9, "ten days of 1,000 troops");
        assertFalse(f.withdrawing());
        f.day(10, true, false, 3);
        assertTrue(f.withdrawing());
        assertEquals(750, f.troops, 1e-9);
        assertEquals(8, f.units().size(), "two units and a half left: the half-unit stays");
        assertEquals(50, f.units().get(7).strength, 1e-9);
        assertEquals(100, f.units().get(0).strength, 1e-9, "the first to land is still whole");
        assertEquals(-1, f.leftDay);
        for (int d = 11; d < 14; d++) f.day(d, true, false, 3);
        assertEquals(0, f.troops, 0);
        assertTrue(f.units().isEmpty());
        assertEquals(13, f.leftDay, "the last troops leave on the fourth day");
        assertFalse(f.present());
        f.day(14, true, false, 3);
        assertEquals(0, f.troops, 0, "no one lands once the force has withdrawn");
    }

    @Test
    void aCoalitionLosesEffectivenessPerExtraNationDownToTheFloor() {
        assertEquals(0.08, new ForeignForce(settings(true, 1, 0)).effectivenessPerTroopHour(), 1e-12);
        assertEquals(0.08 * 0.9, new ForeignForce(settings(true, 3, 0)).effectivenessPerTroopHour(), 1e-12);
        assertEquals(0.08 * 0.2, new ForeignForce(settings(true, 30, 0)).effectivenessPerTroopHour(), 1e-12, "never below the floor");
    }

    @Test
    void aDisabledForceNeverLands() {
        ForeignForce f = new ForeignForce(settings(false, 1, 0));
        for (int d = 0; d < 5; d++) f.day(d, true, false, 3);
        assertEquals(0, f.troops, 0);
        assertEquals(0, f.troopDays, 0);
    }

    @Test
    void guardsAttackedAtASiteTakeTheLossesAndHalfTheWoundedAreReplaced() {
        ForeignForce f = new ForeignForce(settings(true, 1, 0.5));
        f.day(0, true, false, 3);
        RapidForceUnit g = f.units().get(2);
        g.assign(RapidForceUnit.Task.GUARD_SITE, 77);
        g.cell = 77;
        assertEquals(100, f.engageGuardsAt(77), 1e-9);
        assertEquals(0, f.engageGuardsAt(78), 0, "nobody guards the next cell");
        f.engageGuardsAt(77);
        f.casualties(10, 20);
        assertEquals(100 - 10 - 20 * 0.5, g.strength, 1e-9);
        assertEquals(980, f.troops, 1e-9);
        assertEquals(10, f.killedCum, 1e-9);
        assertEquals(20, f.injuredCum, 1e-9);
        f.engage(List.of());
        f.casualties(100, 0);
        assertEquals(880, f.troops, 1e-9, "with no unit engaged the losses spread over the force");
        assertEquals(100 - 100 * 100 / 980.0, f.units().get(0).strength, 1e-9, "by strength");
        f.engage(List.of(f.units().get(1)));
        f.casualties(500, 500);
        assertEquals(9, f.units().size(), "a unit wiped out leaves the force");
        assertEquals(110 + (100 - 100 * 100 / 980.0), f.killedCum, 1e-6, "no more killed than the unit had");
    }
}
