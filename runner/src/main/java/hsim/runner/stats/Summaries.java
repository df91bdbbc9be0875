package hsim.runner.stats;

import hsim.results.SummaryRow;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per option and outcome: descriptive statistics with a 95% t-interval, and the paired differences
 * option minus baseline, matched by (design point, replicate). Pairing removes the replicate-to-replicate
 * noise the two runs share through their common seed, so the difference interval is usually much
 * narrower than the two marginal intervals suggest.
 */
public final class Summaries {
    private Summaries() {}

    /** Rows in option order (first seen), then outcome order (first seen); the baseline's have no diff (diffN -1). */
    public static List<SummaryRow> compute(List<Observation> obs, String baseline) {
        Map<String, Map<String, List<Observation>>> by = new LinkedHashMap<>();
        Set<String> outcomes = new LinkedHashSet<>();
        for (Observation o : obs) {
            by.computeIfAbsent(o.option(), k -> new LinkedHashMap<>()).computeIfAbsent(o.outcome(), k -> new ArrayList<>()).add(o);
            outcomes.add(o.outcome());
        }
        Map<String, List<Observation>> base = by.getOrDefault(baseline, Map.of());
        List<SummaryRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Observation>>> e : by.entrySet()) {
            for (String outcome : outcomes) {
                List<Observation> mine = e.getValue().getOrDefault(outcome, List.of());
                double[] v = mine.stream().mapToDouble(Observation::value).toArray();
                Describe diff = e.getKey().equals(baseline) ? null
                        : Describe.of(pairedDifferences(mine, base.getOrDefault(outcome, List.of())));
                rows.add(row(e.getKey(), outcome, Describe.of(v), diff));
            }
        }
        return rows;
    }

    /**
     * The same rows as {@link #compute(List, String)}, from primitive columns of the ok runs: every ok run
     * has a value (maybe NaN) of every outcome, options and outcomes come in first-seen order, and each
     * sample is sorted before it is summed, so the figures are the same to the last bit.
     */
    public static List<SummaryRow> compute(RunColumns runs, String baseline) {
        List<String> options = runs.options();
        List<String> outcomes = runs.outcomes();
        int base = options.indexOf(baseline);
        int n = runs.size();
        List<SummaryRow> rows = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            IntArrayList mine = new IntArrayList();
            for (int i = 0; i < n; i++) if (runs.option(i) == k) mine.add(i);
            for (String outcome : outcomes) {
                double[] v = new double[mine.size()];
                for (int m = 0; m < v.length; m++) v[m] = runs.value(mine.getInt(m), outcome);
                Describe diff = null;
                if (k != base) {
                    Long2DoubleOpenHashMap bv = new Long2DoubleOpenHashMap();
                    for (int i = 0; i < n; i++) {
                        double x = runs.value(i, outcome);
                        if (runs.option(i) == base && !Double.isNaN(x)) bv.put(key(runs.designPoint(i), runs.replicate(i)), x);
                    }
                    DoubleArrayList d = new DoubleArrayList();
                    for (int m = 0; m < v.length; m++) {
                        int i = mine.getInt(m);
                        long key = key(runs.designPoint(i), runs.replicate(i));
                        if (bv.containsKey(key) && !Double.isNaN(v[m])) d.add(v[m] - bv.get(key));
                    }
                    diff = Describe.of(d.toDoubleArray());
                }
                rows.add(row(options.get(k), outcome, Describe.of(v), diff));
            }
        }
        return rows;
    }

    private static SummaryRow row(String option, String outcome, Describe s, Describe d) {
        return new SummaryRow(option, outcome, s.n(), s.mean(), s.sd(), s.median(), s.p10(), s.p90(), s.ciLow(), s.ciHigh(),
                d == null ? -1 : d.n(), d == null ? Double.NaN : d.mean(), d == null ? Double.NaN : d.sd(),
                d == null ? Double.NaN : d.ciLow(), d == null ? Double.NaN : d.ciHigh());
    }

    /** a - b for each (design point, replicate) present, non-NaN, in both. */
    public static double[] pairedDifferences(List<Observation> a, List<Observation> b) {
        Map<Long, Double> bv = new HashMap<>();
        for (Observation o : b) if (!Double.isNaN(o.value())) bv.put(key(o), o.value());
        List<Double> d = new ArrayList<>();
        for (Observation o : a) {
            Double other = bv.get(key(o));
            if (other != null && !Double.isNaN(o.value())) d.add(o.value() - other);
        }
        return d.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static long key(Observation o) { return key(o.designPoint(), o.replicate()); }

    private static long key(int designPoint, int replicate) { return ((long) designPoint << 32) ^ (replicate & 0xFFFFFFFFL); }
}
