package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static hsim.model.supply.SupplyFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/** Hourly driving along a straight 12-cell street, with hand-placed gang ground. */
class ConvoyMovementTest {
    private final City city = City.builder(12, 1).facility("end", FacilityKind.WATER_POINT, 11, 0).build();
    private final int[] road = row(city, 0, 0, 11);
    private final SupplyLedger ledger = new SupplyLedger();
    private final RouteRisk risk = new RouteRisk(city.cells(), 14);
    private final SupplyNetwork.Node end = new SupplyNetwork.Node(city.facility("end"));
    private final TestRoads roads = new TestRoads();

    /** Trucks drive one cell per hour or so: a street cell takes about 0.42 minutes, trucks get 0.6 minutes an hour. */
    private ConvoyMovement movement(Checkpoint checkpoint) {
        SupplySettings s = settings(Map.of("truck_speed_factor", 0.01, "fuel_gal_per_truck", 100.0)); // the test convoys carry full 100-gal loads
        return new ConvoyMovement(s, new CheckpointEncounter(s, checkpoint, risk, new ConvoyRoutes(city, risk, 90), ledger), ledger);
    }

    private List<Convoy> oneConvoy(int trucks, double stockCapacity) {
        end.stock.put(Cargo.FUEL, new Stock(stockCapacity, 0));
        end.inTransit.put(Cargo.FUEL, trucks * 100.0);
        ledger.bookLoad(Cargo.FUEL, trucks * 100.0);
        List<Convoy> onRoad = new ArrayList<>();
        onRoad.add(new Convoy(0, end, Cargo.FUEL, trucks, 100, road, city.router(), 0));
        return onRoad;
    }

    private int hoursToArrive(ConvoyMovement m, List<Convoy> onRoad) {
        int hours = 0;
        while (!onRoad.isEmpty() && hours < 1000) { m.hour(onRoad, roads, rng()); hours++; }
        return hours;
    }

    @Test
    void aConvoyArrivesWhenItsRouteTimeIsDrivenAndUnloads() {
        ConvoyMovement m = movement(checkpoint(0, 0));
        List<Convoy> onRoad = oneConvoy(3, 1000);
        Convoy c = onRoad.get(0);
        double routeMinutes = c.minutesAt[road.length - 1];
        assertEquals((int) Math.ceil(routeMinutes / 0.6), hoursToArrive(m, onRoad));
        assertEquals(300, end.stock.get(Cargo.FUEL).level(), 1e-9);
        assertEquals(300, ledger.delivered(Cargo.FUEL), 1e-9);
        assertEquals(0, end.inTransit.get(Cargo.FUEL), 1e-9);
        assertEquals(3, ledger.fuelTrucksDeliveredToday(), 0);
    }

    @Test
    void whatDoesNotFitTheStockStaysOnTheTrucks() {
        ConvoyMovement m = movement(checkpoint(0, 0));
        hoursToArrive(m, oneConvoy(3, 250));
        assertEquals(250, end.stock.get(Cargo.FUEL).level(), 1e-9);
        assertEquals(250, ledger.delivered(Cargo.FUEL), 1e-9);
        assertEquals(50, ledger.spilled(Cargo.FUEL), 1e-9);
        assertEquals(ledger.loaded(Cargo.FUEL), ledger.delivered(Cargo.FUEL) + ledger.spilled(Cargo.FUEL), 1e-9);
    }

    @Test
    void aGangStopsAConvoyOncePerStretchOfItsGround() {
        ConvoyMovement m = movement(checkpoint(0, 0));
        roads.strength = 0; // nobody manning: no delay, but the meeting is counted
        roads.hold(0, road[3], road[4], road[5]).hold(1, road[6]).hold(0, road[8]);
        hoursToArrive(m, oneConvoy(2, 1000));
        assertEquals(2, roads.meetings(0), "cells 3-5 are one stretch; cell 8 is another");
        assertEquals(1, roads.meetings(1));
    }

    @Test
    void aCheckpointThatIsNotOutgunnedHoldsTheConvoy() {
        int free = hoursToArrive(movement(checkpoint(0, 0)), oneConvoy(2, 1000));
        roads.hold(0, road[2]);
        int held = hoursToArrive(movement(checkpoint(0, 0)), oneConvoy(2, 1000));
        // a 2-hour delay at 1 % of free-flow speed costs 1.2 route minutes, two hours of driving
        assertEquals(free + 2, held);
        assertEquals(2 * 50, roads.incomeOf(0), 1e-9, "both trucks paid the toll");
    }

    @Test
    void aConvoyWhoseTrucksAreAllHijackedLeavesTheRoadWithoutDelivering() {
        ConvoyMovement m = movement(checkpoint(1, 0));
        roads.hold(0, road[5]);
        List<Convoy> onRoad = oneConvoy(2, 1000);
        hoursToArrive(m, onRoad);
        assertTrue(onRoad.isEmpty());
        assertEquals(0, end.stock.get(Cargo.FUEL).level(), 0);
        assertEquals(200, ledger.lost(Cargo.FUEL), 1e-9);
        assertEquals(0, ledger.delivered(Cargo.FUEL), 0);
    }
}
