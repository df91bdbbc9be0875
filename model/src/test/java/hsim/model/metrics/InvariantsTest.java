package hsim.model.metrics;

import hsim.model.engine.DayListener;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.supply.Cargo;
import hsim.model.supply.Stock;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.InterventionModel;
import hsim.model.world.MetroState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The invariants hold on real runs (checked every day), and each one fails when the state is broken the
 * way it guards against: a check that cannot fail would prove nothing.
 */
class InvariantsTest {
    private static final List<String> COARSE = List.of("run.people_per_agent=2000");
    private InterventionModel model;
    private MetroState m;
    private Invariants inv;

    private static Scenario scenario(String name, String... more) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new java.util.ArrayList<>(COARSE);
        o.addAll(List.of(more));
        return l.override(l.load(name), o);
    }

    @BeforeEach
    void startAndRunThreeDays() {
        model = new InterventionModel(scenario("rapid-force", "rapid_force.deployment_delay_days=1"), 3, 1, 256, null);
        model.start();
        for (int h = 0; h < 3 * 24; h++) model.stepHour();
        m = model.state();
        inv = Invariants.of(model.readings());
        inv.check(model.readings(), 3); // the intact state passes
    }

    @org.junit.jupiter.api.AfterEach
    void finish() { model.finish(); }

    @Test
    void holdEveryDayOfRealRunsOfEveryKindOfOption() {
        for (String option : List.of("baseline", "rapid-force+special-force", "rapid-force+training")) {
            AtomicInteger days = new AtomicInteger();
            Scenario s = scenario(option, "rapid_force.deployment_delay_days=2", "special_force.start_day=2");
            Simulation.run(new RunSpec(s, 7, 10, 1, 256), Invariants.checking((mod, d) -> days.incrementAndGet()));
            assertEquals(10, days.get(), option + ": every day was checked and passed on");
        }
    }

    @Test
    void negativeStockFails() throws Exception {
        SupplyNetwork.Node n = m.supply.allNodes().get(0);
        Stock st = n.stock.values().iterator().next();
        setDouble(st, "level", -5);
        Invariants.Violation v = assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3));
        assertTrue(v.getMessage().contains("day 3") && v.getMessage().contains("stock of") && v.getMessage().contains("-5.0"), v.getMessage());
    }

    @Test
    void stockAboveCapacityFails() throws Exception {
        Stock st = m.supply.allNodes().get(0).stock.values().iterator().next();
        setDouble(st, "level", st.capacity() * 2 + 1);
        assertTrue(assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3)).getMessage().contains("above capacity"));
    }

    @Test
    void negativeOrNanStrengthsFail() {
        m.gangs.get(0).members = -0.5;
        assertTrue(assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3)).getMessage().contains("members of gang 0"));
        m.gangs.get(0).members = 10;
        m.hnp.officers = Double.NaN;
        assertTrue(assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3)).getMessage().contains("HNP officers: NaN"));
        m.hnp.officers = 100;
        m.force.troops = -1;
        assertTrue(assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3)).getMessage().contains("foreign troops"));
    }

    @Test
    void deathsNotBookedBreakPeopleConservation() {
        int i = 0;
        while (!m.civ.alive(i)) i++;
        m.civ.set(i, Civilians.ALIVE, false); // someone vanishes without a cholera death being booked
        Invariants.Violation v = assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3));
        assertEquals("dead people", v.quantity());
        assertEquals(3, v.day());
    }

    @Test
    void anAgentAddedAfterDayOneBreaksPeopleConservation() {
        m.civ.add(m.civ.homeCell(0), 0, 0, 0);
        assertEquals("civilian agents", assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3)).quantity());
    }

    @Test
    void aCellHeldByAGangThatDoesNotExistFails() {
        m.territory.set(5, m.gangs.size() + 3);
        Invariants.Violation v = assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3));
        assertTrue(v.quantity().startsWith("holder of cell 5"), v.getMessage());
    }

    @Test
    void cargoThatAppearsFromNowhereBreaksConservation() {
        m.supply.ledger().bookLoad(Cargo.FUEL, 1000);
        Invariants.Violation v = assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3));
        assertEquals("cargo conservation (fuel)", v.quantity());
        m.supply.ledger().bookLoad(Cargo.FUEL, -1000);
        m.supply.ledger().bookLoss(Cargo.FOOD, 3);
        assertEquals("cargo conservation (food)", assertThrows(Invariants.Violation.class, () -> inv.check(model.readings(), 3)).quantity());
    }

    @Test
    void aRunWithABrokenInvariantFailsWithTheDay() {
        // a listener that breaks the books after day 2; the checker runs first on each day, so day 3 fails
        DayListener breaker = (mod, d) -> { if (d == 2) ((InterventionModel) mod).state().supply.ledger().bookLoad(Cargo.FUEL, 1e6); };
        Scenario s = scenario("baseline");
        Invariants.Violation v = assertThrows(Invariants.Violation.class,
                () -> Simulation.run(new RunSpec(s, 1, 5, 1, 256), Invariants.checking(breaker)));
        assertEquals(3, v.day());
        assertTrue(v.getMessage().startsWith("invariant violated on day 3: cargo conservation (fuel): loaded "), v.getMessage());
    }

    private static void setDouble(Object o, String field, double v) throws Exception {
        Field f = o.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.setDouble(o, v);
    }
}
