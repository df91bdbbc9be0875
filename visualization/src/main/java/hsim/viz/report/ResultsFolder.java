package hsim.viz.report;

import hsim.model.InputException;
import hsim.viz.charts.Palette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A results folder written by {@code hsim compare} or {@code hsim sweep}, read from its files only.
 * runs.csv, daily.csv and summary.csv are required; design.csv, sensitivity.csv, prim.csv and
 * manifest.json are optional. Malformed content raises {@link InputException} naming file, line and column.
 */
public final class ResultsFolder {
    public static final String[] RUN_COLUMNS = {"run_id", "option", "design_point", "replicate", "seed", "status", "error"};
    public static final String[] DAILY_KEYS = {"run_id", "option", "design_point", "replicate", "seed", "day"};
    public static final String[] SUMMARY_COLUMNS = {"option", "outcome", "n", "mean", "sd", "median", "p10", "p90",
            "ci_low", "ci_high", "diff_n", "diff_mean", "diff_sd", "diff_ci_low", "diff_ci_high"};

    private final Path dir;
    private final List<RunRecord> runs = new ArrayList<>();
    private final List<String> options;
    private final List<String> paramKeys = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private final List<SummaryRow> summary = new ArrayList<>();
    private final DailySeries daily;
    private final List<String> factors = new ArrayList<>();
    private final Map<Integer, double[]> design = new LinkedHashMap<>();
    private final Map<String, List<String>> categorical = new LinkedHashMap<>();
    private final List<SensitivityRow> sensitivity = new ArrayList<>();
    private final List<PrimRow> prim = new ArrayList<>();
    private final Map<String, Object> manifest;

    private ResultsFolder(Path dir) throws IOException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new InputException("command line", 0, "RESULTS_DIR", "'" + InputException.abbreviate(dir.toString(), 200)
                    + "' does not exist or is not a folder");
        }
        readRuns(CsvTable.read(dir.resolve("runs.csv")));
        Set<String> opts = new LinkedHashSet<>();
        runs.forEach(r -> opts.add(r.option()));
        List<String> sorted = new ArrayList<>(opts);
        sorted.sort(Palette::compareOptions);
        options = Collections.unmodifiableList(sorted);
        daily = readDaily(dir.resolve("daily.csv"));
        readSummary(CsvTable.read(dir.resolve("summary.csv")));
        if (Files.exists(dir.resolve("design.csv"))) readDesign(CsvTable.read(dir.resolve("design.csv")));
        if (Files.exists(dir.resolve("sensitivity.csv"))) readSensitivity(CsvTable.read(dir.resolve("sensitivity.csv")));
        if (Files.exists(dir.resolve("prim.csv"))) readPrim(CsvTable.read(dir.resolve("prim.csv")));
        manifest = readManifest(dir.resolve("manifest.json"));
    }

    public static ResultsFolder read(Path dir) throws IOException {
        return new ResultsFolder(dir);
    }

    private void readRuns(CsvTable t) {
        t.require(RUN_COLUMNS);
        for (String h : t.header()) {
            if (h.startsWith("p.")) paramKeys.add(h.substring(2));
            else if (h.startsWith("o.")) outcomes.add(h.substring(2));
        }
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            String id = t.required(i, "run_id");
            if (!ids.add(id)) throw new InputException(t.source(), t.line(i), "run_id", "'" + InputException.abbreviate(id, 80) + "' appears twice");
            String status = t.text(i, "status");
            if (!status.equals("ok") && !status.equals("failed")) {
                throw new InputException(t.source(), t.line(i), "status", "'" + InputException.abbreviate(status, 40) + "' is not allowed; allowed ok or failed");
            }
            Map<String, String> p = new LinkedHashMap<>();
            for (String k : paramKeys) p.put(k, t.text(i, "p." + k));
            Map<String, Double> o = new LinkedHashMap<>();
            for (String k : outcomes) o.put(k, t.number(i, "o." + k));
            runs.add(new RunRecord(id, t.required(i, "option"),
                    (int) t.integer(i, "design_point", -1, Integer.MAX_VALUE),
                    (int) t.integer(i, "replicate", 0, Integer.MAX_VALUE),
                    t.integer(i, "seed", Long.MIN_VALUE, Long.MAX_VALUE),
                    status.equals("ok"), t.text(i, "error"), p, o));
        }
        if (runs.isEmpty()) throw new InputException(t.source(), 2, null, "no runs; at least one row is required");
    }

    /** Streams daily.csv: a sweep's file can be far larger than the memory its parsed text would need. */
    private DailySeries readDaily(Path file) throws IOException {
        Map<String, RunRecord> byId = new HashMap<>();
        runs.forEach(r -> byId.put(r.runId(), r));
        DailySeries[] out = {null};
        List<String> metrics = new ArrayList<>();
        CsvTable.stream(file, new CsvTable.RowHandler() {
            @Override
            public void header(CsvTable t) {
                t.require(DAILY_KEYS);
                for (String h : t.header()) if (!List.of(DAILY_KEYS).contains(h)) metrics.add(h);
                out[0] = new DailySeries(metrics);
            }

            @Override
            public void row(CsvTable t, int i) {
                String id = t.required(i, "run_id");
                RunRecord run = byId.get(id);
                if (run == null) {
                    throw new InputException(t.source(), t.line(i), "run_id", "'" + InputException.abbreviate(id, 80) + "' is not in runs.csv");
                }
                String option = t.required(i, "option");
                if (!option.equals(run.option())) {
                    throw new InputException(t.source(), t.line(i), "option", "'" + InputException.abbreviate(option, 80)
                            + "' differs from runs.csv ('" + run.option() + "')");
                }
                int day = (int) t.integer(i, "day", 0, 1_000_000);
                double[] v = new double[metrics.size()];
                for (int m = 0; m < v.length; m++) v[m] = t.number(i, metrics.get(m));
                if (run.ok()) out[0].add(option, day, v);
            }
        });
        return out[0];
    }

    private void readSummary(CsvTable t) {
        t.require(SUMMARY_COLUMNS);
        for (int i = 0; i < t.size(); i++) {
            summary.add(new SummaryRow(t.required(i, "option"), t.required(i, "outcome"),
                    (int) t.integer(i, "n", 0, Integer.MAX_VALUE), t.number(i, "mean"), t.number(i, "sd"),
                    t.number(i, "median"), t.number(i, "p10"), t.number(i, "p90"), t.number(i, "ci_low"),
                    t.number(i, "ci_high"), optionalCount(t, i, "diff_n"), t.number(i, "diff_mean"),
                    t.number(i, "diff_sd"), t.number(i, "diff_ci_low"), t.number(i, "diff_ci_high")));
        }
    }

    private static int optionalCount(CsvTable t, int row, String column) {
        return t.text(row, column).isBlank() ? 0 : (int) t.integer(row, column, 0, Integer.MAX_VALUE);
    }

    private void readDesign(CsvTable t) {
        t.require("design_point");
        for (String h : t.header()) if (!h.equals("design_point")) factors.add(h);
        // A factor with text levels (a choice parameter such as a ratio rule) is charted by level
        // number, in sorted level order, so main effects and heat maps still read left to right.
        List<Map<String, Integer>> levels = new ArrayList<>();
        for (String f : factors) {
            java.util.TreeSet<String> texts = new java.util.TreeSet<>();
            boolean numeric = true;
            for (int i = 0; i < t.size(); i++) {
                String s = t.text(i, f).trim();
                texts.add(s);
                if (!s.isEmpty() && !isNumber(s)) numeric = false;
            }
            Map<String, Integer> codes = null;
            if (!numeric) {
                codes = new LinkedHashMap<>();
                for (String s : texts) codes.put(s, codes.size());
                categorical.put(f, List.copyOf(codes.keySet()));
            }
            levels.add(codes);
        }
        for (int i = 0; i < t.size(); i++) {
            int p = (int) t.integer(i, "design_point", 0, Integer.MAX_VALUE);
            double[] v = new double[factors.size()];
            for (int f = 0; f < v.length; f++) {
                Map<String, Integer> codes = levels.get(f);
                v[f] = codes == null ? t.number(i, factors.get(f)) : codes.get(t.text(i, factors.get(f)).trim());
            }
            if (design.put(p, v) != null) throw new InputException(t.source(), t.line(i), "design_point", p + " appears twice");
        }
    }

    private void readSensitivity(CsvTable t) {
        t.require("outcome", "factor", "measure", "value", "rank");
        for (int i = 0; i < t.size(); i++) {
            // rows without a factor carry model-level figures (R^2); an empty rank means the measure was
            // undefined (e.g. an outcome that did not vary), which the runner writes as a blank field
            if (t.text(i, "factor").isBlank()) continue;
            int rank = t.text(i, "rank").isBlank() ? 0 : (int) t.integer(i, "rank", 0, Integer.MAX_VALUE);
            sensitivity.add(new SensitivityRow(t.required(i, "outcome"), t.required(i, "factor"), t.text(i, "measure"),
                    t.text(i, "value").isBlank() ? Double.NaN : t.number(i, "value"), rank));
        }
    }

    private void readPrim(CsvTable t) {
        t.require("outcome", "threshold", "box", "factor", "lower", "upper", "coverage", "density", "n_in_box");
        for (int i = 0; i < t.size(); i++) {
            prim.add(new PrimRow(t.required(i, "outcome"), t.text(i, "threshold").trim(),
                    (int) t.integer(i, "box", 0, Integer.MAX_VALUE), t.required(i, "factor"), t.number(i, "lower"),
                    t.number(i, "upper"), t.number(i, "coverage"), t.number(i, "density"),
                    (int) t.integer(i, "n_in_box", 0, Integer.MAX_VALUE)));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readManifest(Path file) throws IOException {
        if (!Files.exists(file)) return Map.of();
        Object v = Json.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        if (!(v instanceof Map)) throw new InputException(file.toString(), 1, null, "manifest must be a JSON object");
        return (Map<String, Object>) v;
    }

    public Path dir() { return dir; }
    public List<RunRecord> runs() { return Collections.unmodifiableList(runs); }
    /** Option names, baseline first, then the known options in a fixed order, then others by name. */
    public List<String> options() { return options; }
    public List<String> paramKeys() { return Collections.unmodifiableList(paramKeys); }
    /** End-of-run outcome names (runs.csv {@code o.*} columns without the prefix). */
    public List<String> outcomes() { return Collections.unmodifiableList(outcomes); }
    public List<SummaryRow> summary() { return Collections.unmodifiableList(summary); }
    public DailySeries daily() { return daily; }
    public boolean isSweep() { return !design.isEmpty(); }

    /** Text levels of a factor whose design values are level numbers (0, 1, ...), or null when numeric. */
    public List<String> levelsOf(String factor) { return categorical.get(factor); }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
    public List<String> factors() { return Collections.unmodifiableList(factors); }
    /** Factor values by design point, in {@link #factors()} order. */
    public Map<Integer, double[]> design() { return Collections.unmodifiableMap(design); }
    public List<SensitivityRow> sensitivity() { return Collections.unmodifiableList(sensitivity); }
    public List<PrimRow> prim() { return Collections.unmodifiableList(prim); }
    /** manifest.json as ordered maps and lists; empty when the file is absent. */
    public Map<String, Object> manifest() { return manifest; }

    public SummaryRow summary(String option, String outcome) {
        for (SummaryRow r : summary) if (r.option().equals(option) && r.outcome().equals(outcome)) return r;
        return null;
    }
}
