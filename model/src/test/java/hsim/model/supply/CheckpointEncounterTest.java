package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static hsim.model.supply.SupplyFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * One convoy of 4 trucks (100 gal each) meeting a gang of strength 10 on cell 3 of a straight street.
 * Settings: loot 8000 USD a truck, 1.5 crew a truck, ransom 5000 USD a person, trucks at 40 % of free-flow
 * speed (so an hour held costs 24 route minutes); checkpoint toll 50 USD, delay 2 h, escort weight 3.
 */
class CheckpointEncounterTest {
    private final City city = City.builder(8, 1)
            .facility("depot", FacilityKind.FUEL_TERMINAL, 0, 0)
            .facility("end", FacilityKind.WATER_POINT, 7, 0).build();
    private final int cell = city.cell(3, 0);
    private final SupplyLedger ledger = new SupplyLedger();
    private final RouteRisk risk = new RouteRisk(city.cells(), 14);
    private final ConvoyRoutes routes = new ConvoyRoutes(city, risk, 1000);
    private final SupplyNetwork.Node end = new SupplyNetwork.Node(city.facility("end"));
    private final TestRoads roads = new TestRoads().hold(0, cell);
    private final SupplySettings s = settings(Map.of("truck_speed_factor", 0.4));

    private Convoy convoy(double escort) {
        end.inTransit.put(Cargo.FUEL, 400.0);
        Convoy c = new Convoy(0, end, Cargo.FUEL, 4, 100, row(city, 0, 0, 7), city.router(), escort);
        c.at = 3;
        c.clock = 10;
        return c;
    }

    private void meet(Checkpoint checkpoint, Convoy c) {
        new CheckpointEncounter(s, checkpoint, risk, routes, ledger).meet(c, 0, cell, roads, rng());
    }

    private int[] planned;

    @BeforeEach
    void planTheRoute() {
        routes.newDispatch();
        planned = routes.route(0, city.facility("depot"), end.facility);
    }

    /** Whether the convoy's route gets re-planned at the next dispatch, i.e. was marked as attacked. */
    private boolean routeMarked() {
        routes.newDispatch();
        return planned != routes.route(0, city.facility("depot"), end.facility);
    }

    @Test
    void everyTruckPaysTheTollAndTheConvoyIsHeld() {
        Convoy c = convoy(0);
        meet(checkpoint(0, 0), c);
        assertEquals(4, c.trucks);
        assertEquals(4 * 50, roads.incomeOf(0), 1e-9);
        assertEquals(10 - 2 * 60 * 0.4, c.clock, 1e-9, "two hours at the checkpoint");
        assertEquals(0, risk.risk(cell), 0, "a toll is not an attack");
        assertFalse(routeMarked());
    }

    @Test
    void hijackedTrucksAreLostWithTheirCargoAndTheRoadIsRemembered() {
        Convoy c = convoy(0);
        meet(checkpoint(1, 0), c);
        assertEquals(0, c.trucks);
        assertEquals(4, ledger.hijackedTrucks(), 0);
        assertEquals(400, ledger.lost(Cargo.FUEL), 1e-9);
        assertEquals(0, end.inTransit.get(Cargo.FUEL), 1e-9, "the point no longer expects the cargo");
        assertEquals(4 * 8000, roads.incomeOf(0), 1e-9, "the gang resells the loads");
        assertEquals(1, risk.risk(cell), 0);
        assertTrue(routeMarked());
    }

    @Test
    void aKidnappedCrewHoldsTheConvoyADaySharedOverItsTrucks() {
        Convoy c = convoy(0);
        meet(checkpoint(0, 1), c);
        assertEquals(4, c.trucks, "the trucks go on with new crews");
        assertEquals(4 * 1.5, ledger.kidnappedPeople(), 1e-9);
        assertEquals(4 * 1.5 * 5000, roads.incomeOf(0), 1e-9);
        assertEquals(10 - 24 * 60 * 0.4 - 2 * 60 * 0.4, c.clock, 1e-9, "a day for the crews and the checkpoint delay");
        assertEquals(1, risk.risk(cell), 0);
    }

    @Test
    void aGangOutgunnedByTheEscortStandsAside() {
        Convoy c = convoy(4); // advantage 10 / (10 + 3 * 4) < 0.5
        meet(checkpoint(1, 1), c);
        assertEquals(4, c.trucks);
        assertEquals(10, c.clock, 0, "not held");
        assertEquals(0, roads.incomeOf(0), 0);
        assertEquals(0, ledger.hijackedTrucks() + ledger.kidnappedPeople(), 0);
    }

    @Test
    void eachTruckDrawsOnceInTruckOrder() {
        // hijack share 0.5 at full advantage: the trucks whose draw is under 0.5 are lost
        var draws = rng();
        int expectedLost = 0;
        for (int t = 0; t < 4; t++) if (draws.nextDouble() < 0.5) expectedLost++;
        Convoy c = convoy(0);
        meet(checkpoint(0.5, 0), c);
        assertEquals(4 - expectedLost, c.trucks);
        assertEquals(expectedLost * 8000 + (4 - expectedLost) * 50, roads.incomeOf(0), 1e-9);
    }

    @Test
    void theKidnapHoldComesFromTheCatalog() {
        Convoy c = convoy(0);
        new CheckpointEncounter(s, new CheckpointSettings(0.25, 30, 6), checkpoint(0, 1), risk, routes, ledger).meet(c, 0, cell, roads, rng());
        assertEquals(10 - 6 * 60 * 0.4 - 2 * 60 * 0.4, c.clock, 1e-9, "six hours for the crews, then the checkpoint delay");
    }

    @Test
    void aCheckpointIsAShareOfTheLocalFightersUpToAPostsSize() {
        CheckpointSettings post = new CheckpointSettings(0.25, 30, 24);
        assertEquals(10, post.strength(40), 1e-12);
        assertEquals(30, post.strength(400), 1e-12, "a bigger local force does not put more than a post on one barricade");
    }

    @Test
    void aGangThatLetsTheConvoyPassNeitherStopsNorDraws() {
        Convoy c = convoy(0);
        CheckpointEncounter e = new CheckpointEncounter(s, checkpoint(1, 1), risk, routes, ledger);
        e.passage((gang, origin, to) -> gang == 0 && to == end);
        e.meet(c, 0, cell, roads, rng());
        assertEquals(4, c.trucks);
        assertEquals(10, c.clock, 0, "not held");
        assertEquals(0, roads.incomeOf(0), 0, "no toll");
        assertEquals(0, roads.meetings(0), "the checkpoint is not manned against it");
        assertEquals(4, ledger.trucePassages(), 0);
        assertFalse(routeMarked());
    }
}
