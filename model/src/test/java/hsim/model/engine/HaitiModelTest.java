package hsim.model.engine;

import hsim.model.core.AgentStepException;
import hsim.model.core.Rate;
import hsim.model.core.demo.DemoWorld;
import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HaitiModelTest {
    static final Scenario SCENARIO = Scenario.defaults(ModelCatalog.standard());

    /** Fired events as "hour:name"; a static list so that the lambdas stay serialisable. */
    static final class Log implements java.io.Serializable {
        final List<String> events = new ArrayList<>();

        ModelProcess record(String name) { return (m, hour) -> events.add(hour + ":" + name); }
    }

    @Test
    void processesFireAtTheirRatesInOrderWithinTheHour() {
        HaitiModel model = new HaitiModel(SCENARIO, 1, 1);
        Log log = new Log();
        model.addProcess("late", Rate.hourly(), ProcessOrder.METRICS, log.record("late"));
        model.addProcess("six", Rate.everyHours(6), ProcessOrder.PEOPLE, log.record("six"));
        model.addProcess("tie-a", Rate.hourly(), ProcessOrder.GANGS, log.record("tie-a"));
        model.addProcess("tie-b", Rate.hourly(), ProcessOrder.GANGS, log.record("tie-b"));
        model.addProcess("morning", Rate.daily().atHour(6), ProcessOrder.EVENTS, log.record("morning"));
        model.start();
        for (int h = 0; h < 31; h++) model.stepHour();
        model.finish();
        List<String> e = log.events;
        assertEquals(List.of("0:six", "0:tie-a", "0:tie-b", "0:late", "1:tie-a", "1:tie-b", "1:late"), e.subList(0, 7));
        assertEquals(List.of("6:morning", "6:six", "6:tie-a", "6:tie-b", "6:late"), e.subList(e.indexOf("6:morning"), e.indexOf("6:morning") + 5));
        assertEquals(6, e.stream().filter(s -> s.endsWith(":six")).count()); // hours 0,6,12,18,24,30
        assertEquals(List.of("6:morning", "30:morning"), e.stream().filter(s -> s.endsWith("morning")).toList());
        assertEquals(31 * 3, e.stream().filter(s -> s.endsWith("late") || s.contains("tie")).count());
        assertEquals(31, model.hoursDone());
    }

    @Test
    void restartsKeepRegisteredProcessesAndReinstallMechanisms() {
        Log log = new Log();
        HaitiModel model = new HaitiModel(SCENARIO, 1, 1) {
            @Override
            protected void installMechanisms() {
                addProcess("installed", Rate.daily(), ProcessOrder.PEOPLE, log.record("installed"));
            }
        };
        model.addProcess("kept", Rate.daily(), ProcessOrder.EVENTS, log.record("kept"));
        for (int run = 0; run < 2; run++) {
            model.start();
            model.stepHour();
            model.finish();
        }
        assertEquals(List.of("0:kept", "0:installed", "0:kept", "0:installed"), log.events);
        assertEquals(2, model.processNames().size());
    }

    @Test
    void aProcessAddedDuringTheRunStartsAtItsNextFiring() {
        HaitiModel model = new HaitiModel(SCENARIO, 1, 1);
        Log log = new Log();
        model.start();
        for (int h = 0; h < 5; h++) model.stepHour();
        model.addProcess("later", Rate.everyHours(4), ProcessOrder.EVENTS, log.record("later"));
        for (int h = 5; h < 13; h++) model.stepHour();
        model.finish();
        assertEquals(List.of("8:later", "12:later"), log.events);
    }

    @Test
    void serialStreamsAreKeyedByTheHour() {
        HaitiModel model = new HaitiModel(SCENARIO, 1L << 40, 1);
        model.start();
        model.stepHour();
        model.stepHour();
        assertEquals(1, model.hour());
        assertEquals(hsim.model.core.Rng.uniform(1L << 40, 5, 1, 9, 0), model.rng(5, 9).nextDouble());
        model.finish();
    }

    @Test
    void theScaleFactorComesFromTheScenario() {
        Scenario oneToOne = ModelCatalog.loader().override(SCENARIO, List.of("run.people_per_agent=1"));
        assertEquals(1.0, new HaitiModel(oneToOne, 1, 1).civilians().peoplePerAgent());
        assertEquals(SCENARIO.number("run.people_per_agent"), new HaitiModel(SCENARIO, 1, 1).civilians().peoplePerAgent());
    }

    @Test
    void anEmptyModelStepsWholeDays() {
        RunResult r = Simulation.run(new RunSpec(SCENARIO, 5, 3, 2));
        assertEquals(3, r.daily().size());
        assertEquals(3.0, r.daily().get(2)[0]);
    }

    @Test
    void aFailingAgentStopsTheRunWithItsIdAndStepAndFreesThePool() {
        HaitiModel model = new HaitiModel(SCENARIO, 3, 3, 7);
        DemoWorld world = new DemoWorld(3, 32, 32, 10_007);
        world.failAt(5003, 29);
        world.install(model);
        model.start();
        String prefix = model.parallel().threadNamePrefix();
        for (int h = 0; h < 29; h++) model.stepHour(); // untimed: warm-up up to the failing hour
        // the failing hour: the run must stop within a second, not hang as MASON 18's ParallelSequence does
        AgentStepException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThrows(AgentStepException.class, () -> {
            try {
                for (int h = 29; h < 200; h++) model.stepHour();
            } finally {
                model.finish();
            }
        }));
        assertEquals(5003, e.agentId());
        assertEquals(29, e.step());
        assertTrue(e.getMessage().contains("agent 5003 failed at step 29"), e.getMessage());
        assertFalse(workersAlive(prefix), "worker threads outlived finish()");
    }

    @Test
    void poolThreadsAreGoneAfterFinish() {
        HaitiModel model = new HaitiModel(SCENARIO, 3, 4, 16);
        new DemoWorld(3, 16, 16, 1000).install(model);
        model.start();
        for (int h = 0; h < 3; h++) model.stepHour();
        String prefix = model.parallel().threadNamePrefix();
        assertTrue(workersAlive(prefix));
        model.finish();
        assertFalse(workersAlive(prefix));
    }

    @Test
    void aCheckpointResumesToTheSameState() throws Exception {
        DemoModel straight = new DemoModel(11, 2, 64, 3000);
        straight.start();
        for (int h = 0; h < 72; h++) straight.stepHour();
        straight.finish();

        DemoModel first = new DemoModel(11, 3, 7, 3000);
        first.start();
        for (int h = 0; h < 30; h++) first.stepHour();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeToCheckpoint(bytes);
        first.finish();

        DemoModel resumed = (DemoModel) HaitiModel.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertNotNull(resumed);
        assertTrue(resumed.world != first.world);
        for (int h = 30; h < 72; h++) resumed.stepHour();
        resumed.finish();
        assertEquals(72, resumed.hoursDone());
        assertEquals(straight.world.stateHash(), resumed.world.stateHash());
    }

    /** A model that holds its demo world, so that a checkpoint carries both. */
    static final class DemoModel extends HaitiModel {
        private static final long serialVersionUID = 1L;
        final DemoWorld world;

        DemoModel(long seed, int threads, int chunk, int agents) {
            super(SCENARIO, seed, threads, chunk);
            world = new DemoWorld(seed, 24, 24, agents);
            world.install(this);
        }
    }

    static boolean workersAlive(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith(prefix + "-worker-") && t.isAlive());
    }
}
