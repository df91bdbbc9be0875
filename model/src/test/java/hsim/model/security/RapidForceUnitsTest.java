package hsim.model.security;

import hsim.model.gangs.GangCell;
import hsim.model.metrics.UnitKind;
import hsim.model.metrics.UnitRow;
import hsim.model.world.CriticalSite;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Rapid-force units on a small hand-built world: landing, tasking by units present, movement, casualties, handover. */
class RapidForceUnitsTest {
    private static ForeignForce.Settings settings(double troops, double ramp, double unit) {
        return new ForeignForce.Settings(true, troops, 0, ramp, 300, ForeignForce.Withdrawal.DATE, 0, 1000, 0.8, 0.08, 1, 0,
                0.2, unit, 50, 4, 8, 1, 60, 1);
    }

    @Test
    void unitsLandOnlyWhileTheAirportIsOpenAndAtTheRampRate() {
        ForeignForce f = new ForeignForce(settings(700, 150, 150));
        boolean[] open = {true, true, false, false, true, true, true, true};
        int[] expectedUnits = {1, 2, 2, 2, 3, 4, 5, 5};
        for (int d = 0; d < open.length; d++) {
            f.day(d, open[d], false, 42);
            assertEquals(expectedUnits[d], f.units().size(), "units after day " + d);
        }
        assertEquals(700, f.troops, 1e-9, "the last, smaller unit lands when it is all that is to come");
        assertEquals(100, f.units().get(4).strength, 1e-9);
        for (RapidForceUnit u : f.units()) assertEquals(42, u.cell, "every unit lands at the airport");
        ForeignForce slow = new ForeignForce(settings(700, 50, 150));
        for (int d = 0; d < 3; d++) slow.day(d, true, false, 42);
        assertEquals(1, slow.units().size(), "three days at 50 troops a day form one company");
        assertEquals(150, slow.troops, 1e-9);
    }

    @Test
    void casualtiesLandOnTheEngagedUnitsAndKilledAreNotReplaced() {
        ForeignForce f = new ForeignForce(settings(300, 300, 150));
        f.day(0, true, false, 0);
        RapidForceUnit a = f.units().get(0), b = f.units().get(1);
        f.engage(List.of(b));
        f.casualties(10, 20);
        assertEquals(150, a.strength, 1e-9, "a unit not in the fight loses nobody");
        assertEquals(140, b.strength, 1e-9, "the killed leave the engaged unit; the wounded are replaced");
        assertEquals(290, f.troops, 1e-9);
        f.day(1, true, false, 0);
        assertEquals(150, b.strength, 1e-9, "fresh troops top the weak unit up before any new unit forms");
        assertEquals(2, f.units().size());
    }

    @Test
    void moreUnitsHoldMoreSites() {
        int previous = -1;
        for (int n = 1; n <= 4; n++) {
            SecurityWorld w = new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=" + 150 * n,
                    "rapid_force.ramp_troops_per_day=" + 150 * n, "rapid_force.deployment_delay_days=0", "rapid_force.unit_troops=150");
            RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
            w.landForce();
            for (int d = 0; d < 5; d++) ops.run(d); // enough days to walk to the farthest site
            int held = 0;
            for (CriticalSite site : w.s.sites) if (site.foreignHeld) held++;
            assertEquals(Math.min(n, 3), held, n + " units");
            assertTrue(held >= previous, "more units never hold fewer sites");
            previous = held;
        }
    }

    @Test
    void unitsWalkToTheirTaskAtTheirReach() {
        SecurityWorld w = new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=150", "rapid_force.ramp_troops_per_day=150",
                "rapid_force.deployment_delay_days=0", "rapid_force.move_cells_per_day=3");
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        RapidForceUnit u = w.s.force.units().get(0);
        ops.run(0);
        assertEquals(w.s.port.cell(), u.target, "the first unit goes to the port first");
        double d0 = w.ground.dist(w.s.airport.cell(), w.s.port.cell());
        assertEquals(3, d0 - w.ground.dist(u.cell, w.s.port.cell()), 0.75, "one day's walk");
        assertFalse(w.s.port.foreignHeld, "not held before the unit arrives");
        for (int d = 1; d < 4; d++) ops.run(d);
        assertTrue(w.s.port.foreignHeld, "held once it stands there");
    }

    @Test
    void aGangHeldSiteNeedsAnOperationOfEnoughArmourAndMoreUnitsWinIt() {
        // one unit brings 4 vehicles; an operation needs 8, so a lone unit cannot attack the gang at the port
        int[] winsByUnits = new int[3];
        for (int n = 1; n <= 2; n++) {
            for (int seed = 0; seed < 4; seed++) {
                SecurityWorld w = new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=" + 150 * n,
                        "rapid_force.ramp_troops_per_day=" + 150 * n, "rapid_force.deployment_delay_days=0");
                GangCell g = w.gang(0, 2, 17, 60, 3);
                w.s.rng.reset(seed, 0, 9);
                RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
                w.landForce();
                for (int d = 0; d < 6; d++) ops.run(d);
                if (w.s.territory.owner(w.s.port.cell()) < 0) winsByUnits[n]++;
                if (n == 1) assertEquals(60, g.members, 1e-9, "no fight without the armour for an operation");
            }
        }
        assertEquals(0, winsByUnits[1]);
        assertTrue(winsByUnits[2] >= 3, "two units retake the port: " + winsByUnits[2] + " of 4");
    }

    @Test
    void escortedStretchesPassToTheHnpWhenItCanSpareOfficersAndNotOtherwise() {
        int[] handed = new int[2];
        double[] shares = {0, 0.2};
        for (int k = 0; k < 2; k++) {
            SecurityWorld w = new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=1500", "rapid_force.ramp_troops_per_day=1500",
                    "rapid_force.deployment_delay_days=0", "rapid_force.escort_cells_per_unit=10",
                    "security.hnp_holding_share=" + shares[k]);
            RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
            Handover handover = new Handover(w.s, w.ground, w.battles, w.deployment);
            w.landForce();
            w.dispatch();
            assertFalse(CorridorSegments.openRoutes(w.s).isEmpty(), "the world has a corridor from Varreux");
            for (int d = 0; d < 4; d++) {
                ops.run(d);
                handover.run(d);
            }
            handed[k] = w.deployment.areasHandedOverCum;
            if (k == 1) {
                assertTrue(handed[k] > 0, "the HNP takes over stretches it can hold");
                assertTrue(w.deployment.hnpAreaOfficers() <= handover.capacity() + 1e-9, "never more than it can spare");
                ops.run(4);
                for (RapidForceUnit u : w.s.force.units()) {
                    if (u.task == RapidForceUnit.Task.ESCORT_CORRIDOR) assertFalse(w.deployment.hnpHolds(u.target), "no unit escorts an HNP stretch");
                }
            }
        }
        assertEquals(0, handed[0], "no handover when the HNP can spare nobody");
    }

    @Test
    void aGuardedSitePassesToTheHnpOnlyWhenItsGuardsCanHoldItAndTheGuardsAreFreed() {
        SecurityWorld w = new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=450", "rapid_force.ramp_troops_per_day=450",
                "rapid_force.deployment_delay_days=0");
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        Handover handover = new Handover(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        for (int d = 0; d < 2; d++) ops.run(d);
        assertTrue(w.s.varreux.foreignHeld && w.s.port.foreignHeld);
        w.gang(0, 20, 2, 3000, 2); // a strong gang 10 cells from Varreux, none within 15 of the port
        w.deployment.hnpGuardsPerSite = 80;
        handover.run(2);
        assertTrue(w.s.port.handedOver, "the HNP takes over the quiet port");
        assertFalse(w.s.port.foreignHeld);
        assertFalse(w.s.varreux.handedOver, "but not Varreux under threat");
        assertTrue(w.s.varreux.foreignHeld);
        ops.run(3);
        for (RapidForceUnit u : w.s.force.units()) {
            assertFalse(u.task == RapidForceUnit.Task.GUARD_SITE && u.target == w.s.port.cell(), "the port's guards are free again");
        }
    }

    @Test
    void unitsListThemselvesWithStableIds() {
        ForeignForce f = new ForeignForce(settings(300, 300, 150));
        f.day(0, true, false, 7);
        List<UnitRow> rows = new ArrayList<>();
        f.units(rows::add);
        assertEquals(List.of("rf0", "rf1"), rows.stream().map(UnitRow::id).toList());
        assertEquals(UnitKind.RAPID_FORCE_UNIT, rows.get(0).kind());
        assertEquals(7, rows.get(0).cell());
    }
}
