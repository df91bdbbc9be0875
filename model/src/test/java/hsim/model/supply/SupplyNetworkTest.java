package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.core.RngStream;
import hsim.model.scenario.Param;
import hsim.model.scenario.ParameterCatalog;
import hsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import static hsim.model.supply.SupplyFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/** Building the network from the city, and a day of it end to end. */
class SupplyNetworkTest {
    private final City city = twoCommunes();
    private final SupplySettings s = settings(Map.of("fuel_need_gal_per_resident_per_day", 0.1, "stock_days", 10.0,
            "food_need_t_per_resident_per_day", 0.001, "food_local_share", 0.25, "initial_stock_share", 0.5,
            "varreux_trucks_per_day", 4.0, "varreux_metro_share", 1.0, "fuel_gal_per_truck", 100.0));

    @Test
    void eachCommuneDrawsOnItsWaterPointAndEachWaterPointOnTheNearestMarket() {
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(0, 0), city, residents(city, 100));
        SupplyNetwork.Node west = node(n, "wp_west"), east = node(n, "wp_east"), market = node(n, "market");
        assertSame(west, n.waterPointOf(1));
        assertSame(east, n.waterPointOf(2));
        assertEquals(1800 * 0.1, west.demand.get(Cargo.FUEL), 1e-9);
        assertEquals(3600 * 0.001 * 0.75, market.demand.get(Cargo.FOOD), 1e-9, "both water points' residents, less local food");
        assertEquals(180 * 10, west.stock.get(Cargo.FUEL).capacity(), 1e-9);
        assertEquals(180 * 10 * 0.5, west.stock.get(Cargo.FUEL).level(), 1e-9);
        assertEquals(1, n.origins.size(), "the fuel terminal; no port or airport in this city");
        assertEquals(city.facility("varreux"), n.origins.get(0).facility);
    }

    @Test
    void aCommuneWithoutAWaterPointDrawsOnTheNearest() {
        City.Builder b = City.builder(12, 3).commune(1, "West", 1800).commune(2, "East", 1800);
        for (int x = 6; x < 12; x++) for (int y = 0; y < 3; y++) b.communeAt(x, y, 2);
        City c = b.facility("wp_west", FacilityKind.WATER_POINT, 2, 2).facility("market", FacilityKind.MARKET, 11, 0).build();
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(0, 0), c, residents(c, 100));
        assertSame(n.waterPointOf(1), n.waterPointOf(2));
        assertEquals(3600 * 0.1, n.waterPointOf(2).demand.get(Cargo.FUEL), 1e-9);
    }

    @Test
    void aDayMovesFuelFromTheTerminalIntoTheWaterPointsAndKeepsTheBooks() {
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(0, 0), city, residents(city, 100));
        TestRoads roads = new TestRoads();
        RngStream rng = rng();
        n.newDay();
        n.dispatch(roads, rng);
        double loaded = n.ledger().loaded(Cargo.FUEL);
        assertEquals(400, loaded, 1e-9, "four tankers of 100 gal");
        for (int h = 0; h < 24; h++) n.hour(roads, rng);
        assertEquals(0, n.convoysOnRoad());
        assertEquals(loaded, n.ledger().delivered(Cargo.FUEL), 1e-9);
        assertEquals(4, n.ledger().fuelTrucksDeliveredToday(), 0);
        n.distribute();
        SupplyNetwork.Node west = node(n, "wp_west");
        assertEquals(1, west.met(Cargo.FUEL), 1e-12, "900 gal in stock plus deliveries cover a 180 gal day");
        assertEquals(1, n.waterMet(west), 1e-12, "fuel for pumping met in full");
        assertEquals(1, n.foodMet(west), 1e-12, "the market's half-full store covers a day");
    }

    @Test
    void everySettingIsReadFromItsOwnParameter() {
        ParameterCatalog catalog = new ParameterCatalog().addAll(SupplySettings.params());
        SupplySettings d = SupplySettings.from(Scenario.defaults(catalog));
        List<Param> params = SupplySettings.params();
        RecordComponent[] fields = SupplySettings.class.getRecordComponents();
        assertEquals(params.size(), fields.length);
        for (int i = 0; i < fields.length; i++) {
            double expected = Double.parseDouble(params.get(i).defaultText());
            assertEquals(expected, ((Number) invoke(fields[i], d)).doubleValue(), 0, fields[i].getName() + " <- " + params.get(i).key());
        }
        assertEquals(8083, d.amountPerTruck(Cargo.FUEL), 0);
        assertEquals(20, d.amountPerTruck(Cargo.FOOD), 0);
        assertEquals(150, d.amountPerTruck(Cargo.MEDICAL), 0);
    }

    private static Object invoke(RecordComponent c, Object o) {
        try { return c.getAccessor().invoke(o); } catch (ReflectiveOperationException e) { throw new AssertionError(e); }
    }

    private static void day(SupplyNetwork n, Roads roads, RngStream rng) {
        n.newDay();
        n.dispatch(roads, rng);
        for (int h = 0; h < 24; h++) n.hour(roads, rng);
        n.distribute();
    }

    @Test
    void fuelTrucksDeliveredAreCountedPerDay() {
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(0, 0), city, residents(city, 100));
        TestRoads roads = new TestRoads();
        RngStream rng = rng();
        day(n, roads, rng);
        assertEquals(4, n.ledger().fuelTrucksDeliveredToday(), 0);
        day(n, roads, rng);
        assertEquals(4, n.ledger().fuelTrucksDeliveredToday(), 0, "today's four, not the running total");
        assertEquals(800, n.ledger().delivered(Cargo.FUEL), 1e-9);
    }

    @Test
    void withoutDeliveriesAWaterPointServesItsStockThenRunsDryAndItsWaterTurnsUnsafe() {
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(0, 0), city, residents(city, 100));
        n.origins.get(0).open = false; // the terminal is blockaded
        TestRoads roads = new TestRoads();
        RngStream rng = rng();
        SupplyNetwork.Node west = node(n, "wp_west");
        day(n, roads, rng);
        assertEquals(900 - 180, west.stock.get(Cargo.FUEL).level(), 1e-9, "a day's 180 gal served from the 900 in stock");
        assertEquals(1, SupplyNetwork.metShare(n.waterPoints, Cargo.FUEL), 1e-12);
        assertEquals(s.safeWaterWithFuel(), n.safeWater(west), 1e-12, "pumping and treatment run on full fuel");
        for (int d = 2; d <= 6; d++) day(n, roads, rng);
        assertEquals(0, west.stock.get(Cargo.FUEL).level(), 1e-9, "five days of stock are gone");
        assertEquals(0, SupplyNetwork.metShare(n.waterPoints, Cargo.FUEL), 1e-12, "no fuel is served on day 6");
        assertEquals(s.safeWaterWithoutFuel(), n.safeWater(west), 1e-12, "without fuel only wells and springs are safe");
        assertEquals(s.waterWithoutFuelShare(), n.waterMet(west), 1e-12);
    }

    @Test
    void theMetroShareOfVarreuxIsWhatLeavesForTheCapital() {
        SupplySettings half = settings(Map.of("varreux_trucks_per_day", 4.0, "varreux_metro_share", 0.5, "fuel_gal_per_truck", 100.0,
                "initial_stock_share", 0.0));
        SupplyNetwork n = new SupplyNetwork(half, checkpoint(0, 0), city, residents(city, 100));
        n.dispatch(new TestRoads(), rng());
        assertEquals(200, n.ledger().loaded(Cargo.FUEL), 1e-9, "two of Varreux's four tankers serve the metro");
    }

    @Test
    void aCommuneWithoutAWaterPointDrawsOnTheNearestOfSeveral() {
        City.Builder b = City.builder(12, 3).commune(1, "West", 1800).commune(2, "East", 1800);
        for (int x = 6; x < 12; x++) for (int y = 0; y < 3; y++) b.communeAt(x, y, 2);
        // commune 2 starts at (6,0): wp_near (4,1) is 2.2 cells away, wp_far (0,2) 6.3
        City c = b.facility("wp_far", FacilityKind.WATER_POINT, 0, 2).facility("wp_near", FacilityKind.WATER_POINT, 4, 1)
                .facility("market", FacilityKind.MARKET, 11, 0).build();
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(0, 0), c, residents(c, 100));
        assertSame(node(n, "wp_near"), n.waterPointOf(2));
        assertSame(node(n, "wp_far"), n.waterPointOf(1), "commune 1's own point (the first found)");
    }

    @Test
    void hospitalsShareTheMetrosMedicalNeedAndEachNeedsGeneratorFuel() {
        City c = City.builder(12, 3).facility("wp", FacilityKind.WATER_POINT, 2, 2).facility("market", FacilityKind.MARKET, 11, 0)
                .facility("h1", FacilityKind.HOSPITAL, 5, 1).facility("h2", FacilityKind.HOSPITAL, 8, 1).build();
        SupplySettings med = settings(Map.of("medical_need_kits_per_resident_per_day", 0.001, "hospital_fuel_gal_per_day", 300.0));
        SupplyNetwork n = new SupplyNetwork(med, checkpoint(0, 0), c, residents(c, 100));
        for (String h : List.of("h1", "h2")) {
            assertEquals(3600 * 0.001 / 2, node(n, h).demand.get(Cargo.MEDICAL), 1e-9, h + ": half of 3,600 residents' need");
            assertEquals(300, node(n, h).demand.get(Cargo.FUEL), 1e-9);
        }
    }

    @Test
    void portLafitoSendsItsFoodAndTheFuelThatDoesNotComeThroughVarreux() {
        City c = City.builder(12, 3).facility("wp", FacilityKind.WATER_POINT, 2, 2).facility("market", FacilityKind.MARKET, 11, 0)
                .facility("apn_port", FacilityKind.SEAPORT, 0, 2).facility("port_lafito", FacilityKind.SEAPORT, 0, 0).build();
        SupplySettings lafito = settings(Map.of("lafito_food_trucks_per_day", 1.0, "other_fuel_trucks_per_day", 1.0,
                "port_food_trucks_per_day", 0.0, "port_medical_trucks_per_day", 0.0, "initial_stock_share", 0.0,
                "fuel_gal_per_truck", 100.0, "food_t_per_truck", 0.5));
        SupplyNetwork n = new SupplyNetwork(lafito, checkpoint(0, 0), c, residents(c, 100));
        assertEquals(List.of(c.facility("apn_port"), c.facility("port_lafito")), n.origins.stream().map(o -> o.facility).toList());
        n.dispatch(new TestRoads(), rng());
        assertEquals(100, n.ledger().loaded(Cargo.FUEL), 1e-9, "Lafito's tanker: there is no fuel terminal");
        assertEquals(0.5, n.ledger().loaded(Cargo.FOOD), 1e-9, "Lafito's food truck: the APN port sends none");
    }
}
