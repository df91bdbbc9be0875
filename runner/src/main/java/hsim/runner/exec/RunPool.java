package hsim.runner.exec;

import hsim.model.run.RunSpec;
import hsim.runner.design.PlannedRun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs many runs inside this JVM (no process per run). The cores are split between concurrent runs and
 * each run's own worker threads: with T total threads and t per run, T / t runs go at once. Results do
 * not depend on either number, because each run is determined by its scenario and seed alone.
 * A run that throws is recorded as failed (with its error) and the others go on.
 */
public final class RunPool {
    /** Told about each finished run, from the worker thread that ran it; calls are serialised. */
    @FunctionalInterface
    public interface Sink {
        void finished(RunOutcome outcome) throws Exception;
    }

    private final int totalThreads;
    private final int threadsPerRun;

    public RunPool(int totalThreads, int threadsPerRun) {
        if (totalThreads < 1 || threadsPerRun < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.totalThreads = totalThreads;
        this.threadsPerRun = Math.min(threadsPerRun, totalThreads);
    }

    /** Runs executing at once. */
    public int concurrentRuns() { return Math.max(1, totalThreads / threadsPerRun); }

    public int threadsPerRun() { return threadsPerRun; }

    /**
     * Executes {@code runs} and returns every outcome in the order of {@code runs}. The sink sees each
     * outcome as soon as it finishes (used to append it to the run log). If the sink itself throws
     * (storage is broken), no further runs start and the error is rethrown.
     */
    public List<RunOutcome> execute(List<PlannedRun> runs, RunFunction fn, Sink sink) throws Exception {
        return execute(runs, fn, sink, true);
    }

    /**
     * As {@link #execute(List, RunFunction, Sink)}, but when {@code keepResults} is false the returned
     * outcomes drop their {@code RunResult} once the sink has it, so a long sweep holds each run's daily
     * series only once (in the results store), not twice.
     */
    public List<RunOutcome> execute(List<PlannedRun> runs, RunFunction fn, Sink sink, boolean keepResults) throws Exception {
        int workers = Math.min(concurrentRuns(), Math.max(1, runs.size()));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "hsim-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService ex = Executors.newFixedThreadPool(workers, tf);
        Object sinkLock = new Object();
        java.util.concurrent.atomic.AtomicReference<Exception> sinkError = new java.util.concurrent.atomic.AtomicReference<>();
        List<Future<RunOutcome>> futures = new ArrayList<>();
        try {
            for (PlannedRun pr : runs) {
                futures.add(ex.submit(() -> {
                    if (sinkError.get() != null) return null;
                    RunOutcome o = runOne(pr, fn);
                    synchronized (sinkLock) {
                        if (sinkError.get() != null) return o;
                        try {
                            sink.finished(o);
                        } catch (Exception e) {
                            sinkError.set(e);
                        }
                    }
                    return keepResults ? o : new RunOutcome(o.run(), o.ok(), o.error(), o.wallSeconds(), null);
                }));
            }
            List<RunOutcome> out = new ArrayList<>();
            for (Future<RunOutcome> f : futures) {
                RunOutcome o = f.get();
                if (o != null) out.add(o);
            }
            if (sinkError.get() != null) throw sinkError.get();
            return Collections.unmodifiableList(out);
        } finally {
            ex.shutdownNow();
        }
    }

    /**
     * Executes {@code runs} like {@link #execute(List, RunFunction, Sink, boolean)}, but returns nothing:
     * each worker takes the next run from the list and hands its outcome to the sink, so no future or
     * outcome per run is kept and memory does not grow with the number of runs (a 100,000-run sweep).
     * Runs start in list order; if the sink throws, no further runs start and the error is rethrown.
     */
    public void stream(List<PlannedRun> runs, RunFunction fn, Sink sink) throws Exception {
        int workers = Math.min(concurrentRuns(), Math.max(1, runs.size()));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "hsim-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService ex = Executors.newFixedThreadPool(workers, tf);
        Object sinkLock = new Object();
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Exception> sinkError = new java.util.concurrent.atomic.AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                futures.add(ex.submit(() -> {
                    for (int i = next.getAndIncrement(); i < runs.size() && sinkError.get() == null; i = next.getAndIncrement()) {
                        RunOutcome o = runOne(runs.get(i), fn);
                        synchronized (sinkLock) {
                            if (sinkError.get() != null) return;
                            try {
                                sink.finished(o);
                            } catch (Exception e) {
                                sinkError.set(e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
            if (sinkError.get() != null) throw sinkError.get();
        } finally {
            ex.shutdownNow();
        }
    }

    private RunOutcome runOne(PlannedRun pr, RunFunction fn) {
        long t0 = System.nanoTime();
        try {
            var result = fn.run(new RunSpec(pr.scenario(), pr.seed(), pr.days(), threadsPerRun));
            if (result == null) throw new IllegalStateException("the model returned no result");
            return RunOutcome.ok(pr, (System.nanoTime() - t0) / 1e9, result);
        } catch (Exception | Error e) { // whatever one run does, the batch goes on and records it
            return RunOutcome.failed(pr, (System.nanoTime() - t0) / 1e9, e);
        }
    }
}
