package hsim.model;

import hsim.model.scenario.Scenario;

/**
 * Everything that determines a run: scenario (all parameters), 64-bit seed and horizon. The thread
 * count is carried along but never changes results.
 */
public record RunSpec(Scenario scenario, long seed, int days, int threads) {
    public RunSpec {
        if (scenario == null) throw new IllegalArgumentException("scenario");
        if (days < 0) throw new IllegalArgumentException("days must be >= 0: " + days);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
}
