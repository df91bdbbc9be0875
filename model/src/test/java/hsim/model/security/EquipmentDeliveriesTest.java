package hsim.model.security;

import hsim.model.InputException;
import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.city.PoliceStation;
import hsim.model.conflict.Battles;
import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The dated armoured-vehicle delivery and the assault on a fortified critical site, on a hand-built 80 x 40
 * grid far from Port-au-Prince (no named gang lands on it): the fuel terminal at (10,20), held by the one gang
 * of the world, which also holds most of the rest of the map; one commissariat at (70,20), so frontier operations
 * (within {@code hnp.frontier_search_cells}) clear ground far from the terminal (a water point and a market at x 60
 * make a supply network). 600 officers in squads of 25: 300 on duty, two operations of 150.
 */
class EquipmentDeliveriesTest {
    static final City CITY = City.builder(80, 40).origin(10.0, 10.0, 0.001)
            .facility("varreux_terminal", FacilityKind.FUEL_TERMINAL, 10, 20)
            .policeStation("st", PoliceStation.Kind.COMMISSARIAT, 70, 20)
            .facility("wp", FacilityKind.WATER_POINT, 60, 30)
            .facility("market", FacilityKind.MARKET, 60, 10)
            .build();

    static Scenario scenario(String... more) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new ArrayList<>(List.of("hnp.available_officers_national=600", "hnp.metro_share=1", "gangs.count_metro=1",
                "gangs.members_total_metro=40", "run.people_per_agent=1000"));
        o.addAll(List.of(more));
        return l.override(l.load("baseline"), o);
    }

    /** A world whose one gang holds the terminal with {@code armed} armed, fully supplied, cohesive members. */
    static final class World {
        final MetroState s;
        final HnpOperations ops;
        final EquipmentDeliveries deliveries;

        World(double armed, String... more) {
            s = new MetroState(scenario(more), CITY, new Civilians(0, 1000), 7);
            Ground ground = new Ground(s);
            GangCell g = s.gangs.get(0);
            g.baseCell = s.varreux.cell();
            g.members = armed;
            g.weapons = armed;
            g.ammunition = armed * 10_000;
            g.cohesion = 1;
            ground.blockade(s.varreux);
            ops = new HnpOperations(s, ground, new Battles(s, ground, new HnpLosses()));
            deliveries = new EquipmentDeliveries(EquipmentDeliveries.from(s.scenario), s.hnp, ops);
        }

        boolean terminalHeld() { return s.territory.owner(s.varreux.cell()) >= 0; }

        /** One security day: deliveries, then every squad on offensive duty. */
        void day(int d) {
            deliveries.apply(d);
            ops.run(new ArrayList<>(s.hnp.squads()), 0, 0);
        }
    }

    @Test
    void theDeliveryFiresOnItsDateAndNotBefore() {
        World w = new World(10, "run.start_date=2022-10-01", "events.hnp_delivery_date=2022-10-15",
                "events.hnp_delivery_vehicles=4", "events.hnp_delivery_equipment=0.1");
        double eq = w.s.hnp.squads().get(0).equipment();
        for (int d = 0; d < 14; d++) w.deliveries.apply(d);
        assertEquals(2, w.ops.vehicles(), 1e-12, "the start's fleet until 15 Oct (model day 14)");
        assertEquals(eq, w.s.hnp.squads().get(0).equipment(), 1e-12);
        assertFalse(w.ops.canAssaultSite());
        w.deliveries.apply(14);
        assertEquals(6, w.ops.vehicles(), 1e-12, "four vehicles arrive on 15 Oct");
        for (Squad q : w.s.hnp.squads()) assertEquals(eq + 0.1, q.equipment(), 1e-12, q.id);
        assertEquals(eq + 0.1, w.s.hnp.equipment, 1e-12, "the force's mean follows its squads");
        assertTrue(w.ops.canAssaultSite());
        for (int d = 15; d < 60; d++) w.deliveries.apply(d);
        assertEquals(6, w.ops.vehicles(), 1e-12, "once only");
    }

    @Test
    void aDeliveryDatedBeforeTheStartIsInTheForceFromDayZero() {
        assertEquals(List.of(new EquipmentDeliveries.Delivery(0, 4, 0.1)),
                EquipmentDeliveries.from(scenario("run.start_date=2024-03-01")));
        assertEquals(List.of(new EquipmentDeliveries.Delivery(14, 4, 0.1)), EquipmentDeliveries.from(scenario()));
        assertEquals(List.of(), EquipmentDeliveries.from(scenario("events.hnp_delivery_vehicles=0", "events.hnp_delivery_equipment=0")));
    }

    @Test
    void beforeTheDeliveryTheHnpCannotAssaultTheFortifiedTerminalAfterItItRetakesIt() {
        World w = new World(10, "events.hnp_delivery_date=2022-10-11"); // model day 10
        for (int d = 0; d < 10; d++) {
            w.day(d);
            assertTrue(w.terminalHeld(), "no assault without hnp.site_assault_vehicles, day " + d);
        }
        assertEquals(10, w.ops.operationsCum, "one frontier operation a day: the start's 2 vehicles carry one");
        int retaken = -1;
        for (int d = 10; d < 40 && retaken < 0; d++) {
            w.day(d);
            if (!w.terminalHeld()) retaken = d;
        }
        assertTrue(retaken >= 10, "retaken after the delivery: " + retaken);
        assertEquals(-1, w.s.territory.owner(w.s.varreux.cell()));
    }

    @Test
    void theSameFleetAssaultsOnlyWithEnoughSquads() {
        // 600 officers at half on duty make 300: two operations of 150; with 400-officer operations, none
        World w = new World(10, "events.hnp_delivery_date=2022-10-01", "hnp.operation_officers=400");
        for (int d = 0; d < 30; d++) w.day(d);
        assertTrue(w.ops.canAssaultSite());
        assertTrue(w.terminalHeld(), "too few squads for an operation");
        assertEquals(0, w.ops.operationsCum, "no operation of any kind");
    }

    @Test
    void strongerDefendersHoldTheTerminalAgainstTheSameAssault() {
        // the Engagement odds decide, not the date: 150 officers do not break 100 fortified fighters in 30 days
        World weak = new World(10, "events.hnp_delivery_date=2022-10-01");
        World strong = new World(500, "events.hnp_delivery_date=2022-10-01");
        for (int d = 0; d < 30; d++) { weak.day(d); strong.day(d); }
        assertFalse(weak.terminalHeld());
        assertTrue(strong.terminalHeld());
        // the assault goes first every day; the frontier operation only while losses leave squads for a second one
        assertTrue(strong.ops.operationsCum >= 30, "it assaulted every day: " + strong.ops.operationsCum);
        assertTrue(strong.s.hnp.killedCum > weak.s.hnp.killedCum, "and paid for it");
    }

    @Test
    void theRemovedForcedRetakeKeyIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.yaml");
        Files.writeString(f, "inherits: baseline\ngangs:\n  varreux_retaken_day: 34\n");
        InputException e = assertThrows(InputException.class, () -> ModelCatalog.loader().load(f.toString()));
        assertTrue(e.getMessage().contains("old.yaml") && e.getMessage().contains("gangs.varreux_retaken_day")
                && e.getMessage().contains("was removed") && e.getMessage().contains("events.hnp_delivery_date"), e.getMessage());
        assertTrue(e.getMessage().contains(":3") || e.getMessage().contains("line 3"), "names the line: " + e.getMessage());
        ScenarioLoader l = ModelCatalog.loader();
        InputException set = assertThrows(InputException.class, () -> l.override(l.load("baseline"), List.of("gangs.varreux_retaken_day=34")));
        assertTrue(set.getMessage().contains("was removed"), set.getMessage());
        assertNull(ModelCatalog.standard().get("gangs.varreux_retaken_day"));
    }
}
