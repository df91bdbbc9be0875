package hsim.model.security;

import hsim.model.gangs.GangCell;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * HNP offensives and counter-attacks on the 60 x 20 {@link SecurityWorld}: one commissariat at (30,10) with
 * 4,850 officers in squads of 25 (2,425 on duty, so 16 operations of 150 by officers), 2 armoured vehicles at
 * 2 an operation. Each test places a gang and checks where the operation went (the cell its squads stand on
 * and the ground cleared) and how many were mounted.
 */
class HnpOperationsTest {
    private static HnpOperations ops(SecurityWorld w) { return new HnpOperations(w.s, w.ground, w.battles); }

    private static List<Squad> all(SecurityWorld w) { return new ArrayList<>(w.s.hnp.squads()); }

    /** Squads standing on {@code cell}. */
    private static long at(SecurityWorld w, int cell) { return w.s.hnp.squads().stream().filter(q -> q.cell() == cell).count(); }

    @Test
    void anOffensiveGoesToTheFirstLiveGangCellOnTheNearestRingAroundTheStationAndClearsIt() {
        SecurityWorld w = new SecurityWorld();
        GangCell g = w.gang(0, 38, 10, 2, 2); // a disc of radius 2: its nearest cell to the station is (36,10), 6 east
        HnpOperations o = ops(w);
        assertEquals(1, o.vehicleLimit(), "2 vehicles at 2 an operation");
        o.run(all(w), 0, 0);
        assertEquals(1, o.operationsCum, "the fleet carries one operation");
        int target = w.cell(36, 10);
        assertEquals(12, at(w, target), "12 squads of 12.5 on duty make the 150 of an operation");
        assertEquals(1, o.operationsWonCum);
        assertEquals(-1, w.s.territory.owner(w.cell(38, 10)), "the clearing radius around (36,10) takes the gang's base");
        assertEquals(0, w.s.formerOwner[w.cell(38, 10)]);
        assertTrue(g.members < 2, "the gang lost fighters");
    }

    @Test
    void aGangHeldStationIsItsOwnTargetAndTheSearchStopsAtItsRadius() {
        SecurityWorld near = new SecurityWorld();
        near.gang(0, 30, 10, 2, 0);
        HnpOperations o = ops(near);
        o.run(all(near), 0, 0);
        assertEquals(1, o.operationsCum);
        assertEquals(-1, near.s.territory.owner(near.cell(30, 10)), "the squads retake their station");
        // a gang whose nearest cell (56,10) is 26 cells out: beyond hnp.frontier_search_cells = 25
        SecurityWorld far = new SecurityWorld();
        far.gang(0, 57, 10, 2, 1);
        HnpOperations fo = ops(far);
        fo.run(all(far), 0, 0);
        assertEquals(0, fo.operationsCum, "nothing within reach of the station");
        SecurityWorld reach = new SecurityWorld("hnp.frontier_search_cells=26");
        reach.gang(0, 57, 10, 2, 1);
        HnpOperations ro = ops(reach);
        ro.run(all(reach), 0, 0);
        assertEquals(1, ro.operationsCum, "26 cells is within a 26-cell search");
        assertEquals(12, at(reach, reach.cell(56, 10)));
        SecurityWorld dead = new SecurityWorld();
        dead.gang(0, 38, 10, 2, 2).alive = false;
        HnpOperations dop = ops(dead);
        dop.run(all(dead), 0, 0);
        assertEquals(0, dop.operationsCum, "the ground of a dissolved gang is no frontier");
    }

    @Test
    void aGangHeldTerminalComesFirstWhenTheFleetCanAssaultItOtherwiseTheFrontier() {
        for (boolean terminalFirst : new boolean[] {true, false}) {
            SecurityWorld w = new SecurityWorld("hnp.fuel_terminal_first=" + terminalFirst);
            w.gang(0, 5, 10, 2, 1);  // holds the airport
            w.gang(1, 10, 2, 2, 1);  // holds Varreux
            HnpOperations o = ops(w);
            o.addVehicles(2);
            assertTrue(o.canAssaultSite(), "4 vehicles: hnp.site_assault_vehicles");
            o.run(all(w), 0, 0);
            assertEquals(1, o.operationsCum, "the assault takes the whole fleet");
            int expected = terminalFirst ? w.s.varreux.cell() : w.s.airport.cell();
            assertEquals(12, at(w, expected), "terminal first: " + terminalFirst);
        }
        SecurityWorld small = new SecurityWorld();
        small.gang(0, 5, 10, 2, 1);
        HnpOperations o = ops(small);
        assertFalse(o.canAssaultSite());
        o.run(all(small), 0, 0);
        assertEquals(0, at(small, small.s.airport.cell()), "no assault on the site with 2 vehicles");
        assertEquals(12, at(small, small.cell(6, 10)), "but the frontier next to it, 24 cells from the station");
    }

    @Test
    void theNumberOfOperationsFollowsTheVehiclesAndTheSquadsLeft() {
        SecurityWorld w = new SecurityWorld();
        for (int x = 44; x < 60; x += 3) w.gang(0, x, 10, 1, 8); // a wide, weak gang east of x 40
        HnpOperations o = ops(w);
        o.addVehicles(8);
        assertEquals(5, o.vehicleLimit());
        o.run(all(w), 0, 0);
        assertEquals(5, o.operationsCum, "10 vehicles carry 5 operations");
        SecurityWorld few = new SecurityWorld();
        for (int x = 44; x < 60; x += 3) few.gang(0, x, 10, 1, 8);
        HnpOperations fo = ops(few);
        fo.addVehicles(8);
        fo.run(new ArrayList<>(few.s.hnp.squads().subList(0, 24)), 0, 0);
        assertEquals(2, fo.operationsCum, "24 squads (300 on duty) make 2 operations of 150");
        fo.run(new ArrayList<>(few.s.hnp.squads().subList(0, 11)), 0, 0);
        assertEquals(2, fo.operationsCum, "11 squads (137.5 on duty) make none");
        fo.addVehicles(-100);
        assertEquals(0, fo.vehicles(), 0, "a fleet cannot go below zero");
    }

    @Test
    void jointOperationsNeedNoHnpVehiclesButNeedTroops() {
        SecurityWorld w = new SecurityWorld("rapid_force.enabled=true");
        for (int x = 44; x < 60; x += 3) w.gang(0, x, 10, 1, 8);
        HnpOperations o = ops(w);
        o.addVehicles(-2);
        o.run(all(w), 0, 3);
        assertEquals(0, o.operationsCum, "without troops the force's operations are off and the HNP has no vehicles");
        o.run(all(w), 0.5, 3);
        assertEquals(0, o.operationsCum, "less than one troop is no operation");
        o.run(all(w), 300, 3);
        assertEquals(3, o.operationsCum, "three joint operations on the rapid force's own vehicles");
    }

    private static Tasking.Plan responders(List<Squad> group) {
        return new Tasking.Plan(List.of(), List.of(), List.of(group), List.of(), List.of(), List.of());
    }

    @Test
    void respondersRetakeALostCellOnlyWithTheOdds() {
        SecurityWorld w = new SecurityWorld();
        int cell = w.cell(45, 10);
        GangCell g = w.gang(0, 45, 10, 3, 1);
        HnpOperations o = ops(w);
        List<Squad> strong = new ArrayList<>(w.s.hnp.squads().subList(0, 40));
        o.respond(responders(strong), List.of(cell));
        assertEquals(1, o.counterattacksCum);
        assertEquals(-1, w.s.territory.owner(cell), "500 officers on duty retake the cell from 3 fighters");
        assertEquals(-1, w.s.territory.owner(w.cell(46, 10)), "and its clearing radius");

        SecurityWorld w2 = new SecurityWorld();
        GangCell big = w2.gang(0, 45, 10, 3000, 1);
        HnpOperations o2 = ops(w2);
        o2.respond(responders(new ArrayList<>(w2.s.hnp.squads().subList(0, 1))), List.of(cell));
        assertEquals(0, o2.counterattacksCum, "one squad does not take on 3,000");
        assertEquals(0, w2.s.territory.owner(cell));
        assertEquals(3000, big.members, 1e-9, "no fight");

        // 500 on duty against 30 fighters: a few times their fire power, not a hundred times
        SecurityWorld w3 = new SecurityWorld("hnp.counterattack_odds=100");
        w3.gang(0, 45, 10, 30, 1);
        HnpOperations o3 = ops(w3);
        o3.respond(responders(new ArrayList<>(w3.s.hnp.squads().subList(0, 40))), List.of(cell));
        assertEquals(0, o3.counterattacksCum, "the odds parameter is what decides");

        SecurityWorld w4 = new SecurityWorld();
        HnpOperations o4 = ops(w4);
        o4.respond(responders(new ArrayList<>(w4.s.hnp.squads().subList(0, 8))), List.of(cell));
        assertEquals(0, o4.counterattacksCum, "nothing to retake on state-held ground");
        assertTrue(g.members < 3);
    }
}
