package hsim.model.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelCoreTest {
    static final int[] SIZES = {0, 1, 5, 7, 8, 22, 10_007};
    static final int[] THREADS = {1, 2, 3, 8};
    static final int[] CHUNKS = {1, 7, 4096};

    static boolean threadsAlive(String prefix) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix + "-worker-") && t.isAlive()) return true;
        }
        return false;
    }

    @Test
    void everyIdIsSteppedExactlyOnceInItsChunk() {
        for (int n : SIZES) {
            for (int threads : THREADS) {
                for (int chunk : CHUNKS) {
                    try (ParallelCore core = new ParallelCore(9, threads, chunk)) {
                        AtomicIntegerArray hits = new AtomicIntegerArray(n);
                        int[] chunkOf = new int[n];
                        core.forEach(n, (id, c) -> {
                            hits.incrementAndGet(id);
                            chunkOf[id] = c.index();
                            assertTrue(id >= c.from() && id < c.to());
                        });
                        for (int i = 0; i < n; i++) {
                            assertEquals(1, hits.get(i), "id " + i + " n=" + n + " threads=" + threads + " chunk=" + chunk);
                            assertEquals(i / chunk, chunkOf[i]);
                        }
                        assertEquals((n + chunk - 1) / chunk, core.chunkCount(n));
                    }
                }
            }
        }
    }

    @Test
    void reductionsAndIntentsDoNotDependOnThreadsOrChunks() {
        int n = 10_007;
        double refSum = Double.NaN;
        long refLong = 0;
        int[] refActors = null;
        double[] refAmounts = null;
        for (int threads : THREADS) {
            for (int chunk : CHUNKS) {
                try (ParallelCore core = new ParallelCore(123, threads, chunk)) {
                    core.beginStep(17);
                    // values of very different magnitudes, so summation order would show in the bits
                    double s = core.sum(n, id -> Rng.uniform(123, id, 17, 5, 0) * Math.pow(10, id % 17 - 8));
                    long l = core.sumLong(n, id -> Rng.bits(123, id, 17, 5, 1) >>> 20);
                    IntentBuffer intents = new IntentBuffer();
                    core.forEach(n, (id, c) -> {
                        RngStream r = c.rng(id, 6);
                        int k = r.nextInt(3);
                        for (int j = 0; j < k; j++) intents.add(c, id, j, r.nextInt(50), r.nextDouble());
                    }, intents);
                    int[] actors = new int[intents.size()];
                    double[] amounts = new double[intents.size()];
                    for (int i = 0; i < actors.length; i++) {
                        actors[i] = intents.actor(i);
                        amounts[i] = intents.amount(i);
                        if (i > 0) assertTrue(actors[i] >= actors[i - 1], "merged in actor order");
                    }
                    if (refActors == null) {
                        refSum = s;
                        refLong = l;
                        refActors = actors;
                        refAmounts = amounts;
                    } else {
                        assertEquals(Double.doubleToRawLongBits(refSum), Double.doubleToRawLongBits(s), "threads=" + threads + " chunk=" + chunk);
                        assertEquals(refLong, l);
                        assertArrayEquals(refActors, actors);
                        assertArrayEquals(refAmounts, amounts);
                    }
                }
            }
        }
        assertTrue(refActors.length > n / 2, "the rule emitted intents");
    }

    @Test
    void objectListsStepThroughTheSameCore() {
        record Truck(long agentId, int[] cargo) implements HasAgentId { }
        List<Truck> trucks = new ArrayList<>();
        for (int i = 0; i < 101; i++) trucks.add(new Truck(1000 + i, new int[1]));
        for (int threads : THREADS) {
            try (ParallelCore core = new ParallelCore(5, threads, 3)) {
                core.beginStep(2);
                core.forEach(trucks, (t, i, c) -> t.cargo()[0] += 1 + c.rng(t.agentId(), 1).nextInt(10));
            }
        }
        for (Truck t : trucks) {
            int perRun = 1 + Rng.stream(5, t.agentId(), 2, 1).nextInt(10);
            assertEquals(THREADS.length * perRun, t.cargo()[0]);
        }
        try (ParallelCore core = new ParallelCore(5, 2, 3)) {
            core.beginStep(4);
            AgentStepException e = assertThrows(AgentStepException.class,
                    () -> core.forEach(trucks, (t, i, c) -> { if (i == 50) throw new IllegalStateException("flat tyre"); }));
            assertEquals(1050, e.agentId());
            assertEquals(4, e.step());
        }
    }

    @Test
    void aThrowingAgentStopsThePhaseWithItsIdAndStep() {
        for (int threads : THREADS) {
            for (int chunk : CHUNKS) {
                ParallelCore core = new ParallelCore(1, threads, chunk);
                try {
                    core.beginStep(77);
                    AgentStepException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
                            assertThrows(AgentStepException.class, () -> core.forEach(10_007, (id, c) -> {
                                if (id == 4242) throw new ArithmeticException("boom");
                            })));
                    assertEquals(4242, e.agentId());
                    assertEquals(77, e.step());
                    assertTrue(e.getMessage().contains("agent 4242") && e.getMessage().contains("step 77"), e.getMessage());
                    assertTrue(e.getCause() instanceof ArithmeticException);
                    // the pool survives a failure: the next phase runs normally
                    assertEquals(10_007, core.count(10_007, id -> true));
                } finally {
                    core.close();
                }
                assertTrue(!threadsAlive(core.threadNamePrefix()), "threads left after close");
            }
        }
    }

    @Test
    void closeJoinsEveryWorkerThread() {
        ParallelCore core = new ParallelCore(1, 8, 16);
        core.forEach(1000, (id, c) -> { });
        assertTrue(threadsAlive(core.threadNamePrefix()));
        core.close();
        core.close(); // idempotent
        assertTrue(!threadsAlive(core.threadNamePrefix()));
    }

    @Test
    void nestedPhasesAreRejected() {
        try (ParallelCore core = new ParallelCore(1, 2, 4)) {
            AgentStepException e = assertThrows(AgentStepException.class,
                    () -> core.forEach(10, (id, c) -> core.forEach(3, (j, d) -> { })));
            assertTrue(e.getCause() instanceof IllegalStateException);
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelCore(1, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new ParallelCore(1, 2, 0));
        try (ParallelCore core = new ParallelCore(1, 1, 4)) {
            assertThrows(IllegalArgumentException.class, () -> core.forEach(-1, (id, c) -> { }));
        }
    }
}
