package hsim.runner.store;

import hsim.results.Columns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns of runs.csv and daily.csv, gathered one record at a time (in run-id order, so the
 * first-seen order of outcomes and daily metrics is the same as when all records were held at once):
 * runs.csv has the fixed columns, then {@code p_*} by key, then {@code o_*} in first-seen order; daily.csv
 * has the run identity, day, then every daily metric in first-seen order.
 */
public final class ColumnSet {
    private final Set<String> params = new TreeSet<>();
    private final Set<String> outcomes = new LinkedHashSet<>();
    private final Set<String> metrics = new LinkedHashSet<>();

    public void add(RunRecord r) {
        for (String k : r.row().keySet()) {
            if (Columns.isParam(k)) params.add(k);
            else if (Columns.isOutcome(k)) outcomes.add(k);
        }
        for (String c : r.dailyColumns()) if (!c.equals(Columns.DAY)) metrics.add(c);
    }

    public List<String> runs() {
        List<String> cols = new ArrayList<>(Columns.RUN);
        cols.addAll(params);
        cols.addAll(outcomes);
        return cols;
    }

    public List<String> daily() {
        List<String> cols = new ArrayList<>(Columns.DAILY_KEYS);
        cols.addAll(metrics);
        return cols;
    }
}
