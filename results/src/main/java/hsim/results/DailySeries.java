package hsim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * daily.csv grouped for plotting: for each option and day, one row of metric values per run.
 * Runs are kept together per option because the charts summarise across replicates.
 */
public final class DailySeries {
    private final List<String> metrics;
    private final Map<String, TreeMap<Integer, List<double[]>>> byOption = new LinkedHashMap<>();

    DailySeries(List<String> metrics) {
        this.metrics = List.copyOf(metrics);
    }

    void add(String option, int day, double[] values) {
        byOption.computeIfAbsent(option, o -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>()).add(values);
    }

    /** Metric column names in file order. */
    public List<String> metrics() { return metrics; }

    public boolean hasOption(String option) { return byOption.containsKey(option); }

    /** Day to values of one metric across that option's runs (NaN where missing). */
    public TreeMap<Integer, double[]> values(String option, String metric) {
        int m = metrics.indexOf(metric);
        TreeMap<Integer, double[]> out = new TreeMap<>();
        TreeMap<Integer, List<double[]>> days = byOption.get(option);
        if (days == null || m < 0) return out;
        for (Map.Entry<Integer, List<double[]>> e : days.entrySet()) {
            List<double[]> rows = e.getValue();
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) v[i] = rows.get(i)[m];
            out.put(e.getKey(), v);
        }
        return out;
    }
}
