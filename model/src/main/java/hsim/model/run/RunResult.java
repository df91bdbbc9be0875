package hsim.model.run;

import hsim.model.metrics.MapSnapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run produces: one row of metrics per simulated day (columns named in {@link #dailyColumns()}),
 * an end-of-run summary of named outcomes, and the map state of the last day ({@code finalState}, null
 * for a model without a city). All plain data so the runner can store them without knowing the model.
 */
public record RunResult(List<String> dailyColumns, List<double[]> daily, Map<String, Double> summary, MapSnapshot finalState) {
    public RunResult {
        dailyColumns = List.copyOf(dailyColumns);
        daily = List.copyOf(daily);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    /** A result without a map state. */
    public RunResult(List<String> dailyColumns, List<double[]> daily, Map<String, Double> summary) {
        this(dailyColumns, daily, summary, null);
    }
}
