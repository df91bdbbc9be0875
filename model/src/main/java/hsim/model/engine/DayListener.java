package hsim.model.engine;

/** Told after each simulated day; used for progress bars, invariant checks and checkpoints. */
@FunctionalInterface
public interface DayListener {
    DayListener NONE = (model, day) -> { };

    void dayEnded(HaitiModel model, int day);
}
