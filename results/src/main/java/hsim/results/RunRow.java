package hsim.results;

import java.util.Map;

/** One row of runs.csv as read: identity, status, parameters by key (canonical text) and outcomes by name. */
public record RunRow(String runId, String option, int designPoint, int replicate, long seed,
                     boolean ok, String error, Map<String, String> params, Map<String, Double> outcomes) {
    public double outcome(String name) {
        Double v = outcomes.get(name);
        return v == null ? Double.NaN : v;
    }
}
