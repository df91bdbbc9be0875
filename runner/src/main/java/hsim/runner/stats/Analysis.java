package hsim.runner.stats;

import hsim.results.Columns;
import hsim.results.PrimRow;
import hsim.results.SensitivityRow;
import hsim.results.SummaryRow;
import hsim.runner.design.Design;
import hsim.runner.design.Factor;
import hsim.runner.design.Threshold;
import hsim.runner.store.RunRecord;
import hsim.runner.store.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns stored runs into the analysis tables of a results folder (summary, design, sensitivity, prim). */
public final class Analysis {
    /** PRIM settings: peel 5% at a time, stop at 5% support, report up to 3 boxes. */
    public static final double PRIM_ALPHA = 0.05;
    public static final double PRIM_MIN_SUPPORT = 0.05;
    public static final int PRIM_MAX_BOXES = 3;

    private Analysis() {}

    /** The outcome names ({@code o_*} columns) present in ok runs, first-seen order. */
    public static List<String> outcomes(List<RunRecord> runs) {
        Set<String> s = new LinkedHashSet<>();
        for (RunRecord r : runs) if (r.ok()) for (String k : r.row().keySet()) if (Columns.isOutcome(k)) s.add(Columns.outcomeName(k));
        return new ArrayList<>(s);
    }

    /** summary.csv: per option and outcome, over ok runs; paired differences against {@code baseline}. */
    public static Table summary(List<RunRecord> runs, String baseline) {
        return summary(RunColumns.of(runs, List.of()), baseline);
    }

    /** summary.csv from the ok runs' columns (streamed from the log; see {@link RunColumns}). */
    public static Table summary(RunColumns runs, String baseline) {
        Table t = new Table(Columns.SUMMARY,
                types("option outcome", "n diff_n", "mean sd median p10 p90 ci_low ci_high diff_mean diff_sd diff_ci_low diff_ci_high"));
        for (SummaryRow row : Summaries.compute(runs, baseline)) t.add(row.cells().toArray(new String[0]));
        return t;
    }

    /** design.csv: each design point's factor values, one {@code p_*} column per factor. */
    public static Table design(Design design) {
        List<String> cols = new ArrayList<>(List.of(Columns.DESIGN_POINT));
        for (Factor f : design.factors()) cols.add(Columns.param(f.key()));
        Map<String, Table.Type> ty = new java.util.HashMap<>();
        ty.put(Columns.DESIGN_POINT, Table.Type.INT64);
        for (Factor f : design.factors()) ty.put(Columns.param(f.key()), hsim.runner.store.ResultsStore.parameterType(f.key()));
        Table t = new Table(cols, ty);
        List<Map<String, String>> pts = design.points();
        for (int p = 0; p < pts.size(); p++) {
            String[] row = new String[cols.size()];
            row[0] = Integer.toString(p + 1);
            for (int j = 0; j < design.factors().size(); j++) row[j + 1] = pts.get(p).get(design.factors().get(j).key());
            t.add(row);
        }
        return t;
    }

    /** sensitivity.csv: SRC per outcome and factor ranked by |SRC|, plus one R^2 row per outcome. */
    public static Table sensitivity(List<RunRecord> runs, List<Factor> factors) {
        return sensitivity(RunColumns.of(runs, factors));
    }

    /** sensitivity.csv over the factors {@code ok} was gathered with. */
    public static Table sensitivity(RunColumns ok) {
        Table t = new Table(Columns.SENSITIVITY, types("outcome factor measure", "rank", "value"));
        List<Factor> factors = ok.factors();
        if (ok.size() == 0 || factors.isEmpty()) return t;
        double[][] x = ok.factorMatrix();
        List<String> names = factors.stream().map(Factor::key).toList();
        for (String o : ok.outcomes()) {
            double[] y = ok.values(o);
            Sensitivity.Result res = Sensitivity.src(x, y, names);
            for (Sensitivity.Src s : res.factors()) {
                t.add(cells(new SensitivityRow(o, s.factor(), "src", s.src(), s.rank()).cells()));
            }
            t.add(cells(new SensitivityRow(o, "", "r2", res.r2(), 0).cells()));
        }
        return t;
    }

    /** prim.csv: for each threshold, up to three boxes; one row per restricted factor of each box. */
    public static Table prim(List<RunRecord> runs, List<Factor> factors, List<Threshold> thresholds) {
        return prim(RunColumns.of(runs, factors), thresholds);
    }

    /** prim.csv over the factors {@code ok} was gathered with. */
    public static Table prim(RunColumns ok, List<Threshold> thresholds) {
        Table t = new Table(Columns.PRIM,
                types("outcome threshold factor", "box n_in_box", "lower upper coverage density"));
        List<Factor> factors = ok.factors();
        if (ok.size() == 0 || factors.isEmpty()) return t;
        double[][] x = ok.factorMatrix();
        for (Threshold th : thresholds) {
            boolean[] y = new boolean[ok.size()];
            for (int i = 0; i < y.length; i++) y[i] = th.test(ok.value(i, th.outcome()));
            List<Prim.Box> boxes = Prim.find(x, y, PRIM_ALPHA, PRIM_MIN_SUPPORT, PRIM_MAX_BOXES);
            for (int b = 0; b < boxes.size(); b++) {
                Prim.Box box = boxes.get(b);
                for (int j = 0; j < factors.size(); j++) {
                    if (!box.restricts(j)) continue;
                    t.add(cells(new PrimRow(th.outcome(), th.text(), b + 1, factors.get(j).key(), box.lower()[j],
                            box.upper()[j], box.coverage(), box.density(), box.nInBox()).cells()));
                }
            }
        }
        return t;
    }

    private static String[] cells(List<String> c) { return c.toArray(new String[0]); }

    private static Map<String, Table.Type> types(String strings, String longs, String doubles) {
        Map<String, Table.Type> m = new java.util.HashMap<>();
        for (String s : strings.split(" ")) m.put(s, Table.Type.STRING);
        for (String s : longs.split(" ")) m.put(s, Table.Type.INT64);
        for (String s : doubles.split(" ")) m.put(s, Table.Type.DOUBLE);
        return m;
    }
}
