package hsim.model.world;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.core.IntentBuffer;
import hsim.model.core.ParallelCore;
import hsim.model.gangs.GangGround;
import hsim.model.people.CareAccess;
import hsim.model.people.CholeraPrevalence;
import hsim.model.people.CivilianIntents;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.supply.Cargo;
import hsim.model.supply.Stock;
import hsim.model.supply.SupplyNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Needs met by reach, displacement sites and return, on a hand-built street of 200 cells (~0.42 free-flow
 * minutes a cell): commune West (x < 100) with water point and hospital at x = 10, commune East with water
 * point and hospital at x = 190, one market in the middle. With a 20-minute reach (~47 cells) the middle of
 * the street is out of reach of both water points and hospitals.
 */
class NeedsByReachTest {
    private static final int WIDTH = 200, WP_A = 10, WP_B = 190;

    /** A world on the street: no gangs, the civilians placed by hand, the morning and the civilian day wired as in the model. */
    private static final class World {
        final MetroState s;
        final CareAccess care;
        final Morning morning;
        final CholeraPrevalence prevalence;
        final CivilianIntents intents;
        final ParallelCore core = new ParallelCore(5, 1, 64);
        final SupplyNetwork.Node wpA, wpB, hA, hB;

        World(String... overrides) {
            City.Builder b = City.builder(WIDTH, 1).commune(1, "West", 100 * 100).commune(2, "East", 100 * 100);
            for (int x = 100; x < WIDTH; x++) b.communeAt(x, 0, 2);
            City city = b.facility("wp_a", FacilityKind.WATER_POINT, WP_A, 0).facility("wp_b", FacilityKind.WATER_POINT, WP_B, 0)
                    .facility("market", FacilityKind.MARKET, 100, 0)
                    .facility("h_a", FacilityKind.HOSPITAL, WP_A, 0).facility("h_b", FacilityKind.HOSPITAL, WP_B, 0).build();
            ScenarioLoader l = ModelCatalog.loader();
            List<String> o = new ArrayList<>(List.of("gangs.count_metro=1", "run.people_per_agent=100",
                    "people.water_reach_minutes=20", "people.care_max_minutes=20", "people.food_reach_minutes=200"));
            o.addAll(List.of(overrides));
            Scenario sc = l.override(l.load("baseline"), o);
            s = new MetroState(sc, city, new Civilians(0, 100), 5);
            Arrays.fill(s.territory.owners(), -1);
            care = new CareAccess(s);
            prevalence = new CholeraPrevalence(s);
            GangGround ground = new GangGround(s);
            ground.rebuild();
            morning = new Morning(s, care, prevalence, ground);
            intents = new CivilianIntents(s, ground);
            wpA = node(s.supply.waterPoints, "wp_a");
            wpB = node(s.supply.waterPoints, "wp_b");
            hA = node(s.supply.hospitals, "h_a");
            hB = node(s.supply.hospitals, "h_b");
        }

        int person(int home) { return s.civ.add(home, 0.2f, 0.5f, 0.5f); }

        /** One day as the model runs it for these mechanisms: morning, civilians, their intents, the night's service. */
        void day() {
            morning.run();
            core.forEach(s.civ.size(), intents.civilianDay(prevalence, care), intents.buffer());
            intents.resolve(0);
            s.supply.distribute();
        }

        /** Night and next morning: the need met that last night's service gave, as civilians read it today. */
        void nightAndMorning() {
            s.supply.distribute();
            morning.run();
        }
    }

    private static SupplyNetwork.Node node(List<SupplyNetwork.Node> l, String id) {
        for (SupplyNetwork.Node n : l) if (n.facility.id().equals(id)) return n;
        throw new IllegalArgumentException(id);
    }

    private static void fill(SupplyNetwork.Node n, Cargo c) { Stock st = n.stock.get(c); st.deliver(st.capacity()); }

    private static void empty(SupplyNetwork.Node n, Cargo c) { n.stock.get(c).serve(Double.MAX_VALUE, true); }

    @Test
    void aPersonOutOfReachOfEveryOpenWaterPointGetsOnlyWellWaterWhileOneInReachIsServed() {
        World w = new World();
        w.person(5);
        w.person(100); // ~38 minutes from either water point
        fill(w.wpA, Cargo.FUEL);
        fill(w.wpB, Cargo.FUEL);
        w.morning.run();
        w.nightAndMorning();
        double wells = w.s.supply.settings().waterWithoutFuelShare();
        assertEquals(1, w.s.waterMet[5], 1e-6, "in reach of a fuelled water point: pumped water in full");
        assertEquals(wells, w.s.waterMet[100], 1e-6, "out of reach of every water point: wells and springs only");
        assertEquals(100 * w.s.supply.settings().fuelNeedGalPerResidentPerDay(), w.wpA.demand.get(Cargo.FUEL), 1e-9,
                "the water point's demand is the one person-agent in its reach, not its commune's residents");
        assertEquals(0, w.care.at(100), 0, "no hospital within reach: no care");
        assertTrue(w.care.at(5) > 0.9, "a stocked hospital within reach: care");
    }

    @Test
    void closingAWaterPointLowersNeedMetOnlyNearIt() {
        World w = new World();
        w.person(5);
        w.person(195);
        fill(w.wpA, Cargo.FUEL);
        fill(w.wpB, Cargo.FUEL);
        w.morning.run();
        w.nightAndMorning();
        assertEquals(1, w.s.waterMet[5], 1e-6);
        assertEquals(1, w.s.waterMet[195], 1e-6);
        w.s.violence[WP_A] = 1; // fighting at water point A: unsafe, it closes this morning
        w.nightAndMorning(); // the morning closes A; tonight nobody can draw at A
        w.nightAndMorning();
        assertFalse(w.wpA.open);
        assertEquals(w.s.supply.settings().waterWithoutFuelShare(), w.s.waterMet[5], 1e-6, "near the closed point: wells only");
        assertEquals(1, w.s.waterMet[195], 1e-6, "far from it: unchanged");
    }

    @Test
    void aDisplacedPersonIsServedAtTheRefugeNotAtHome() {
        World w = new World();
        int i = w.person(5), neighbour = w.person(5);
        w.s.civ.setCell(i, 195);
        w.s.civ.set(i, Civilians.DISPLACED, true);
        empty(w.wpA, Cargo.FUEL); // home's water point has no fuel
        fill(w.wpB, Cargo.FUEL);
        w.morning.run();
        assertEquals(100 * w.s.supply.settings().fuelNeedGalPerResidentPerDay(), w.wpA.demand.get(Cargo.FUEL), 1e-9,
                "at home only the neighbour who stayed draws water");
        assertEquals(100 * w.s.supply.settings().fuelNeedGalPerResidentPerDay(), w.wpB.demand.get(Cargo.FUEL), 1e-9,
                "the displaced person's need is demand at the refuge's water point");
        w.nightAndMorning();
        assertEquals(1, w.s.waterMet[w.s.civ.cell(i)], 1e-6, "served at the refuge");
        assertEquals(w.s.supply.settings().waterWithoutFuelShare(), w.s.waterMet[w.s.civ.cell(neighbour)], 1e-6,
                "home would not have served them: the neighbour who stayed gets wells only");
        // and the person's day reads the refuge's needs: hardship moves towards the target at the refuge's need met
        double h0 = w.s.civ.hardship(i), need = hsim.model.people.CivilianDay.needMet(w.s, w.s.waterMet[195], w.s.foodMet[195]);
        double expected = w.s.hardship.next(h0, hsim.model.people.CivilianDay.baseline(w.s, i), 1 - need, w.s.violence[195], true);
        w.core.forEach(w.s.civ.size(), w.intents.civilianDay(w.prevalence, w.care), w.intents.buffer());
        assertEquals(expected, w.s.civ.hardship(i), 1e-6, "hardship from the needs met at the refuge");
        assertTrue(w.s.waterMet[195] > w.s.waterMet[5] + 0.5, "home and refuge differ enough for this to tell");
    }

    @Test
    void theDisplacedGoHomeOnceHomeHasBeenCalmLongEnoughEvenUnderGangRule() {
        // home is gang-held, so gang rule keeps its violence at the everyday floor (0.15); the default return
        // threshold (0.2) is above that floor, so return is possible once the fighting has died down
        World w = new World("people.return_per_day=1", "people.return_calm_days=5", "people.flee_per_day=0");
        int i = w.person(5);
        w.s.civ.setCell(i, 195);
        w.s.civ.set(i, Civilians.DISPLACED, true);
        w.s.territory.set(5, 0);
        w.s.violence[5] = 0.9f; // the fighting that drove them out
        int days = 0;
        while (w.s.civ.has(i, Civilians.DISPLACED) && days < 60) { w.day(); days++; }
        assertFalse(w.s.civ.has(i, Civilians.DISPLACED), "went home within 60 days");
        assertEquals(5, w.s.civ.cell(i));
        // violence halves every 5 days from 0.9: below 0.2 after ~11 days, then 5 calm days
        assertTrue(days >= 15, "not before home had been calm for the required days: " + days);

        World never = new World("people.return_per_day=1", "people.return_calm_days=5", "people.flee_per_day=0",
                "people.return_violence_threshold=0.1");
        int j = never.person(5);
        never.s.civ.setCell(j, 195);
        never.s.civ.set(j, Civilians.DISPLACED, true);
        never.s.territory.set(5, 0);
        for (int d = 0; d < 60; d++) never.day();
        assertTrue(never.s.civ.has(j, Civilians.DISPLACED), "a return threshold below the gang-rule floor keeps them away");
    }

    @Test
    void theFleeingGoToTheNearestSafeCellWithRoomAndAreServedThere() {
        World w = new World("people.refuge_capacity_share=1", "people.flee_per_day=1");
        // a violent stretch at the west end: its residents flee
        for (int x = 0; x < 4; x++) w.s.violence[x] = 0.9f;
        int[] ids = new int[3];
        for (int k = 0; k < ids.length; k++) ids[k] = w.person(1);
        w.morning.run();
        int[] refuges = new int[ids.length];
        for (int k = 0; k < ids.length; k++) refuges[k] = CivilianIntents.refuge(w.s, 1, w.s.rng);
        assertEquals(4, refuges[0], "the nearest cell calmer than the flee threshold");
        assertEquals(5, refuges[1], "a cell hosts up to its 100 residents' worth (one agent of 100): the next nearest");
        assertEquals(6, refuges[2], "and the next");
        assertEquals(100, w.s.displacement.hosted(4), 1e-9);
    }

    @Test
    void careAccessFallsGraduallyWhenTheOneFuelledHospitalRunsDry() {
        // the cause of the old flip: everyone in reach of one hospital that has generator fuel, another without;
        // access was "some hospital in reach has stock at dawn", so it went from all to nothing in one morning
        World w = new World("people.care_max_minutes=200");
        w.person(50);
        w.person(150);
        fill(w.hA, Cargo.MEDICAL);
        fill(w.hB, Cargo.MEDICAL);
        empty(w.hB, Cargo.FUEL);
        w.morning.run();
        double previous = -1;
        List<Double> shares = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            w.nightAndMorning();
            double c = w.care.at(50);
            shares.add(c);
            if (previous >= 0) assertTrue(Math.abs(c - previous) < 0.5, "no jump in care access from one day to the next: " + shares);
            previous = c;
        }
        assertTrue(w.hA.stock.get(Cargo.FUEL).isEmpty(), "the fuelled hospital's tank ran dry within the month");
        assertTrue(shares.get(0) > 0.5, "with one fuelled hospital of two in reach: most care: " + shares);
        assertTrue(previous > 0.1 && previous < shares.get(0), "dry tanks cut care but do not end it while medical stock lasts: " + shares);
    }
}
