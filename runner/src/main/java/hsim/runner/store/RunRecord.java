package hsim.runner.store;

import hsim.results.Columns;
import hsim.results.Csv;
import hsim.runner.exec.RunOutcome;
import hsim.runner.design.PlannedRun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finished run as stored: its runs.csv row (column to text, in column order) and its daily rows
 * (model columns plus text values). Values are kept as the exact text written to the CSV files, so that
 * numbers round-trip and merged shards compare equal byte for byte.
 */
public record RunRecord(Map<String, String> row, List<String> dailyColumns, List<String[]> daily) {
    public RunRecord {
        row = Collections.unmodifiableMap(new LinkedHashMap<>(row));
        dailyColumns = List.copyOf(dailyColumns);
        daily = List.copyOf(daily);
    }

    public String runId() { return row.get(Columns.RUN_ID); }

    public boolean ok() { return "ok".equals(row.get(Columns.STATUS)); }

    /** The text of outcome {@code name}, or null when the run has none. */
    public String outcome(String name) { return row.get(Columns.outcome(name)); }

    /** The text of scenario parameter {@code key}, or null. */
    public String param(String key) { return row.get(Columns.param(key)); }

    /**
     * Builds the record of a finished run: parameters as {@code p_<key>}, outcomes as {@code o_<name>}.
     * A NaN value is written {@code NaN}; an outcome the model did not report is left out (missing).
     */
    public static RunRecord of(RunOutcome o) {
        PlannedRun r = o.run();
        Map<String, String> row = new LinkedHashMap<>();
        row.put(Columns.RUN_ID, r.runId());
        row.put(Columns.OPTION, r.option());
        row.put(Columns.DESIGN_POINT, Integer.toString(r.designPoint()));
        row.put(Columns.REPLICATE, Integer.toString(r.replicate()));
        row.put(Columns.SEED, Long.toString(r.seed()));
        row.put(Columns.STATUS, o.ok() ? "ok" : "failed");
        row.put(Columns.ERROR, o.error());
        row.put(Columns.WALL_SECONDS, Csv.number(Math.round(o.wallSeconds() * 1000) / 1000.0));
        r.scenario().sortedValues().forEach((k, v) -> row.put(Columns.param(k), v));
        List<String> cols = new ArrayList<>();
        List<String[]> daily = new ArrayList<>();
        if (o.ok()) {
            o.result().summary().forEach((k, v) -> row.put(Columns.outcome(k), Csv.number(v)));
            cols.addAll(o.result().dailyColumns());
            for (double[] d : o.result().daily()) {
                String[] t = new String[d.length];
                for (int i = 0; i < d.length; i++) t[i] = Csv.number(d[i]);
                daily.add(t);
            }
        }
        return new RunRecord(row, cols, daily);
    }

    /** Same run and same results; wall time is allowed to differ (re-runs of a seed agree exactly). */
    public boolean sameResultsAs(RunRecord other) {
        Map<String, String> a = new LinkedHashMap<>(row);
        Map<String, String> b = new LinkedHashMap<>(other.row);
        a.remove(Columns.WALL_SECONDS);
        b.remove(Columns.WALL_SECONDS);
        if (!a.equals(b) || !dailyColumns.equals(other.dailyColumns) || daily.size() != other.daily.size()) return false;
        for (int i = 0; i < daily.size(); i++) if (!java.util.Arrays.equals(daily.get(i), other.daily.get(i))) return false;
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunRecord r && sameResultsAs(r) && Objects.equals(row.get(Columns.WALL_SECONDS), r.row.get(Columns.WALL_SECONDS));
    }

    @Override
    public int hashCode() { return row.hashCode(); }
}
