package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.core.RngStream;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static hsim.model.supply.SupplyFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Morning dispatch on the two-commune city: each water point needs 1800 residents x 0.12 gal = 216 gal a
 * day and stores 10 days (2160 gal), empty at the start; a tanker carries 500 gal.
 */
class DispatchTest {
    private final City city = twoCommunes();
    private SupplyNetwork network;
    private SupplyNetwork.Node west, east;
    private final TestRoads roads = new TestRoads();

    private SupplyNetwork network(double tankersPerDay) {
        SupplySettings s = settings(Map.of("varreux_trucks_per_day", tankersPerDay, "varreux_metro_share", 1.0,
                "fuel_gal_per_truck", 500.0, "fuel_need_gal_per_resident_per_day", 0.12, "stock_days", 10.0,
                "initial_stock_share", 0.0));
        network = new SupplyNetwork(s, checkpoint(0, 0), city, residents(city, 100));
        west = node(network, "wp_west");
        east = node(network, "wp_east");
        return network;
    }

    @Test
    void pointsEquallyShortShareTheDaysTrucksByShortfall() {
        network(4).dispatch(roads, rng());
        assertEquals(2160, west.stock.get(Cargo.FUEL).capacity(), 1e-9);
        assertEquals(2, network.convoysOnRoad());
        assertEquals(1000, network.inTransit(west, Cargo.FUEL), 1e-9, "two tankers each");
        assertEquals(1000, network.inTransit(east, Cargo.FUEL), 1e-9);
        assertEquals(2000, network.ledger().loaded(Cargo.FUEL), 1e-9);
        assertEquals(2000, network.onRoad(Cargo.FUEL), 1e-9);
    }

    @Test
    void aNearlyFullPointGetsNothingAndTheOtherTheDaysTrucks() {
        network(4);
        west.stock.get(Cargo.FUEL).deliver(2100); // 60 gal short: under a quarter of a tanker
        network.dispatch(roads, rng());
        List<SupplyNetwork.ConvoyView> views = network.convoyViews();
        assertEquals(1, views.size());
        assertEquals("wp_east", views.get(0).destination());
        assertEquals(4, views.get(0).trucks());
        assertEquals(city.facility("varreux").cell(), views.get(0).cell(), "the convoy starts at the terminal");
        assertEquals(0, network.inTransit(west, Cargo.FUEL), 0);
    }

    @Test
    void noPointGetsMoreThanFillsItAndWhatIsOnTheWayCounts() {
        network(40);
        west.stock.get(Cargo.FUEL).deliver(2160); // full
        network.dispatch(roads, rng());
        assertEquals(5 * 500, network.inTransit(east, Cargo.FUEL), 1e-9, "ceil(2160 / 500) tankers, not 40");
        network.dispatch(roads, rng());
        assertEquals(5 * 500, network.inTransit(east, Cargo.FUEL), 1e-9, "the next day's dispatch counts the tankers on the way");
    }

    @Test
    void aClosedOriginSendsNothing() {
        network(4).origins.get(0).open = false;
        network.dispatch(roads, rng());
        assertEquals(0, network.convoysOnRoad());
        assertEquals(0, network.ledger().loaded(Cargo.FUEL), 0);
    }

    @Test
    void aFractionalTruckGoesByChanceOnTheFirstDraw() {
        int sent = 0;
        for (int day = 0; day < 40; day++) {
            network(0.5);
            RngStream rng = new RngStream(9).reset(0, day, 3);
            double u = new RngStream(9).reset(0, day, 3).nextDouble();
            network.dispatch(roads, rng);
            int expected = u >= 0.5 ? 1 : 0;
            assertEquals(expected, network.convoysOnRoad(), "day " + day + ", u = " + u);
            sent += expected;
        }
        assertTrue(sent > 5 && sent < 35, "about half the days send the tanker: " + sent);
    }

    @Test
    void escortsAreThoseTheRoadsGiveTheCargo() {
        roads.escort = 7;
        network(4).dispatch(roads, rng());
        // an escort of 7 against a gang of 10 (weight 3) leaves the gang under half the odds: no checkpoint delay
        roads.hold(0, city.cell(1, 0), city.cell(1, 1), city.cell(1, 2)); // every route out of the terminal crosses x = 1
        network.hour(roads, rng());
        assertEquals(2, roads.meetings(0), "both convoys met the checkpoint");
        assertEquals(0, roads.incomeOf(0), 0, "outgunned gangs stand aside and take no toll");
    }

    @Test
    void aPointShortOfLessThanATankerButMoreThanAQuarterGetsOne() {
        network(4);
        west.stock.get(Cargo.FUEL).deliver(1960); // 200 gal short: more than a quarter of a 500 gal tanker
        east.stock.get(Cargo.FUEL).deliver(2160); // full
        network.dispatch(roads, rng());
        assertEquals(500, network.inTransit(west, Cargo.FUEL), 1e-9, "one tanker fills the gap");
        assertEquals(0, network.inTransit(east, Cargo.FUEL), 0, "a full point gets nothing");
    }
}
