package hsim.model.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run produces: one row of metrics per simulated day (columns named in {@link #dailyColumns()})
 * and an end-of-run summary of named outcomes. Both are plain numbers so the runner can store them
 * without knowing the model.
 */
public record RunResult(List<String> dailyColumns, List<double[]> daily, Map<String, Double> summary) {
    public RunResult {
        dailyColumns = List.copyOf(dailyColumns);
        daily = List.copyOf(daily);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }
}
