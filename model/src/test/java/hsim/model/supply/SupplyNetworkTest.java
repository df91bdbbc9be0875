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
}
