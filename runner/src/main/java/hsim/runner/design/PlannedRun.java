package hsim.runner.design;

import hsim.model.scenario.Scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a design: its stable id, where it sits in the design, its CRN seed, the fully resolved
 * scenario and the factor overrides that made it. {@code designPoint} is -1 in a comparison.
 */
public record PlannedRun(int index, String runId, String option, int designPoint, int replicate, long seed,
                         int days, Scenario scenario, Map<String, String> overrides) {
    public PlannedRun {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
}
