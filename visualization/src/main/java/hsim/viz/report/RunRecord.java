package hsim.viz.report;

import java.util.Map;

/** One row of runs.csv: identity, status, parameters ({@code p.*}, canonical text) and outcomes ({@code o.*}). */
public record RunRecord(String runId, String option, int designPoint, int replicate, long seed,
                        boolean ok, String error, Map<String, String> params, Map<String, Double> outcomes) {
    public double outcome(String name) {
        Double v = outcomes.get(name);
        return v == null ? Double.NaN : v;
    }
}
