package hsim.model.engine;

import hsim.model.core.ParallelCore;
import hsim.model.core.Rate;
import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import hsim.model.people.Civilians;
import hsim.model.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hsim simulation state. One schedule step is one simulated hour; mechanisms register as
 * processes with a {@link Rate} and an order ({@link #addProcess}) and run on MASON's schedule.
 * Parallel work goes through {@link #parallel()}, whose results never depend on the thread count.
 *
 * <p>Checkpointing: everything here is serialisable except the worker pool, which is transient and
 * re-created on first use after a restore.
 */
public class HaitiModel extends SimState {
    private static final long serialVersionUID = 1L;
    public static final int HOURS_PER_DAY = 24;
    /** MASON ordering of the clock, after every process: it keeps the schedule from ever running empty. */
    private static final int CLOCK_ORDERING = Integer.MAX_VALUE;
    private static final int SLOTS_PER_ORDER = 1000;

    private final Scenario scenario;
    private final long runSeed;
    private final int threads;
    private final int chunkSize;
    private final List<ScheduledProcess> processes = new ArrayList<>();
    private Civilians civilians;
    private boolean starting;
    private boolean running;
    private transient ParallelCore core;

    public HaitiModel(Scenario scenario, long seed, int threads) {
        this(scenario, seed, threads, ParallelCore.DEFAULT_CHUNK_SIZE);
    }

    public HaitiModel(Scenario scenario, long seed, int threads, int chunkSize) {
        super(seed);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        if (chunkSize < 1) throw new IllegalArgumentException("chunk size must be >= 1: " + chunkSize);
        this.scenario = scenario;
        this.runSeed = seed; // MASON truncates its own seed to 32 bits; hsim streams use all 64
        this.threads = threads;
        this.chunkSize = chunkSize;
        this.civilians = new Civilians(0, scenario.number("run.people_per_agent"));
    }

    public Scenario scenario() { return scenario; }

    /** The full 64-bit run seed; every random stream is keyed by it (see hsim.model.core.Rng). */
    public long runSeed() { return runSeed; }

    public int threads() { return threads; }

    public int chunkSize() { return chunkSize; }

    /** The civilian population (empty until a mechanism fills it). */
    public Civilians civilians() { return civilians; }

    public void setCivilians(Civilians civilians) {
        if (civilians == null) throw new IllegalArgumentException("civilians");
        this.civilians = civilians;
    }

    /**
     * The parallel stepping core (worker pool), created on first use (also after a checkpoint restore)
     * and closed by {@link #finish()}; its step is set to the current hour.
     */
    public ParallelCore parallel() {
        if (core == null) core = new ParallelCore(runSeed, threads, chunkSize);
        core.beginStep(hour());
        return core;
    }

    /**
     * A fresh random stream for serial code (gang decisions, events): draws depend only on the run
     * seed, {@code id}, the current hour and {@code purpose}. Inside parallel rules use
     * {@code chunk.rng(id, purpose)} instead, which allocates nothing.
     */
    public RngStream rng(long id, long purpose) {
        return Rng.stream(runSeed, id, hour(), purpose);
    }

    /**
     * Registers a mechanism to run at {@code rate}, at {@code order} within the hour (lower first;
     * see {@link ProcessOrder}); equal orders run in registration order. Processes registered
     * before {@link #start()} stay for every restart; those registered from
     * {@link #installMechanisms()} are registered afresh at each start. Registering while the run is
     * going schedules the process from the next hour on.
     */
    public void addProcess(String name, Rate rate, int order, ModelProcess process) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("process name must not be blank");
        if (rate == null || process == null) throw new IllegalArgumentException("rate and process are required: " + name);
        if (order < ProcessOrder.MIN || order > ProcessOrder.MAX) {
            throw new IllegalArgumentException("order of " + name + " must be in [" + ProcessOrder.MIN + ", " + ProcessOrder.MAX + "]: " + order);
        }
        int slot = 0;
        for (ScheduledProcess p : processes) if (p.order == order) slot++;
        if (slot >= SLOTS_PER_ORDER) throw new IllegalStateException("too many processes at order " + order);
        ScheduledProcess sp = new ScheduledProcess(name, rate, order, order * SLOTS_PER_ORDER + slot, process, starting);
        processes.add(sp);
        if (running && !starting) schedule(sp, hour() + 1);
    }

    /** The registered processes in the order they run within an hour, as "name (rate, order)". */
    public List<String> processNames() {
        List<ScheduledProcess> sorted = new ArrayList<>(processes);
        sorted.sort((a, b) -> Integer.compare(a.masonOrdering, b.masonOrdering));
        List<String> names = new ArrayList<>();
        for (ScheduledProcess p : sorted) names.add(p.toString());
        return Collections.unmodifiableList(names);
    }

    /**
     * Where the model's mechanisms are created and registered at each start (build populations, call
     * {@link #addProcess}). Called by {@link #start()} after MASON's own reset.
     */
    protected void installMechanisms() {
    }

    @Override
    public void start() {
        super.start();
        processes.removeIf(p -> p.fromStart);
        starting = true;
        try {
            installMechanisms();
        } finally {
            starting = false;
        }
        for (ScheduledProcess p : processes) schedule(p, 0);
        schedule.scheduleRepeating(Schedule.EPOCH, CLOCK_ORDERING, (Steppable) s -> { }, 1.0);
        running = true;
    }

    private void schedule(ScheduledProcess p, long fromHour) {
        long first = p.rate.nextFiringAtOrAfter(fromHour);
        // Integer times from EPOCH with interval >= 1: a repeating event at EPOCH + first, then every interval.
        schedule.scheduleRepeating(Schedule.EPOCH + first, p.masonOrdering, p, p.rate.intervalHours());
    }

    /** Advances the simulation by one hour. */
    public void stepHour() {
        if (!running) throw new IllegalStateException("start() the model before stepping it");
        if (!schedule.step(this)) throw new IllegalStateException("the schedule ran out at hour " + hour());
    }

    /**
     * The current simulated hour: inside a process, the hour being stepped; between steps, the last
     * hour stepped (-1 before the first).
     */
    public long hour() {
        double t = schedule.getTime();
        return t < Schedule.EPOCH ? -1 : (long) t;
    }

    /** Hours completed so far. */
    public long hoursDone() { return schedule.getSteps(); }

    /** Whole simulated days completed so far. */
    public int day() { return (int) (schedule.getSteps() / HOURS_PER_DAY); }

    @Override
    public void finish() {
        try {
            super.finish();
        } finally {
            running = false;
            closeCore();
        }
    }

    private void closeCore() {
        if (core != null) {
            core.close();
            core = null;
        }
    }
}
