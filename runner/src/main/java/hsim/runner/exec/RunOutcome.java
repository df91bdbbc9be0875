package hsim.runner.exec;

import hsim.model.run.RunResult;
import hsim.runner.design.PlannedRun;

/** A finished run: ok with its result, or failed with the error text (result null). */
public record RunOutcome(PlannedRun run, boolean ok, String error, double wallSeconds, RunResult result) {
    public static RunOutcome ok(PlannedRun run, double wall, RunResult result) {
        return new RunOutcome(run, true, "", wall, result);
    }

    public static RunOutcome failed(PlannedRun run, double wall, Throwable t) {
        String msg = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return new RunOutcome(run, false, msg.replace('\n', ' ').replace('\r', ' '), wall, null);
    }
}
