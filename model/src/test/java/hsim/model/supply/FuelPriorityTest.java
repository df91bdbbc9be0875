package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static hsim.model.supply.SupplyFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Hospitals' first call on the day's fuel, on the two-commune city with three hospitals: each water point
 * needs 216 gal a day and stores 2,160 gal; each hospital's generator needs 30 gal a day and its tank holds
 * 300 gal, under a 500-gal tanker; everything starts empty.
 */
class FuelPriorityTest {
    private final City city = withHospitals();
    private final TestRoads roads = new TestRoads();
    private SupplyNetwork network;

    private static City withHospitals() {
        City.Builder b = City.builder(12, 3).commune(1, "West", 1800).commune(2, "East", 1800);
        for (int x = 6; x < 12; x++) for (int y = 0; y < 3; y++) b.communeAt(x, y, 2);
        return b.facility("varreux", FacilityKind.FUEL_TERMINAL, 0, 1)
                .facility("wp_west", FacilityKind.WATER_POINT, 2, 2)
                .facility("wp_east", FacilityKind.WATER_POINT, 11, 1)
                .facility("market", FacilityKind.MARKET, 11, 0)
                .facility("h1", FacilityKind.HOSPITAL, 4, 0)
                .facility("h2", FacilityKind.HOSPITAL, 8, 2)
                .facility("h3", FacilityKind.HOSPITAL, 10, 2)
                .build();
    }

    private SupplyNetwork network(double tankersPerDay, double hospitalShare) {
        SupplySettings s = settings(Map.of("varreux_trucks_per_day", tankersPerDay, "varreux_metro_share", 1.0,
                "fuel_gal_per_truck", 500.0, "fuel_need_gal_per_resident_per_day", 0.12, "hospital_fuel_gal_per_day", 30.0,
                "stock_days", 10.0, "initial_stock_share", 0.0));
        network = new SupplyNetwork(s, CheckpointSettings.defaults(), new FuelPriority(hospitalShare), checkpoint(0, 0), city,
                residents(city, 100));
        return network;
    }

    private List<SupplyNetwork.Node> hospitals() { return network.hospitals; }

    private double toHospitals() {
        double sum = 0;
        for (SupplyNetwork.Node h : hospitals()) sum += network.inTransit(h, Cargo.FUEL);
        return sum;
    }

    private double toWaterPoints() {
        return network.inTransit(node(network, "wp_west"), Cargo.FUEL) + network.inTransit(node(network, "wp_east"), Cargo.FUEL);
    }

    /** Drives the day's convoys to their destinations and serves the night's demand. */
    private void deliverAndServe() {
        for (int h = 0; h < 200 && network.convoysOnRoad() > 0; h++) network.hour(roads, rng());
        assertEquals(0, network.convoysOnRoad(), "every convoy arrived");
        network.distribute();
    }

    @Test
    void withFuelForEveryHospitalEveryGeneratorRunsAndNoTankTakesAWholeTanker() {
        network(12, 0.25);
        assertEquals(300, hospitals().get(0).stock.get(Cargo.FUEL).capacity(), 1e-9);
        network.dispatch(roads, rng()); // 6,000 gal; a quarter covers the three 300-gal tanks
        for (SupplyNetwork.Node h : hospitals())
            assertEquals(300, network.inTransit(h, Cargo.FUEL), 1e-9, h.facility.id() + ": a tank-sized delivery, not a 500-gal tanker");
        deliverAndServe();
        for (SupplyNetwork.Node h : hospitals()) {
            assertEquals(1, h.met(Cargo.FUEL), 1e-9, h.facility.id() + " ran its generator tonight");
            assertEquals(270, h.stock.get(Cargo.FUEL).level(), 1e-9, h.facility.id() + " got a full tank, less tonight's 30 gal");
        }
        assertEquals(2 * (5 * 500 - 2160), network.ledger().spilled(Cargo.FUEL), 1e-9,
                "only the water points' whole tankers overflow; the hospitals' deliveries fit their tanks");
        assertTrue(node(network, "wp_west").met(Cargo.FUEL) > 0 && node(network, "wp_east").met(Cargo.FUEL) > 0,
                "the water points had the rest");
        assertEquals(10 + 900.0 / 500, network.ledger().fuelTrucksDeliveredToday(), 1e-9,
                "the hospitals' part-loaded trucks count as the tanker loads they carry");
        assertEquals(900 + 10 * 500, network.ledger().loaded(Cargo.FUEL), 1e-9,
                "hospitals' 900 gal took two tankers, the water points five each of the other ten");
    }

    @Test
    void withScarceFuelAndStrictPriorityHospitalsAreFilledBeforeAnyWaterPoint() {
        network(2, 1).dispatch(roads, rng()); // 1,000 gal against 900 for the hospitals and 4,320 for the water points
        assertEquals(900, toHospitals(), 1e-9, "every hospital tank is filled first");
        for (SupplyNetwork.Node h : hospitals()) assertEquals(300, network.inTransit(h, Cargo.FUEL), 1e-9, h.facility.id());
        assertEquals(0, toWaterPoints(), 0, "both tankers went to the hospitals' 900 gal");
    }

    @Test
    void theSetAsideShareCapsHospitalsUnderScarcityAndIsSplitByShortfall() {
        network(2, 0.3);
        hospitals().get(0).stock.get(Cargo.FUEL).deliver(150); // h1 is half full: shortfalls 150, 300, 300
        network.dispatch(roads, rng());
        assertEquals(0.3 * 1000, toHospitals(), 1e-9, "no more than the set-aside share of the day's fuel");
        assertEquals(60, network.inTransit(hospitals().get(0), Cargo.FUEL), 1e-9);
        assertEquals(120, network.inTransit(hospitals().get(1), Cargo.FUEL), 1e-9);
        assertEquals(120, network.inTransit(hospitals().get(2), Cargo.FUEL), 1e-9);
        assertEquals(500, toWaterPoints(), 1e-9, "the hospitals' 300 gal took one tanker; the other goes to a water point");
        deliverAndServe();
        for (SupplyNetwork.Node h : hospitals()) assertTrue(h.met(Cargo.FUEL) > 0, h.facility.id() + " has some generator fuel");
    }

    @Test
    void withNoSetAsideHospitalsGetNoFuelAndWaterPointsAllOfIt() {
        network(12, 0).dispatch(roads, rng());
        assertEquals(0, toHospitals(), 0);
        assertEquals(10 * 500, toWaterPoints(), 1e-9, "ceil(2,160 / 500) tankers to each water point");
    }
}
