package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static hsim.model.supply.SupplyFixture.settings;
import static org.junit.jupiter.api.Assertions.*;

/** Nightly serving and need-met shares at hand-stocked points. */
class DistributionTest {
    private final City city = City.builder(4, 1)
            .facility("wp", FacilityKind.WATER_POINT, 0, 0)
            .facility("market", FacilityKind.MARKET, 3, 0).build();
    private final Distribution distribution = new Distribution(settings(Map.of("water_without_fuel_share", 0.35,
            "safe_water_without_fuel_share", 0.2, "safe_water_with_fuel_share", 0.8, "food_local_share", 0.35)));

    private SupplyNetwork.Node point(String id, Cargo c, double demand, double stock) {
        SupplyNetwork.Node n = new SupplyNetwork.Node(city.facility(id));
        n.demand.put(c, demand);
        n.stock.put(c, new Stock(1000, stock));
        return n;
    }

    @Test
    void anOpenPointServesFromStockAndAClosedOneServesNothing() {
        SupplyNetwork.Node wp = point("wp", Cargo.FUEL, 100, 40), market = point("market", Cargo.FOOD, 100, 500);
        distribution.night(List.of(wp, market));
        assertEquals(0.4, wp.met(Cargo.FUEL), 1e-12);
        assertEquals(0, wp.stock.get(Cargo.FUEL).level(), 1e-12);
        assertEquals(1, market.met(Cargo.FOOD), 1e-12);
        assertEquals(400, market.stock.get(Cargo.FOOD).level(), 1e-12);
        market.open = false;
        distribution.night(List.of(wp, market));
        assertEquals(0, market.met(Cargo.FOOD), 0, "a new night: yesterday's service does not count");
        assertEquals(400, market.stock.get(Cargo.FOOD).level(), 1e-12);
    }

    @Test
    void waterAndSafeWaterRiseWithTheWaterPointsFuel() {
        SupplyNetwork.Node wp = point("wp", Cargo.FUEL, 100, 40);
        distribution.night(List.of(wp));
        assertEquals(0.35 + 0.65 * 0.4, distribution.waterMet(wp), 1e-12);
        assertEquals(0.2 + 0.6 * 0.4, distribution.safeWater(wp), 1e-12);
        wp.open = false; // an unsafe water point pumps nothing, whatever its fuel
        assertEquals(0.35, distribution.waterMet(wp), 1e-12);
        assertEquals(0.2, distribution.safeWater(wp), 1e-12);
    }

    @Test
    void foodIsPartlyLocalAndTheRestFromTheMarket() {
        SupplyNetwork.Node market = point("market", Cargo.FOOD, 100, 50);
        distribution.night(List.of(market));
        assertEquals(0.35 + 0.65 * 0.5, distribution.foodMet(market), 1e-12);
        assertEquals(0.35, distribution.foodMet(null), 1e-12, "no market: local food only");
    }

    @Test
    void theNetworksShareIsWeightedByDemand() {
        SupplyNetwork.Node a = point("wp", Cargo.FUEL, 300, 300), b = point("market", Cargo.FUEL, 100, 0);
        distribution.night(List.of(a, b));
        assertEquals(0.75, Distribution.metShare(List.of(a, b), Cargo.FUEL), 1e-12);
        assertEquals(1, Distribution.metShare(List.of(a, b), Cargo.MEDICAL), 0, "no demand: fully met");
    }
}
