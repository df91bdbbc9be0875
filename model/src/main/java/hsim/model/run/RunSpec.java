package hsim.model.run;

import hsim.model.core.ParallelCore;
import hsim.model.scenario.Scenario;

/**
 * Everything that determines a run: scenario (all parameters), 64-bit seed and horizon. The thread
 * count and chunk size are carried along but never change results.
 */
public record RunSpec(Scenario scenario, long seed, int days, int threads, int chunkSize) {
    public RunSpec {
        if (scenario == null) throw new IllegalArgumentException("scenario");
        if (days < 0) throw new IllegalArgumentException("days must be >= 0: " + days);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        if (chunkSize < 1) throw new IllegalArgumentException("chunk size must be >= 1: " + chunkSize);
    }

    /** A spec with the default chunk size. */
    public RunSpec(Scenario scenario, long seed, int days, int threads) {
        this(scenario, seed, days, threads, ParallelCore.DEFAULT_CHUNK_SIZE);
    }
}
