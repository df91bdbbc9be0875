package hsim.model.run;

import hsim.model.InputException;
import hsim.model.city.City;
import hsim.model.engine.DayListener;
import hsim.model.engine.HaitiModel;
import hsim.model.epstein.EpsteinWorld;
import hsim.model.metrics.DailyMetrics;
import hsim.model.metrics.MapSnapshot;
import hsim.model.world.InterventionModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@link RunSpec} to completion, headless, and returns its metrics: {@code days * 24} hourly
 * steps, then {@code finish()} (which also shuts the worker pool down, even after a failure).
 */
public final class Simulation {
    private Simulation() {}

    public static RunResult run(RunSpec spec) { return run(spec, DayListener.NONE); }

    public static RunResult run(RunSpec spec, DayListener listener) {
        return run(spec, listener, null);
    }

    /** As {@link #run(RunSpec, DayListener)} on a given city (null: the bundled Port-au-Prince map). */
    public static RunResult run(RunSpec spec, DayListener listener, City city) {
        // run.model = epstein: Epstein's Model I for docking (one step per "day"; no city, no listener)
        if (EpsteinWorld.selected(spec.scenario())) return runEpstein(spec);
        InterventionModel model = new InterventionModel(spec.scenario(), spec.seed(), spec.threads(), spec.chunkSize(), city);
        model.start();
        return continueRun(model, spec.days(), listener);
    }

    /** {@code spec.days()} Epstein steps, one row each; the summary is the outburst statistics. */
    private static RunResult runEpstein(RunSpec spec) {
        EpsteinWorld w = new EpsteinWorld(spec.scenario(), spec.seed());
        List<double[]> rows = new ArrayList<>(spec.days());
        for (int d = 0; d < spec.days(); d++) {
            w.step();
            rows.add(w.row());
        }
        return new RunResult(EpsteinWorld.COLUMNS, rows, w.summary(rows));
    }

    /**
     * Goes on with a model restored from a checkpoint ({@link RunCheckpoint#read}) from the day it had
     * reached up to {@code days}; the result holds every day since day 1 and equals that of a run that
     * never stopped. The listener is told about the remaining days only.
     */
    public static RunResult resume(InterventionModel model, int days, DayListener listener) {
        if (days < model.day()) {
            model.finish();
            throw new InputException("command line", 0, "--days", days + " is before the checkpoint's day " + model.day());
        }
        return continueRun(model, days, listener);
    }

    private static RunResult continueRun(InterventionModel model, int days, DayListener listener) {
        try {
            for (int d = model.day(); d < days; d++) {
                for (int h = 0; h < HaitiModel.HOURS_PER_DAY; h++) model.stepHour();
                listener.dayEnded(model, d + 1);
            }
        } finally {
            model.finish();
        }
        DailyMetrics m = model.metrics();
        return new RunResult(DailyMetrics.COLUMNS, m.rows(), m.summary(), MapSnapshot.of(model.state(), model.deployment(), model.day()));
    }
}
