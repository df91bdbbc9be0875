package hsim.model.security;

import hsim.model.gangs.GangCell;
import hsim.model.world.CriticalSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rapid force's day on the 60 x 20 {@link SecurityWorld}: units of 150 landing at the airport, one guard
 * unit per site, 2 units (8 vehicles at 4 a unit) per clearing operation. The tests check what the units
 * present end up doing: guarding, escorting, clearing corridor cells and sites, or supporting HNP operations.
 */
class RapidForceOperationsTest {
    private static SecurityWorld world(int units, String... more) {
        String[] base = {"rapid_force.enabled=true", "rapid_force.troops=" + 150 * units, "rapid_force.ramp_troops_per_day=" + 150 * units,
                "rapid_force.deployment_delay_days=0", "rapid_force.unit_troops=150"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return new SecurityWorld(all);
    }

    private static long tasked(SecurityWorld w, RapidForceUnit.Task task) {
        return w.s.force.units().stream().filter(u -> u.task == task).count();
    }

    private static long tasked(SecurityWorld w, RapidForceUnit.Task task, int target) {
        return w.s.force.units().stream().filter(u -> u.task == task && u.target == target).count();
    }

    @Test
    void aForceNotPresentHoldsNoSiteEscortsNothingAndSupportsNobody() {
        SecurityWorld w = world(2);
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.s.varreux.foreignHeld = true;
        w.deployment.escortStrengthForce = 5;
        RapidForceOperations.Support sup = ops.run(0);
        assertEquals(new RapidForceOperations.Support(0, 0), sup);
        assertFalse(w.s.varreux.foreignHeld, "before it lands the force holds nothing");
        assertEquals(0, w.deployment.escortStrength(), 0);
    }

    @Test
    void unitsLeftAfterTheGuardsSupportTheHnpInOperationsOfTheGroupSize() {
        SecurityWorld w = world(10);
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        RapidForceOperations.Support sup = ops.run(0);
        assertEquals(3, tasked(w, RapidForceUnit.Task.GUARD_SITE), "one unit for each of the three sites");
        assertEquals(7 * 150, sup.troops(), 1e-9, "the seven others support the HNP");
        assertEquals(3, sup.operations(), "seven units make three operations of two");
        assertTrue(w.deployment.corridorsOpen(), "no gang on any corridor");
        SecurityWorld few = world(4);
        RapidForceOperations fops = new RapidForceOperations(few.s, few.ground, few.battles, few.deployment);
        few.landForce();
        assertEquals(new RapidForceOperations.Support(0, 0), fops.run(0), "one unit left is no operation and brings no troops");
        SecurityWorld two = world(10, "rapid_force.guard_units_per_site=2");
        RapidForceOperations tops = new RapidForceOperations(two.s, two.ground, two.battles, two.deployment);
        two.landForce();
        assertEquals(2, tops.run(0).operations(), "two guards a site leave four units: two operations");
        assertEquals(2, tasked(two, RapidForceUnit.Task.GUARD_SITE, two.s.port.cell()));
    }

    @Test
    void noUnitLeftAfterTheGuardsMeansNoEscort() {
        SecurityWorld w = world(3, "rapid_force.escort_cells_per_unit=10");
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        w.dispatch();
        assertFalse(CorridorSegments.openRoutes(w.s).isEmpty());
        ops.run(0);
        assertEquals(0, tasked(w, RapidForceUnit.Task.ESCORT_CORRIDOR));
        assertEquals(0, w.deployment.escortStrength(), 0, "all three units guard: no escort");
        SecurityWorld four = world(4, "rapid_force.escort_cells_per_unit=10");
        RapidForceOperations fops = new RapidForceOperations(four.s, four.ground, four.battles, four.deployment);
        four.landForce();
        four.dispatch();
        fops.run(0);
        assertEquals(1, tasked(four, RapidForceUnit.Task.ESCORT_CORRIDOR), "the fourth unit escorts");
        assertTrue(four.deployment.escortStrength() > 0);
    }

    /** Each stretch needs its own escort: one free unit must not count as covering every stretch (it once did, because
     * escorts are not committed and the nearest-free search returned the same unit again). */
    @Test
    void theEscortStrengthOfAConvoyIsTheShareOfStretchesThatUnitsCover() {
        SecurityWorld w = world(5, "rapid_force.escort_cells_per_unit=10");
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        w.dispatch();
        int stretches = CorridorSegments.cut(CorridorSegments.openRoutes(w.s), 10).size();
        assertTrue(stretches > 2, "the corridors need more escorts than the force has: " + stretches);
        ops.run(0);
        assertEquals(2, tasked(w, RapidForceUnit.Task.ESCORT_CORRIDOR), "the two units left after the guards escort");
        double perConvoy = w.s.ops.escortTroopsPerConvoy() * w.s.troopEquivalent();
        assertTrue(perConvoy > 0);
        assertEquals(perConvoy * 2 / stretches, w.deployment.escortStrength(), 1e-9);
        SecurityWorld none = world(3, "rapid_force.escort_cells_per_unit=10");
        RapidForceOperations nops = new RapidForceOperations(none.s, none.ground, none.battles, none.deployment);
        none.landForce();
        none.dispatch();
        nops.run(0);
        assertEquals(0, none.deployment.escortStrength(), 0, "all three units guard: no escort");
    }

    @Test
    void aGangOnTheCorridorIsClearedByOneGroupPerClearingRadius() {
        SecurityWorld w = world(10, "rapid_force.move_cells_per_day=2");
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        w.dispatch();
        int[] route = w.s.supply.routesFrom(w.s.varreux.facility).get(0);
        int mid = route[route.length / 2];
        GangCell g = w.gang(0, mid % w.s.width, mid / w.s.width, 2, 2);
        ops.run(0);
        assertFalse(w.deployment.corridorsOpen());
        assertEquals(2, tasked(w, RapidForceUnit.Task.CLEAR_AREA), "the gang's few corridor cells lie within one clearing radius");
        for (int d = 1; d < 40 && !w.deployment.corridorsOpen(); d++) ops.run(d);
        assertTrue(w.deployment.corridorsOpen(), "the group walks there and clears the corridor");
        for (int c : route) assertTrue(w.s.territory.owner(c) < 0);
        assertEquals(0, tasked(w, RapidForceUnit.Task.CLEAR_AREA), "its units are free again");
        assertTrue(g.members < 2);
    }

    @Test
    void aRetakenSiteKeepsItsGuardsFreesTheRestAndClearsTheSiteRadiusOfEveryGang() {
        SecurityWorld w = world(2);
        w.gang(0, 2, 17, 2, 2);  // holds the port
        w.gang(1, 7, 17, 2, 1);  // a neighbour 5 cells away
        CriticalSite port = w.s.port;
        port.handedOver = true;
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        for (int d = 0; d < 4 && w.s.territory.owner(port.cell()) >= 0; d++) ops.run(d);
        assertEquals(-1, w.s.territory.owner(port.cell()), "two units retake the port from 2 fighters");
        assertEquals(-1, w.s.territory.owner(w.cell(7, 17)), "the site radius of 6 clears the neighbour too");
        assertFalse(port.handedOver, "the force holds it again, not the HNP");
        assertEquals(1, tasked(w, RapidForceUnit.Task.GUARD_SITE, port.cell()), "one unit stays as its guard");
        assertEquals(0, tasked(w, RapidForceUnit.Task.CLEAR_AREA));
    }

    @Test
    void aGuardWhoseSiteFallsIsFreedAndJoinsTheGroupThatRetakesIt() {
        // four units walking a cell a day: three guards, one in support at the airport
        SecurityWorld w = world(4, "rapid_force.move_cells_per_day=1");
        RapidForceOperations ops = new RapidForceOperations(w.s, w.ground, w.battles, w.deployment);
        w.landForce();
        for (int d = 0; d < 12; d++) ops.run(d);
        assertTrue(w.s.varreux.foreignHeld && w.s.port.foreignHeld && w.s.airport.foreignHeld);
        RapidForceUnit guard = w.s.force.units().stream()
                .filter(u -> u.task == RapidForceUnit.Task.GUARD_SITE && u.target == w.s.varreux.cell()).findFirst().orElseThrow();
        w.gang(0, 10, 2, 1000, 0); // the gang takes the terminal
        ops.run(12);
        assertFalse(w.s.varreux.foreignHeld);
        assertEquals(RapidForceUnit.Task.CLEAR_AREA, guard.task, "the guard of a lost site is freed, then sent to retake it");
        assertEquals(2, tasked(w, RapidForceUnit.Task.CLEAR_AREA, w.s.varreux.cell()), "with the unit that was free");
        assertEquals(2, tasked(w, RapidForceUnit.Task.GUARD_SITE), "the port and the airport keep their guards");
    }
}
