package hsim.model.core;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of daemon threads that run one {@link Job} at a time together with the calling thread
 * (worker 0). Workers never die on an exception: the job records it and the pool carries on, so a
 * failing rule cannot hang the run (the flaw of MASON 18's ParallelSequence).
 */
final class WorkerPool implements AutoCloseable {
    /** Work shared by all workers; {@code work(w)} is called once per worker and returns when no chunk is left. */
    interface Job {
        void work(int worker);

        void failed(Throwable t);
    }

    private static final java.util.concurrent.atomic.AtomicInteger POOLS = new java.util.concurrent.atomic.AtomicInteger();

    private final Thread[] threads;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition[] wake; // one per worker thread, so that a small phase wakes only the workers it needs
    private final Condition workDone = lock.newCondition();
    private final String name;
    private long generation;
    private Job job;
    private int running;
    private int active; // workers 1..active-1 take part in the current generation
    private boolean closed;

    WorkerPool(int size) {
        if (size < 1) throw new IllegalArgumentException("threads must be >= 1: " + size);
        this.name = "hsim-core-" + POOLS.incrementAndGet();
        this.threads = new Thread[size - 1];
        this.wake = new Condition[size - 1];
        for (int i = 0; i < wake.length; i++) wake[i] = lock.newCondition();
        for (int i = 0; i < threads.length; i++) {
            final int worker = i + 1;
            Thread t = new Thread(() -> loop(worker), name + "-worker-" + worker);
            t.setDaemon(true);
            threads[i] = t;
            t.start();
        }
    }

    int size() { return threads.length + 1; }

    /** Thread-name prefix of this pool's threads, for leak checks. */
    String name() { return name; }

    /**
     * Runs {@code job} on the caller (worker 0) and on workers 1..{@code workers}-1, and returns when
     * all of them are done. Which worker does which part never matters to the result.
     */
    void run(Job job, int workers) {
        int helpers = Math.max(0, Math.min(workers, size()) - 1);
        if (helpers > 0) {
            lock.lock();
            try {
                if (closed) throw new IllegalStateException("worker pool is shut down");
                if (running != 0) throw new IllegalStateException("parallel phases cannot be nested");
                this.job = job;
                running = helpers;
                active = helpers + 1;
                generation++;
                for (int i = 0; i < helpers; i++) wake[i].signal();
            } finally {
                lock.unlock();
            }
        }
        try {
            job.work(0);
        } catch (Throwable t) {
            job.failed(t);
        }
        if (helpers > 0) {
            lock.lock();
            try {
                while (running > 0) workDone.awaitUninterruptibly();
                this.job = null;
            } finally {
                lock.unlock();
            }
        }
    }

    private void loop(int worker) {
        long seen = 0;
        while (true) {
            Job j;
            lock.lock();
            try {
                while (!closed && (generation == seen || worker >= active)) wake[worker - 1].awaitUninterruptibly();
                if (closed) return;
                seen = generation;
                j = job;
            } finally {
                lock.unlock();
            }
            try {
                j.work(worker);
            } catch (Throwable t) {
                j.failed(t);
            } finally {
                lock.lock();
                try {
                    if (--running == 0) workDone.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** Stops and joins every worker thread. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            for (Condition c : wake) c.signal();
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
