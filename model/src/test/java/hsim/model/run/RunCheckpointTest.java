package hsim.model.run;

import hsim.model.InputException;
import hsim.model.engine.DayListener;
import hsim.model.metrics.Invariants;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A run stopped at the end of a day, written to bytes, read back and continued equals the run that never
 * stopped, bit for bit, in every daily value and the summary; also after being restored twice. A
 * checkpoint of another scenario or seed, or damaged bytes, is refused as bad input.
 */
class RunCheckpointTest {
    private static final int DAYS = 10;

    private static Scenario scenario(String... more) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new java.util.ArrayList<>(List.of("run.people_per_agent=2000", "rapid_force.deployment_delay_days=2",
                "special_force.start_day=3"));
        o.addAll(List.of(more));
        return l.override(l.load("rapid-force+special-force"), o);
    }

    /** Keeps the checkpoint bytes written at the end of the given days. */
    private static DayListener capture(Map<Integer, byte[]> into, int... days) {
        return (m, d) -> {
            if (Arrays.stream(days).anyMatch(x -> x == d)) into.put(d, bytes((InterventionModel) m));
        };
    }

    private static byte[] bytes(InterventionModel m) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RunCheckpoint.write(m, b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InterventionModel restore(byte[] b, Scenario s, long seed) {
        return RunCheckpoint.read(new ByteArrayInputStream(b), "ckpt", s, seed);
    }

    private static void assertSameBits(RunResult expected, RunResult actual, String what) {
        assertEquals(expected.daily().size(), actual.daily().size(), what + ": days");
        for (int d = 0; d < expected.daily().size(); d++) {
            double[] e = expected.daily().get(d), a = actual.daily().get(d);
            for (int k = 0; k < e.length; k++) {
                assertEquals(Double.doubleToRawLongBits(e[k]), Double.doubleToRawLongBits(a[k]),
                        what + ": day " + (d + 1) + " " + expected.dailyColumns().get(k) + " " + e[k] + " vs " + a[k]);
            }
        }
        assertEquals(expected.summary().keySet(), actual.summary().keySet());
        for (String k : expected.summary().keySet()) {
            assertEquals(Double.doubleToRawLongBits(expected.summary().get(k)), Double.doubleToRawLongBits(actual.summary().get(k)), what + ": " + k);
        }
    }

    @Test
    void restoredRunsContinueBitForBit() {
        Scenario s = scenario();
        Map<Integer, byte[]> ck = new TreeMap<>();
        RunResult whole = Simulation.run(new RunSpec(s, 42, DAYS, 2, 97), capture(ck, 1, 5, 9));
        assertEquals(3, ck.size());
        for (int day : ck.keySet()) {
            InterventionModel m = restore(ck.get(day), s, 42);
            assertEquals(day, m.day());
            // the restored model also keeps the invariants from its restored state on
            RunResult r = Simulation.resume(m, DAYS, Invariants.checking(DayListener.NONE));
            assertSameBits(whole, r, "restored at day " + day);
        }
        // restored, checkpointed again, restored again
        Map<Integer, byte[]> second = new TreeMap<>();
        Simulation.resume(restore(ck.get(5), s, 42), 8, capture(second, 7));
        RunResult twice = Simulation.resume(restore(second.get(7), s, 42), DAYS, DayListener.NONE);
        assertSameBits(whole, twice, "restored at day 5, then again at day 7");
    }

    @Test
    void writingACheckpointChangesNothing() {
        Scenario s = scenario();
        RunResult plain = Simulation.run(new RunSpec(s, 9, 6, 1, 256));
        RunResult written = Simulation.run(new RunSpec(s, 9, 6, 1, 256), (m, d) -> bytes((InterventionModel) m));
        assertSameBits(plain, written, "checkpoint written every day");
    }

    @Test
    void anotherSeedOrScenarioOrDamagedBytesAreRefused() {
        Scenario s = scenario();
        Map<Integer, byte[]> ck = new TreeMap<>();
        Simulation.run(new RunSpec(s, 42, 2, 1, 256), capture(ck, 2));
        byte[] b = ck.get(2);

        InputException seed = assertThrows(InputException.class, () -> restore(b, s, 43));
        assertTrue(seed.getMessage().contains("is of seed 42, not of seed 43"), seed.getMessage());

        InputException other = assertThrows(InputException.class, () -> restore(b, scenario("hnp.roe_restraint=0.5"), 42));
        assertTrue(other.getMessage().contains("hnp.roe_restraint=0.4 (given: 0.5)"), other.getMessage());
        assertTrue(other.getMessage().startsWith("ckpt: field '--restart'"), other.getMessage());

        InputException torn = assertThrows(InputException.class, () -> restore(Arrays.copyOf(b, b.length / 2), s, 42));
        assertTrue(torn.getMessage().contains("not a readable hsim checkpoint"), torn.getMessage());

        InputException junk = assertThrows(InputException.class, () -> restore("daily.csv".getBytes(), s, 42));
        assertTrue(junk.getMessage().contains("not a readable hsim checkpoint"), junk.getMessage());

        assertThrows(InputException.class, () -> Simulation.resume(restore(b, s, 42), 1, DayListener.NONE));
    }
}
