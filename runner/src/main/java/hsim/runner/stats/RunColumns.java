package hsim.runner.stats;

import hsim.results.Columns;
import hsim.runner.design.Factor;
import hsim.runner.store.RunRecord;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analysis tables need of the ok runs, as primitive columns filled one record at a time: each
 * run's option, design point, replicate, outcome values and factor values, about 8 bytes per number
 * instead of a record of text. Exact medians, quantiles, paired differences, SRC and PRIM need every
 * run's value, so this grows with the runs of an experiment, but only while the tables are written and
 * at a few hundred bytes per run rather than the tens of kilobytes of a stored record.
 */
public final class RunColumns {
    private final List<Factor> factors;
    private final Map<String, Integer> optionIndex = new LinkedHashMap<>();
    private final IntArrayList option = new IntArrayList();
    private final IntArrayList designPoint = new IntArrayList();
    private final IntArrayList replicate = new IntArrayList();
    /** Outcome name to its values, in first-seen order; NaN where a run lacks the outcome. */
    private final Map<String, DoubleArrayList> outcomes = new LinkedHashMap<>();
    private final DoubleArrayList[] factorValues;

    public RunColumns(List<Factor> factors) {
        this.factors = List.copyOf(factors);
        factorValues = new DoubleArrayList[factors.size()];
        for (int j = 0; j < factorValues.length; j++) factorValues[j] = new DoubleArrayList();
    }

    /** Columns of the ok runs among {@code runs}, in their order. */
    public static RunColumns of(List<RunRecord> runs, List<Factor> factors) {
        RunColumns c = new RunColumns(factors);
        runs.forEach(c::add);
        return c;
    }

    /** Adds one run; a failed run is left out (statistics are over ok runs). */
    public void add(RunRecord r) {
        if (!r.ok()) return;
        int n = size();
        option.add(optionIndex.computeIfAbsent(r.row().get(Columns.OPTION), k -> optionIndex.size()));
        designPoint.add(Integer.parseInt(r.row().get(Columns.DESIGN_POINT)));
        replicate.add(Integer.parseInt(r.row().get(Columns.REPLICATE)));
        for (Map.Entry<String, String> e : r.row().entrySet()) {
            if (!Columns.isOutcome(e.getKey())) continue;
            DoubleArrayList col = outcomes.computeIfAbsent(Columns.outcomeName(e.getKey()), k -> {
                DoubleArrayList c = new DoubleArrayList(Math.max(16, n + 1));
                for (int i = 0; i < n; i++) c.add(Double.NaN);
                return c;
            });
            String v = e.getValue();
            col.add(v == null || v.isEmpty() ? Double.NaN : Double.parseDouble(v));
        }
        for (DoubleArrayList col : outcomes.values()) if (col.size() == n) col.add(Double.NaN);
        for (int j = 0; j < factorValues.length; j++) factorValues[j].add(factors.get(j).numeric(r.param(factors.get(j).key())));
    }

    /** Number of ok runs. */
    public int size() { return option.size(); }

    /** Outcome names present in the ok runs, first-seen order. */
    public List<String> outcomes() { return new ArrayList<>(outcomes.keySet()); }

    /** Option names of the ok runs, first-seen order. */
    public List<String> options() { return new ArrayList<>(optionIndex.keySet()); }

    /** Index of run {@code i}'s option in {@link #options()}. */
    int option(int i) { return option.getInt(i); }

    int designPoint(int i) { return designPoint.getInt(i); }

    int replicate(int i) { return replicate.getInt(i); }

    /** Run {@code i}'s value of {@code outcome}; NaN when missing or not an outcome of any run. */
    public double value(int i, String outcome) {
        DoubleArrayList col = outcomes.get(outcome);
        return col == null ? Double.NaN : col.getDouble(i);
    }

    /** The values of {@code outcome} over all ok runs, in run order. */
    double[] values(String outcome) {
        double[] y = new double[size()];
        for (int i = 0; i < y.length; i++) y[i] = value(i, outcome);
        return y;
    }

    public List<Factor> factors() { return factors; }

    /** Run by factor matrix of the factors' numeric values. */
    double[][] factorMatrix() {
        double[][] x = new double[size()][factors.size()];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < factors.size(); j++) x[i][j] = factorValues[j].getDouble(i);
        return x;
    }
}
