package hsim.runner.stats;

/**
 * One run's value of one outcome, with what pairs it to other options' runs: the design point and the
 * replicate (same replicate, same seed: common random numbers).
 */
public record Observation(String option, String outcome, int designPoint, int replicate, double value) {}
