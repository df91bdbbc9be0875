package hsim.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A results folder written by {@code hsim compare}, {@code sweep} or {@code merge}, read from its files only
 * (the reader of docs/OUTPUTS.md; the runner is the writer). runs.csv, daily.csv and summary.csv are
 * required; design.csv, sensitivity.csv, prim.csv and manifest.json are optional. Malformed content raises
 * {@link ResultsException} naming file, line and column.
 */
public final class ResultsFolder {
    private final Path dir;
    private final List<RunRow> runs = new ArrayList<>();
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

    private ResultsFolder(Path dir, Comparator<String> optionOrder) throws IOException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new ResultsException("command line", 0, "RESULTS_DIR", "'" + ResultsException.abbreviate(dir.toString(), 200)
                    + "' does not exist or is not a folder");
        }
        readRuns(dir.resolve(FileNames.csv(FileNames.RUNS)));
        Set<String> opts = new LinkedHashSet<>();
        runs.forEach(r -> opts.add(r.option()));
        List<String> sorted = new ArrayList<>(opts);
        sorted.sort(optionOrder);
        options = Collections.unmodifiableList(sorted);
        daily = readDaily(dir.resolve(FileNames.csv(FileNames.DAILY)));
        summary.addAll(summaryRows(CsvTable.read(dir.resolve(FileNames.csv(FileNames.SUMMARY)))));
        Path design = dir.resolve(FileNames.csv(FileNames.DESIGN));
        Path sensitivity = dir.resolve(FileNames.csv(FileNames.SENSITIVITY));
        Path prim = dir.resolve(FileNames.csv(FileNames.PRIM));
        if (Files.exists(design)) readDesign(CsvTable.read(design));
        if (Files.exists(sensitivity)) readSensitivity(CsvTable.read(sensitivity));
        if (Files.exists(prim)) readPrim(CsvTable.read(prim));
        manifest = readManifest(dir.resolve(FileNames.MANIFEST));
    }

    /** Reads {@code dir}; {@link #options()} come in {@code optionOrder}. */
    public static ResultsFolder read(Path dir, Comparator<String> optionOrder) throws IOException {
        return new ResultsFolder(dir, optionOrder);
    }

    /** Reads {@code dir} with options in name order. */
    public static ResultsFolder read(Path dir) throws IOException {
        return new ResultsFolder(dir, Comparator.naturalOrder());
    }

    /**
     * Streams runs.csv: a large sweep's file is far bigger than its rows once read. Each row keeps only
     * what differs between runs: the parameter maps of runs at the same design point are one shared map,
     * and outcomes are a row of doubles under one shared key index (see {@link OutcomeValues}).
     */
    private void readRuns(Path file) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        Map<List<String>, Map<String, String>> sharedParams = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        OutcomeValues.Keys[] keys = {null};
        String[] source = {file.toString()};
        CsvTable.stream(file, new CsvTable.RowHandler() {
            @Override
            public void header(CsvTable t) {
                source[0] = t.source();
                t.require(Columns.RUN.subList(0, Columns.RUN.indexOf(Columns.ERROR) + 1));
                for (String h : t.header()) {
                    if (Columns.isParam(h)) paramKeys.add(Columns.paramKey(h));
                    else if (Columns.isOutcome(h)) outcomes.add(Columns.outcomeName(h));
                }
                keys[0] = new OutcomeValues.Keys(outcomes);
            }

            @Override
            public void row(CsvTable t, int i) {
                String id = t.required(i, "run_id");
                if (!ids.add(id)) throw new ResultsException(t.source(), t.line(i), "run_id", "'" + ResultsException.abbreviate(id, 80) + "' appears twice");
                String status = t.text(i, "status");
                if (!status.equals("ok") && !status.equals("failed")) {
                    throw new ResultsException(t.source(), t.line(i), "status", "'" + ResultsException.abbreviate(status, 40) + "' is not allowed; allowed ok or failed");
                }
                List<String> values = new ArrayList<>(paramKeys.size());
                for (String k : paramKeys) values.add(t.text(i, Columns.param(k)));
                Map<String, String> p = sharedParams.computeIfAbsent(values, v -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int j = 0; j < v.size(); j++) m.put(paramKeys.get(j), v.get(j));
                    return Collections.unmodifiableMap(m);
                });
                double[] o = new double[outcomes.size()];
                for (int j = 0; j < o.length; j++) o[j] = t.number(i, Columns.outcome(outcomes.get(j)));
                String option = names.computeIfAbsent(t.required(i, "option"), k -> k);
                String error = t.text(i, "error");
                runs.add(new RunRow(id, option,
                        (int) t.integer(i, "design_point", -1, Integer.MAX_VALUE),
                        (int) t.integer(i, "replicate", 0, Integer.MAX_VALUE),
                        t.integer(i, "seed", Long.MIN_VALUE, Long.MAX_VALUE),
                        status.equals("ok"), error.isEmpty() ? "" : error, p, new OutcomeValues(keys[0], o)));
            }
        });
        if (runs.isEmpty()) throw new ResultsException(source[0], 2, null, "no runs; at least one row is required");
    }

    /** Streams daily.csv: a sweep's file can be far larger than the memory its parsed text would need. */
    private DailySeries readDaily(Path file) throws IOException {
        Map<String, RunRow> byId = new HashMap<>();
        runs.forEach(r -> byId.put(r.runId(), r));
        DailySeries[] out = {null};
        List<String> metrics = new ArrayList<>();
        CsvTable.stream(file, new CsvTable.RowHandler() {
            @Override
            public void header(CsvTable t) {
                t.require(Columns.DAILY_KEYS);
                for (String h : t.header()) if (!Columns.DAILY_KEYS.contains(h)) metrics.add(h);
                out[0] = new DailySeries(metrics);
            }

            @Override
            public void row(CsvTable t, int i) {
                String id = t.required(i, "run_id");
                RunRow run = byId.get(id);
                if (run == null) {
                    throw new ResultsException(t.source(), t.line(i), "run_id", "'" + ResultsException.abbreviate(id, 80) + "' is not in runs.csv");
                }
                String option = t.required(i, "option");
                if (!option.equals(run.option())) {
                    throw new ResultsException(t.source(), t.line(i), "option", "'" + ResultsException.abbreviate(option, 80)
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

    /** The rows of a summary.csv file alone. */
    public static List<SummaryRow> readSummary(Path file) throws IOException {
        return summaryRows(CsvTable.read(file));
    }

    private static List<SummaryRow> summaryRows(CsvTable t) {
        t.require(Columns.SUMMARY);
        List<SummaryRow> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(SummaryRow.read(t, i));
        return out;
    }

    private void readDesign(CsvTable t) {
        t.require(Columns.DESIGN_POINT);
        List<String> columns = new ArrayList<>();
        for (String h : t.header()) {
            if (h.equals(Columns.DESIGN_POINT)) continue;
            if (!Columns.isParam(h)) throw new ResultsException(t.source(), 1, h, "a factor column must be p_<parameter>");
            columns.add(h);
            factors.add(Columns.paramKey(h));
        }
        // A factor with text levels (a choice parameter such as a ratio rule) is charted by level
        // number, in sorted level order, so main effects and heat maps still read left to right.
        List<Map<String, Integer>> levels = new ArrayList<>();
        for (String f : columns) {
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
                categorical.put(Columns.paramKey(f), List.copyOf(codes.keySet()));
            }
            levels.add(codes);
        }
        for (int i = 0; i < t.size(); i++) {
            int p = (int) t.integer(i, "design_point", 0, Integer.MAX_VALUE);
            double[] v = new double[factors.size()];
            for (int f = 0; f < v.length; f++) {
                Map<String, Integer> codes = levels.get(f);
                v[f] = codes == null ? t.number(i, columns.get(f)) : codes.get(t.text(i, columns.get(f)).trim());
            }
            if (design.put(p, v) != null) throw new ResultsException(t.source(), t.line(i), "design_point", p + " appears twice");
        }
    }

    private void readSensitivity(CsvTable t) {
        t.require(Columns.SENSITIVITY);
        for (int i = 0; i < t.size(); i++) {
            // rows without a factor carry model-level figures (R^2); an empty rank means the measure was
            // undefined (e.g. an outcome that did not vary), which the runner writes as a blank field
            if (t.text(i, "factor").isBlank()) continue;
            int rank = t.text(i, "rank").isBlank() ? 0 : (int) t.integer(i, "rank", 0, Integer.MAX_VALUE);
            sensitivity.add(new SensitivityRow(t.required(i, "outcome"), t.required(i, "factor"), t.text(i, "measure"),
                    t.number(i, "value"), rank));
        }
    }

    private void readPrim(CsvTable t) {
        t.require(Columns.PRIM);
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
        if (!(v instanceof Map)) throw new ResultsException(file.toString(), 1, null, "manifest must be a JSON object");
        return (Map<String, Object>) v;
    }

    public Path dir() { return dir; }
    public List<RunRow> runs() { return Collections.unmodifiableList(runs); }
    /** Option names, baseline first, then the known options in a fixed order, then others by name. */
    public List<String> options() { return options; }
    /** Scenario parameter keys (runs.csv {@code p_*} columns, read back to their dotted keys). */
    public List<String> paramKeys() { return Collections.unmodifiableList(paramKeys); }
    /** End-of-run outcome names (runs.csv {@code o_*} columns without the prefix). */
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
