package hsim.model.core;

import hsim.model.core.demo.DemoWorld;
import hsim.model.engine.HaitiModel;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core's promise: the same seed gives bitwise the same state for any thread count and chunk size. */
class DeterminismTest {
    static final Scenario SCENARIO = Scenario.defaults(ModelCatalog.standard());
    static final int STEPS = 200;

    static long run(long seed, int threads, int chunk, int agents) {
        HaitiModel model = new HaitiModel(SCENARIO, seed, threads, chunk);
        DemoWorld world = new DemoWorld(seed, 64, 48, agents);
        world.install(model);
        model.start();
        try {
            for (int h = 0; h < STEPS; h++) model.stepHour();
        } finally {
            model.finish();
        }
        assertEquals(STEPS, model.hoursDone());
        assertEquals(STEPS / 24, world.dailyMetrics().size());
        return world.stateHash();
    }

    @Test
    void sameHashForEveryThreadCountAndChunkSize() {
        for (int agents : new int[] {0, 1, 5, 10_007}) {
            long reference = run(42L, 1, 4096, agents);
            List<String> mismatches = new ArrayList<>();
            for (int threads : new int[] {1, 2, 3, 8}) {
                for (int chunk : new int[] {1, 7, 4096}) {
                    long h = run(42L, threads, chunk, agents);
                    if (h != reference) mismatches.add("agents=" + agents + " threads=" + threads + " chunk=" + chunk);
                }
            }
            assertTrue(mismatches.isEmpty(), "state differs from 1 thread: " + mismatches);
        }
    }

    @Test
    void stepHourWithoutAScheduleMatchesTheScheduledDemo() {
        DemoWorld direct = new DemoWorld(5L, 20, 20, 800);
        try (ParallelCore core = new ParallelCore(5L, 3, 50)) {
            for (int h = 0; h < 30; h++) {
                core.beginStep(h);
                direct.stepHour(core);
            }
        }
        HaitiModel model = new HaitiModel(SCENARIO, 5L, 1, 4096);
        DemoWorld scheduled = new DemoWorld(5L, 20, 20, 800);
        scheduled.install(model);
        model.start();
        for (int h = 0; h < 30; h++) model.stepHour();
        model.finish();
        StateHash a = direct.civilians().hashInto(new StateHash());
        StateHash b = scheduled.civilians().hashInto(new StateHash());
        assertEquals(a.value(), b.value());
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        long a = run(1L, 2, 64, 2_000);
        long b = run(2L, 2, 64, 2_000);
        long c = run(1L + (1L << 32), 2, 64, 2_000); // MASON would truncate this seed to 1; hsim must not
        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void populationActuallyChanges() {
        HaitiModel model = new HaitiModel(SCENARIO, 7L, 2, 100);
        DemoWorld world = new DemoWorld(7L, 16, 16, 500);
        long before = world.stateHash();
        world.install(model);
        model.start();
        try {
            for (int h = 0; h < 48; h++) model.stepHour();
        } finally {
            model.finish();
        }
        assertNotEquals(before, world.stateHash());
        double[] day2 = world.dailyMetrics().get(1);
        assertTrue(day2[5] > 0, "some civilians moved away from home");
    }
}
