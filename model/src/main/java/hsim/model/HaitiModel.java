package hsim.model;

import hsim.model.scenario.Scenario;
import sim.engine.SimState;

/**
 * The hsim simulation state. One schedule step is one simulated hour. This first version only keeps
 * the clock; the city, populations and mechanisms are added by the core and model issues.
 */
public class HaitiModel extends SimState {
    private static final long serialVersionUID = 1L;
    public static final int HOURS_PER_DAY = 24;

    private final Scenario scenario;
    private final long runSeed;
    private final int threads;

    public HaitiModel(Scenario scenario, long seed, int threads) {
        super(seed);
        this.scenario = scenario;
        this.runSeed = seed; // MASON truncates its own seed to 32 bits; hsim streams use all 64
        this.threads = threads;
    }

    public Scenario scenario() { return scenario; }

    public long runSeed() { return runSeed; }

    public int threads() { return threads; }

    /** Whole simulated days completed so far. */
    public int day() { return (int) (schedule.getSteps() / HOURS_PER_DAY); }
}
