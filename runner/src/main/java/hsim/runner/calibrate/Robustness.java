package hsim.runner.calibrate;

import hsim.results.Columns;
import hsim.results.Csv;
import hsim.results.CsvTable;
import hsim.results.FileNames;
import hsim.results.Measures;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Robustness of a comparison over ensemble members (read from runs.csv): each option's value per member is
 * the mean over that member's replicates. For each pair of options and each headline outcome, the share of
 * members in which the first beats the second (better direction from measures.csv); for each option its
 * regret, the largest shortfall from the best option of that member (max over members of best - own, in the
 * outcome's units, so 0 means never beaten). Writes robustness.csv and regret.csv.
 */
public final class Robustness {
    public static final String ROBUSTNESS = "robustness.csv";
    public static final String REGRET = "regret.csv";
    /**
     * The comparison's headlines: measures that do not saturate (run means, days short, totals over the run);
     * the share of fuel need met at the end of a year is 1.000 in several options and ranks nothing.
     */
    public static final List<String> HEADLINES = List.of("fuel_need_met_share_mean", "fuel_days_below_half", "water_need_met_share_mean",
            "gang_control_share_mean", "civilian_deaths_violence_cum", "cholera_deaths_cum");

    private Robustness() {}

    /** option -> member -> mean over replicates, for one outcome. */
    static Map<String, TreeMap<Integer, Double>> perMember(CsvTable runs, String outcome) {
        Map<String, TreeMap<Integer, double[]>> acc = new LinkedHashMap<>();
        String col = Columns.outcome(outcome);
        for (int i = 0; i < runs.size(); i++) {
            if (!"ok".equals(runs.text(i, Columns.STATUS))) continue;
            String t = runs.text(i, col);
            Double v = t.isEmpty() ? null : Csv.parse(t);
            if (v == null || v.isNaN()) continue;
            double[] s = acc.computeIfAbsent(runs.text(i, Columns.OPTION), k -> new TreeMap<>())
                    .computeIfAbsent((int) runs.number(i, Columns.DESIGN_POINT), k -> new double[2]);
            s[0] += v;
            s[1]++;
        }
        Map<String, TreeMap<Integer, Double>> out = new LinkedHashMap<>();
        acc.forEach((o, m) -> {
            TreeMap<Integer, Double> t = new TreeMap<>();
            m.forEach((p, s) -> t.put(p, s[0] / s[1]));
            out.put(o, t);
        });
        return out;
    }

    /** Writes both tables into {@code folder} and returns the outcomes they cover. */
    public static List<String> write(Path folder) throws IOException {
        CsvTable runs = CsvTable.read(folder.resolve(FileNames.csv(FileNames.RUNS)));
        Measures measures = Measures.standard();
        StringBuilder rob = new StringBuilder(Csv.line(List.of("outcome", "option", "other", "members", "share_better", "share_worse", "share_tied")));
        StringBuilder reg = new StringBuilder(Csv.line(List.of("outcome", "option", "members", "max_regret", "mean_regret", "share_best")));
        List<String> covered = new ArrayList<>();
        for (String outcome : HEADLINES) {
            if (!runs.has(Columns.outcome(outcome))) continue;
            int dir = measures.direction(outcome);
            if (dir == 0) continue;
            Map<String, TreeMap<Integer, Double>> pm = perMember(runs, outcome);
            List<String> options = new ArrayList<>(pm.keySet());
            if (options.size() < 2) continue;
            covered.add(outcome);
            for (String a : options) {
                for (String b : options) {
                    if (a.equals(b)) continue;
                    int n = 0, better = 0, worse = 0;
                    for (Map.Entry<Integer, Double> e : pm.get(a).entrySet()) {
                        Double vb = pm.get(b).get(e.getKey());
                        if (vb == null) continue;
                        n++;
                        double d = dir * (e.getValue() - vb);
                        if (d > 0) better++;
                        else if (d < 0) worse++;
                    }
                    if (n == 0) continue;
                    rob.append(Csv.line(List.of(outcome, a, b, Integer.toString(n), Csv.number((double) better / n),
                            Csv.number((double) worse / n), Csv.number((double) (n - better - worse) / n))));
                }
            }
            // members every option has, so each member's best is over all options
            List<Integer> common = new ArrayList<>(pm.get(options.get(0)).keySet());
            for (String o : options) common.retainAll(pm.get(o).keySet());
            for (String o : options) {
                double max = 0, sum = 0;
                int best = 0;
                for (int m : common) {
                    double top = Double.NEGATIVE_INFINITY;
                    for (String x : options) top = Math.max(top, dir * pm.get(x).get(m));
                    double r = top - dir * pm.get(o).get(m);
                    max = Math.max(max, r);
                    sum += r;
                    if (r == 0) best++;
                }
                if (common.isEmpty()) continue;
                reg.append(Csv.line(List.of(outcome, o, Integer.toString(common.size()), Csv.number(max), Csv.number(sum / common.size()),
                        Csv.number((double) best / common.size()))));
            }
        }
        CalibrationOutputs.write(folder.resolve(ROBUSTNESS), rob.toString());
        CalibrationOutputs.write(folder.resolve(REGRET), reg.toString());
        return covered;
    }

    /** The printed tables: per headline outcome, options by max regret, and the pairwise share matrix. */
    public static void print(Path folder, PrintStream out) throws IOException {
        if (!Files.isRegularFile(folder.resolve(REGRET))) return;
        CsvTable reg = CsvTable.read(folder.resolve(REGRET));
        CsvTable rob = CsvTable.read(folder.resolve(ROBUSTNESS));
        Measures measures = Measures.standard();
        String current = null;
        for (int i = 0; i < reg.size(); i++) {
            String o = reg.text(i, "outcome");
            if (!o.equals(current)) {
                current = o;
                out.printf(Locale.ROOT, "%nRobustness over %s ensemble members: %s (%s is better)%n", reg.text(i, "members"),
                        measures.label(o), measures.direction(o) < 0 ? "lower" : "higher");
                List<String> opts = new ArrayList<>();
                for (int j = 0; j < reg.size(); j++) if (reg.text(j, "outcome").equals(o)) opts.add(reg.text(j, "option"));
                out.printf(Locale.ROOT, "  %-26s %11s %11s %9s  share of members in which the row beats the column:%n", "option", "max regret", "mean regret", "best in");
                StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-26s %11s %11s %9s ", "", "", "", ""));
                for (int k = 0; k < opts.size(); k++) h.append(String.format(Locale.ROOT, " %5s", "[" + (k + 1) + "]"));
                out.println(h);
                for (int j = 0; j < reg.size(); j++) {
                    if (!reg.text(j, "outcome").equals(o)) continue;
                    String a = reg.text(j, "option");
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-26s %11.4g %11.4g %8.0f%% ",
                            "[" + (opts.indexOf(a) + 1) + "] " + a, reg.number(j, "max_regret"), reg.number(j, "mean_regret"),
                            100 * reg.number(j, "share_best")));
                    for (String b : opts) {
                        String cell = "    -";
                        for (int k = 0; k < rob.size(); k++) {
                            if (rob.text(k, "outcome").equals(o) && rob.text(k, "option").equals(a) && rob.text(k, "other").equals(b)) {
                                cell = String.format(Locale.ROOT, " %4.0f%%", 100 * rob.number(k, "share_better"));
                            }
                        }
                        row.append(cell);
                    }
                    out.println(row);
                }
            }
        }
    }
}
