package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static hsim.model.supply.SupplyFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/** Route memory and re-planning on a 9 x 5 grid of streets. */
class ConvoyRoutesTest {
    private final City city = City.builder(9, 5)
            .facility("depot", FacilityKind.FUEL_TERMINAL, 0, 2)
            .facility("east", FacilityKind.WATER_POINT, 8, 2)
            .facility("north_east", FacilityKind.WATER_POINT, 8, 0)
            .build();
    private final Facility depot = city.facility("depot"), east = city.facility("east"), northEast = city.facility("north_east");
    private final RouteRisk risk = new RouteRisk(city.cells(), 14);
    private final ConvoyRoutes routes = new ConvoyRoutes(city, risk, 1000);

    private static boolean crosses(int[] route, int cell) { return Arrays.stream(route).anyMatch(c -> c == cell); }

    @Test
    void aRouteIsPlannedOnceAndRemembered() {
        routes.newDispatch();
        int[] first = routes.route(0, depot, east);
        assertArrayEquals(city.router().path(depot.cell(), east).cells(), first, "the fastest path");
        assertSame(first, routes.route(0, depot, east));
        routes.newDispatch();
        assertSame(first, routes.route(0, depot, east), "not attacked: not re-planned");
    }

    @Test
    void anAttackedRouteIsReplannedAroundTheAttackAtTheNextDispatch() {
        routes.newDispatch();
        int[] first = routes.route(0, depot, east);
        int ambush = city.cell(4, 2);
        assertTrue(crosses(first, ambush), "the straight road");
        risk.attacked(ambush);
        routes.attacked(0, east.cell());
        routes.newDispatch();
        int[] second = routes.route(0, depot, east);
        assertFalse(crosses(second, ambush), "drivers go round the ambush");
        assertEquals(depot.cell(), second[0]);
        assertEquals(east.cell(), second[second.length - 1]);
        routes.newDispatch();
        assertSame(second, routes.route(0, depot, east), "re-planned once per attack");
    }

    @Test
    void dispatchersReplanOneRouteADay() {
        routes.newDispatch();
        int[] toEast = routes.route(0, depot, east), toNorthEast = routes.route(0, depot, northEast);
        routes.attacked(0, east.cell());
        routes.attacked(0, northEast.cell());
        routes.newDispatch();
        assertNotSame(toEast, routes.route(0, depot, east));
        assertSame(toNorthEast, routes.route(0, depot, northEast), "the day's re-planning is spent");
        routes.newDispatch();
        assertNotSame(toNorthEast, routes.route(0, depot, northEast), "its turn comes the next day");
    }

    @Test
    void routesAreKeptPerOriginAndSurviveACheckpointInOrder() throws Exception {
        routes.newDispatch();
        routes.route(0, depot, east);
        routes.route(0, depot, northEast);
        routes.route(1, east, northEast);
        assertEquals(2, routes.from(0).size());
        assertEquals(1, routes.from(1).size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(routes); }
        ConvoyRoutes back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) { back = (ConvoyRoutes) in.readObject(); }
        List<int[]> before = routes.from(0), after = back.from(0);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) assertArrayEquals(before.get(i), after.get(i), "route " + i + " in the same order");
    }

    /**
     * The outcome re-routing exists for: a gang that hijacks every truck holds one cell of the straight road to
     * the east water point. The first day's convoy there is lost; from the next dispatch the convoys go round
     * that cell and the fuel arrives, and no more trucks are lost. Without re-planning (or with re-planning
     * that ignores the drivers' memory of the attack) every convoy would take the ambushed road and none arrive.
     */
    @Test
    void aConvoyWhoseRouteIsAmbushedIsReroutedAndItsCargoArrives() {
        City twoCommunes = twoCommunes();
        SupplySettings s = settings(Map.of("fuel_need_gal_per_resident_per_day", 0.1, "stock_days", 10.0,
                "initial_stock_share", 0.5, "varreux_trucks_per_day", 4.0, "varreux_metro_share", 1.0, "fuel_gal_per_truck", 100.0));
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(1.0, 0), twoCommunes, residents(twoCommunes, 100));
        int ambush = twoCommunes.cell(6, 1);
        TestRoads roads = new TestRoads().hold(0, ambush);
        Stock east = node(n, "wp_east").stock.get(Cargo.FUEL);
        double before = east.level();
        hsim.model.core.RngStream rng = rng();
        drive(n, roads, rng);
        assertEquals(before, east.level(), 1e-9, "day 1: the convoy east is hijacked on the straight road");
        double lostOnDayOne = n.ledger().hijackedTrucks();
        assertTrue(lostOnDayOne > 0, "the ambush took trucks");
        for (int d = 2; d <= 4; d++) drive(n, roads, rng);
        assertTrue(east.level() > before + 100, "re-routed convoys deliver fuel east: " + east.level() + " (was " + before + ")");
        assertEquals(lostOnDayOne, n.ledger().hijackedTrucks(), 0, "no truck is lost after the re-route");
        assertEquals(0, n.convoysOnRoad(), "every convoy arrived");
    }


    /**
     * Drivers' memory of an attack fades: after the gang that ambushed the straight road has gone and the memory
     * has faded, the next re-plan (forced by an attack on the detour) takes the straight road again.
     */
    @Test
    void driversReturnToARoadOnceTheMemoryOfItsAttackHasFaded() {
        City twoCommunes = twoCommunes();
        SupplySettings s = settings(Map.of("fuel_need_gal_per_resident_per_day", 0.1, "stock_days", 10.0, "risk_half_life_days", 1.0,
                "initial_stock_share", 0.5, "varreux_trucks_per_day", 4.0, "varreux_metro_share", 1.0, "fuel_gal_per_truck", 100.0));
        SupplyNetwork n = new SupplyNetwork(s, checkpoint(1.0, 0), twoCommunes, residents(twoCommunes, 100));
        int ambush = twoCommunes.cell(6, 1), eastCell = twoCommunes.facility("wp_east").cell();
        TestRoads roads = new TestRoads().hold(0, ambush);
        hsim.model.core.RngStream rng = rng();
        day(n, roads, rng);
        day(n, roads, rng);
        int[] detour = routeTo(n, eastCell);
        assertFalse(crosses(detour, ambush), "re-planned round the ambush");
        roads.holder.clear(); // the gang leaves; ten half-lives later the drivers have forgotten
        for (int d = 0; d < 12; d++) day(n, roads, rng);
        int second = Arrays.stream(detour).filter(c -> c != eastCell && Math.abs(c % twoCommunes.width() - 6) <= 1
                && c / twoCommunes.width() != 1).findFirst().orElseThrow();
        roads.hold(1, second); // another gang ambushes the detour
        for (int d = 0; d < 3; d++) day(n, roads, rng);
        int[] now = routeTo(n, eastCell);
        assertFalse(crosses(now, second), "round the new ambush");
        assertTrue(crosses(now, ambush), "back on the straight road, whose attack is forgotten");
    }

    private static int[] routeTo(SupplyNetwork n, int cell) {
        for (int[] r : n.routesFrom(n.origins.get(0).facility)) if (r[r.length - 1] == cell) return r;
        throw new AssertionError("no route to cell " + cell);
    }

    /** Dispatch and a day's driving, no nightly distribution (stocks only fill). */
    private static void drive(SupplyNetwork n, Roads roads, hsim.model.core.RngStream rng) {
        n.newDay();
        n.dispatch(roads, rng);
        for (int h = 0; h < 24; h++) n.hour(roads, rng);
    }

    private static void day(SupplyNetwork n, Roads roads, hsim.model.core.RngStream rng) {
        n.newDay();
        n.dispatch(roads, rng);
        for (int h = 0; h < 24; h++) n.hour(roads, rng);
        n.distribute();
    }
}
