package hsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@link RunSpec} to completion, headless, and returns its metrics: {@code days * 24} hourly
 * steps, then {@code finish()} (which also shuts the worker pool down, even after a failure).
 */
public final class Simulation {
    private Simulation() {}

    public static RunResult run(RunSpec spec) { return run(spec, DayListener.NONE); }

    public static RunResult run(RunSpec spec, DayListener listener) {
        HaitiModel model = new HaitiModel(spec.scenario(), spec.seed(), spec.threads(), spec.chunkSize());
        List<String> columns = List.of("day");
        List<double[]> rows = new ArrayList<>();
        model.start();
        try {
            for (int d = 0; d < spec.days(); d++) {
                for (int h = 0; h < HaitiModel.HOURS_PER_DAY; h++) model.stepHour();
                rows.add(new double[] {d + 1});
                listener.dayEnded(model, d + 1);
            }
        } finally {
            model.finish();
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("days_simulated", (double) spec.days());
        return new RunResult(columns, rows, summary);
    }
}
