package hsim.model.core;

import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

/**
 * The deterministic parallel stepping core: a fixed worker pool that steps a population split into
 * contiguous chunks of {@code chunkSize} ids. Threads claim chunks in any order, but:
 * <ul>
 *   <li>every id in [0, n) is stepped exactly once, in id order within its chunk;</li>
 *   <li>random numbers come from counter-based streams keyed by (seed, id, step, purpose);</li>
 *   <li>intents are buffered per chunk and merged in chunk order (= id order);</li>
 *   <li>reductions of doubles use fixed blocks of {@value #REDUCTION_BLOCK} ids, independent of the
 *       chunk size and thread count, combined in block order;</li>
 * </ul>
 * so a phase's result does not depend on the thread count or chunk size. The first failure stops the
 * phase (other workers stop claiming chunks) and is rethrown as an {@link AgentStepException}.
 *
 * <p>Owned by the model and never serialised; {@link #close()} joins the threads.
 */
public final class ParallelCore implements AutoCloseable {
    /** Chunk size used when none is given: big enough to amortise claiming, small enough to balance. */
    public static final int DEFAULT_CHUNK_SIZE = 1024;
    /** Block size of double reductions; fixed so that sums are bitwise identical for any chunking. */
    public static final int REDUCTION_BLOCK = 4096;

    private final long seed;
    private final int chunkSize;
    private final WorkerPool pool;
    private final Chunk[] contexts;
    private long step;
    private volatile boolean inPhase;

    /**
     * @param seed      the run seed, used for every {@link Chunk#rng} stream
     * @param threads   worker threads including the caller (1 = run everything on the caller)
     * @param chunkSize ids per chunk (>= 1); never changes results
     */
    public ParallelCore(long seed, int threads, int chunkSize) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        if (chunkSize < 1) throw new IllegalArgumentException("chunk size must be >= 1: " + chunkSize);
        this.seed = seed;
        this.chunkSize = chunkSize;
        this.pool = new WorkerPool(threads);
        this.contexts = new Chunk[threads];
        for (int i = 0; i < threads; i++) contexts[i] = new Chunk(seed);
    }

    public long seed() { return seed; }

    public int threads() { return pool.size(); }

    public int chunkSize() { return chunkSize; }

    /** Prefix of the names of this core's threads (for leak checks and thread dumps). */
    public String threadNamePrefix() { return pool.name(); }

    /** Sets the step (simulated hour) seen by rules, random streams and failure messages. */
    public void beginStep(long step) { this.step = step; }

    public long step() { return step; }

    /** How many chunks a phase over {@code n} ids has. */
    public int chunkCount(int n) { return chunks(n, chunkSize); }

    private static int chunks(int n, int size) {
        return (int) ((n + (long) size - 1) / size);
    }

    /**
     * Steps ids 0..n-1 with {@code rule}, in parallel. The given intent buffers are emptied and given
     * one lane per chunk before the phase; read them after this returns.
     */
    public void forEach(int n, AgentRule rule, IntentBuffer... intents) {
        if (n < 0) throw new IllegalArgumentException("population size must be >= 0: " + n);
        for (IntentBuffer b : intents) b.open(chunkCount(n));
        run(new Phase(n, chunkSize) {
            @Override
            void stepRange(Chunk c, int from, int to) {
                for (int id = from; id < to; id++) {
                    try {
                        rule.step(id, c);
                    } catch (Throwable t) {
                        throw new AgentStepException(id, step, t);
                    }
                }
            }
        });
    }

    /**
     * Steps each object of {@code items} with {@code rule}, in parallel, with the same guarantees as
     * {@link #forEach(int, AgentRule, IntentBuffer...)}; the list must not change during the phase.
     */
    public <T> void forEach(List<? extends T> items, ObjectRule<T> rule, IntentBuffer... intents) {
        final List<? extends T> list = items instanceof RandomAccess ? items : List.copyOf(items);
        int n = list.size();
        for (IntentBuffer b : intents) b.open(chunkCount(n));
        run(new Phase(n, chunkSize) {
            @Override
            void stepRange(Chunk c, int from, int to) {
                for (int i = from; i < to; i++) {
                    T item = list.get(i);
                    try {
                        rule.step(item, i, c);
                    } catch (Throwable t) {
                        long id = item instanceof HasAgentId h ? h.agentId() : i;
                        throw new AgentStepException(id, step, t);
                    }
                }
            }
        });
    }

    /** Sum of f(id) over [0, n), bitwise identical for any thread count and chunk size. */
    public double sum(int n, IntToDoubleFunction f) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0: " + n);
        double[] partial = new double[chunks(n, REDUCTION_BLOCK)];
        run(new Phase(n, REDUCTION_BLOCK) {
            @Override
            void stepRange(Chunk c, int from, int to) {
                double s = 0;
                for (int id = from; id < to; id++) {
                    try {
                        s += f.applyAsDouble(id);
                    } catch (Throwable t) {
                        throw new AgentStepException(id, step, t);
                    }
                }
                partial[c.index()] = s;
            }
        });
        double total = 0;
        for (double p : partial) total += p; // fixed block order
        return total;
    }

    /** Sum of f(id) over [0, n) (long addition is associative, so any order gives the same result). */
    public long sumLong(int n, IntToLongFunction f) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0: " + n);
        long[] partial = new long[chunks(n, REDUCTION_BLOCK)];
        run(new Phase(n, REDUCTION_BLOCK) {
            @Override
            void stepRange(Chunk c, int from, int to) {
                long s = 0;
                for (int id = from; id < to; id++) {
                    try {
                        s += f.applyAsLong(id);
                    } catch (Throwable t) {
                        throw new AgentStepException(id, step, t);
                    }
                }
                partial[c.index()] = s;
            }
        });
        long total = 0;
        for (long p : partial) total += p;
        return total;
    }

    /** Number of ids in [0, n) for which {@code p} holds. */
    public int count(int n, IntPredicate p) {
        return Math.toIntExact(sumLong(n, id -> p.test(id) ? 1 : 0));
    }

    private void run(Phase phase) {
        if (inPhase) throw new IllegalStateException("parallel phases cannot be nested");
        if (phase.chunks == 0) return;
        inPhase = true;
        try {
            if (phase.chunks == 1 || pool.size() == 1) {
                phase.work(0); // nothing to share: skip waking the workers
            } else {
                pool.run(phase, phase.chunks); // more workers than chunks would only idle
            }
        } finally {
            inPhase = false;
        }
        phase.rethrow();
    }

    /** One parallel phase: chunks claimed from a shared counter until none is left or one failed. */
    private abstract class Phase implements WorkerPool.Job {
        final int n;
        final int size;
        final int chunks;
        final long step = ParallelCore.this.step;
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean aborted;
        private Throwable failure;

        Phase(int n, int size) {
            this.n = n;
            this.size = size;
            this.chunks = chunks(n, size);
        }

        abstract void stepRange(Chunk c, int from, int to);

        @Override
        public void work(int worker) {
            Chunk c = contexts[worker];
            int i;
            try {
                while (!aborted && (i = next.getAndIncrement()) < chunks) {
                    int from = (int) ((long) i * size);
                    int to = (int) Math.min(n, (long) from + size);
                    c.point(i, from, to, step);
                    stepRange(c, from, to);
                }
            } catch (Throwable t) {
                failed(t);
            }
        }

        @Override
        public synchronized void failed(Throwable t) {
            aborted = true;
            if (failure == null) {
                failure = t;
            } else if (t instanceof AgentStepException a && failure instanceof AgentStepException f
                    && a.agentId() < f.agentId()) {
                t.addSuppressed(failure); // report the lowest id, so the message is stable
                failure = t;
            } else {
                failure.addSuppressed(t);
            }
        }

        synchronized void rethrow() {
            if (failure == null) return;
            if (failure instanceof RuntimeException r) throw r;
            if (failure instanceof Error e) throw e;
            throw new IllegalStateException(failure);
        }
    }

    /** Stops and joins the worker threads. Idempotent. */
    @Override
    public void close() { pool.close(); }
}
