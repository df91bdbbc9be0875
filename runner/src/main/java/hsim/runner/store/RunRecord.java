package hsim.runner.store;

import hsim.runner.Csv;
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
    public static final List<String> FIXED = List.of("run_id", "option", "design_point", "replicate", "seed",
            "status", "error", "wall_seconds");

    public RunRecord {
        row = Collections.unmodifiableMap(new LinkedHashMap<>(row));
        dailyColumns = List.copyOf(dailyColumns);
        daily = List.copyOf(daily);
    }

    public String runId() { return row.get("run_id"); }

    public boolean ok() { return "ok".equals(row.get("status")); }

    /** Builds the record of a finished run: parameters as {@code p.<key>}, outcomes as {@code o.<name>}. */
    public static RunRecord of(RunOutcome o) {
        PlannedRun r = o.run();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("run_id", r.runId());
        row.put("option", r.option());
        row.put("design_point", Integer.toString(r.designPoint()));
        row.put("replicate", Integer.toString(r.replicate()));
        row.put("seed", Long.toString(r.seed()));
        row.put("status", o.ok() ? "ok" : "failed");
        row.put("error", o.error());
        row.put("wall_seconds", Csv.number(Math.round(o.wallSeconds() * 1000) / 1000.0));
        r.scenario().sortedValues().forEach((k, v) -> row.put("p." + k, v));
        List<String> cols = new ArrayList<>();
        List<String[]> daily = new ArrayList<>();
        if (o.ok()) {
            o.result().summary().forEach((k, v) -> row.put("o." + k, Csv.number(v == null ? Double.NaN : v)));
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
        a.remove("wall_seconds");
        b.remove("wall_seconds");
        if (!a.equals(b) || !dailyColumns.equals(other.dailyColumns) || daily.size() != other.daily.size()) return false;
        for (int i = 0; i < daily.size(); i++) if (!java.util.Arrays.equals(daily.get(i), other.daily.get(i))) return false;
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunRecord r && sameResultsAs(r) && Objects.equals(row.get("wall_seconds"), r.row.get("wall_seconds"));
    }

    @Override
    public int hashCode() { return row.hashCode(); }
}
