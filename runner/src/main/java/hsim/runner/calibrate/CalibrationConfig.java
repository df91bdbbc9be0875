package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.model.scenario.Param;
import hsim.model.scenario.ParameterCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.scenario.YamlTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A calibration config (YAML, the design-file dialect; format in docs/CALIBRATION.md): base scenario, fixed
 * settings, uniform priors over uncertain parameters, the targets file and cut-off, the metro share assumed for
 * each national figure, model metrics for targets the file leaves unmapped, and the wave schedule. Every error names the file, line, field and allowed values.
 */
public record CalibrationConfig(String source, String scenario, Path targetsFile, LocalDate until, Integer days, long seed,
                                int replicates, Map<String, String> fixed, List<Prior> priors, String firstDesign,
                                int runsPerWave, int waves, double acceptShare, int minAccepted, double zeroBandTolerance,
                                Map<String, TreeMap<LocalDate, Double>> metroShares, Set<String> exclude,
                                Map<String, String> modelMetrics) {
    private static final Set<String> KEYS = Set.of("scenario", "targets", "until", "days", "seed", "replicates", "set",
            "priors", "method", "metro_share", "exclude", "zero_band_tolerance", "description", "model_metric");
    private static final Set<String> METHOD_KEYS = Set.of("first_wave", "runs_per_wave", "waves", "accept_share", "min_accepted");
    /** Most runs one calibration may plan (waves x runs per wave x replicates). */
    public static final long MAX_RUNS = 10_000_000L;

    public static CalibrationConfig load(Path file, ParameterCatalog catalog, ScenarioLoader loader) {
        String text;
        try {
            if (Files.size(file) > YamlTree.MAX_CHARS) throw new InputException(file.toString(), 0, null, "file is too large");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
        return parse(file, text, catalog, loader);
    }

    public static CalibrationConfig parse(Path file, String text, ParameterCatalog catalog, ScenarioLoader loader) {
        String src = file.toString();
        Map<String, Object> doc = YamlTree.parse(src, text);
        Reader r = new Reader(src, doc);
        for (String k : doc.keySet()) {
            if (!k.startsWith("@line:") && !KEYS.contains(k)) throw r.err(doc, k, "unknown key; allowed: " + String.join(", ", new TreeSet<>(KEYS)));
        }
        String scenario = r.scalar(doc, "scenario", "calibration-2022");
        try {
            loader.load(scenario);
        } catch (InputException e) {
            throw new InputException(src, line(doc, "scenario"), "scenario", "scenario '" + scenario + "' cannot be loaded: " + e.getMessage(), e);
        }
        String targetsText = r.scalar(doc, "targets", "data/history/targets.csv");
        Path targets = locate(file, targetsText);
        if (targets == null) throw r.err(doc, "targets", "'" + targetsText + "' not found (relative to the working folder or the repository of " + src + ")");
        LocalDate until = TargetsFile.CUTOFF;
        String u = r.scalar(doc, "until", null);
        if (u != null) {
            try {
                until = LocalDate.parse(u);
            } catch (DateTimeParseException e) {
                throw r.err(doc, "until", "'" + u + "' is not a date; expected YYYY-MM-DD, at most " + TargetsFile.CUTOFF);
            }
            if (until.isAfter(TargetsFile.CUTOFF)) throw r.err(doc, "until", u + " is after " + TargetsFile.CUTOFF + "; later data is reserved for validation");
        }
        Integer days = doc.containsKey("days") ? (int) r.integer(doc, "days", 0, 1, 36_500) : null;
        long seed = r.integer(doc, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int replicates = (int) r.integer(doc, "replicates", 1, 1, 1000);

        Map<String, String> fixed = new LinkedHashMap<>();
        if (doc.get("set") != null) {
            if (!(doc.get("set") instanceof Map<?, ?> m)) throw r.err(doc, "set", "expected a mapping of parameter keys to values");
            @SuppressWarnings("unchecked") Map<String, Object> sm = (Map<String, Object>) m;
            flatten("", sm, (key, v, line) -> {
                Param p = catalog.get(key);
                if (p == null) throw new InputException(src, line, "set." + key, "not a scenario parameter; did you mean " + String.join(" or ", catalog.closest(key, 3)) + "?");
                if (!(v instanceof YamlTree.Scalar s)) throw new InputException(src, line, "set." + key, "expected one value, " + p.allowed());
                fixed.put(key, p.canonical(s.text(), src, line));
            }, catalog);
        }

        List<Prior> priors = new ArrayList<>();
        if (!(doc.get("priors") instanceof Map<?, ?> pm)) throw r.err(doc, "priors", "missing or not a mapping of parameter keys to [lo, hi]");
        @SuppressWarnings("unchecked") Map<String, Object> pmap = (Map<String, Object>) pm;
        flatten("", pmap, (key, v, line) -> {
            Param p = catalog.get(key);
            String field = "priors." + key;
            if (p == null) throw new InputException(src, line, field, "not a scenario parameter; did you mean " + String.join(" or ", catalog.closest(key, 3)) + "?");
            if (p.kind() != Param.Kind.NUMBER && p.kind() != Param.Kind.INTEGER) throw new InputException(src, line, field, "a prior needs a numeric parameter; this one is " + p.allowed());
            if (!(v instanceof YamlTree.Seq s) || s.items().size() != 2) throw new InputException(src, line, field, "expected [lo, hi] within " + p.allowed());
            double lo = Double.parseDouble(p.canonical(s.items().get(0).toString(), src, line));
            double hi = Double.parseDouble(p.canonical(s.items().get(1).toString(), src, line));
            if (!(lo < hi)) throw new InputException(src, line, field, "[" + lo + ", " + hi + "] must have lo < hi within " + p.allowed());
            if (fixed.containsKey(key)) throw new InputException(src, line, field, "also fixed under 'set'; a parameter is either fixed or calibrated");
            priors.add(new Prior(key, p, lo, hi, line));
        }, catalog);
        if (priors.isEmpty()) throw r.err(doc, "priors", "no priors given; list at least one uncertain parameter with [lo, hi]");

        Map<String, Object> method = Map.of();
        if (doc.get("method") != null) {
            if (!(doc.get("method") instanceof Map<?, ?> mm)) throw r.err(doc, "method", "expected a mapping with " + String.join(", ", new TreeSet<>(METHOD_KEYS)));
            @SuppressWarnings("unchecked") Map<String, Object> mmap = (Map<String, Object>) mm;
            method = mmap;
            for (String k : method.keySet()) {
                if (!k.startsWith("@line:") && !METHOD_KEYS.contains(k)) throw r.err(method, k, "unknown key under method; allowed: " + String.join(", ", new TreeSet<>(METHOD_KEYS)));
            }
        }
        Reader mr = new Reader(src + " (method)", method);
        String first = mr.scalar(method, "first_wave", "lhs");
        if (!first.equals("lhs") && !first.equals("nolh")) throw mr.err(method, "first_wave", "'" + first + "' is not allowed; expected lhs or nolh");
        int runs = (int) mr.integer(method, "runs_per_wave", 32, 4, 100_000);
        if (first.equals("nolh")) {
            int min = hsim.runner.design.Nolh.runsFor(priors.size());
            if (min < 0 || !Set.of(17, 33, 65, 129, 257).contains(runs) || runs < min) {
                throw mr.err(method, "runs_per_wave", runs + " is not a NOLH size for " + priors.size() + " priors; allowed 17, 33, 65, 129 or 257 and at least " + min);
            }
        }
        int waves = (int) mr.integer(method, "waves", 3, 1, 50);
        double accept = mr.number(method, "accept_share", 0.3, 0.01, 1);
        int minAccepted = (int) mr.integer(method, "min_accepted", Math.min(runs, priors.size() + 2), 2, runs);
        if ((long) waves * runs * replicates > MAX_RUNS) throw mr.err(method, "waves", "the calibration plans " + ((long) waves * runs * replicates) + " runs; at most " + MAX_RUNS);
        double zeroBand = r.number(doc, "zero_band_tolerance", 0.5, 1e-9, 1e12);

        Map<String, TreeMap<LocalDate, Double>> shares = new LinkedHashMap<>();
        if (doc.get("metro_share") != null) {
            if (!(doc.get("metro_share") instanceof Map<?, ?> msm)) throw r.err(doc, "metro_share", "expected a mapping of target metric to a share in (0, 1] (or to {from-date: share})");
            @SuppressWarnings("unchecked") Map<String, Object> ms = (Map<String, Object>) msm;
            for (Map.Entry<String, Object> e : ms.entrySet()) {
                if (e.getKey().startsWith("@line:")) continue;
                int line = line(ms, e.getKey());
                String field = "metro_share." + e.getKey();
                TreeMap<LocalDate, Double> byDate = new TreeMap<>();
                if (e.getValue() instanceof YamlTree.Scalar s) {
                    byDate.put(LocalDate.MIN, share(src, line, field, s.text()));
                } else if (e.getValue() instanceof Map<?, ?> dm) {
                    for (Map.Entry<?, ?> d : dm.entrySet()) {
                        String dk = d.getKey().toString();
                        if (dk.startsWith("@line:")) continue;
                        LocalDate from;
                        try {
                            from = LocalDate.parse(dk);
                        } catch (DateTimeParseException ex) {
                            throw new InputException(src, line, field + "." + dk, "not a date; expected {YYYY-MM-DD: share} meaning 'from this date on'");
                        }
                        byDate.put(from, share(src, line, field + "." + dk, d.getValue().toString()));
                    }
                    if (byDate.isEmpty()) throw new InputException(src, line, field, "no dates given");
                } else {
                    throw new InputException(src, line, field, "expected a share in (0, 1] or {from-date: share}");
                }
                shares.put(e.getKey(), byDate);
            }
        }
        Set<String> exclude = new TreeSet<>();
        if (doc.get("exclude") != null) {
            if (!(doc.get("exclude") instanceof YamlTree.Seq s)) throw r.err(doc, "exclude", "expected a list of target metrics, e.g. [fuel_trucks_per_day]");
            for (Object o : s.items()) exclude.add(o.toString());
        }
        Map<String, String> modelMetrics = new LinkedHashMap<>();
        if (doc.get("model_metric") != null) {
            if (!(doc.get("model_metric") instanceof Map<?, ?> mmm)) throw r.err(doc, "model_metric", "expected a mapping of target metric to a daily metric or a ratio a/b");
            @SuppressWarnings("unchecked") Map<String, Object> mm2 = (Map<String, Object>) mmm;
            for (Map.Entry<String, Object> e : mm2.entrySet()) {
                if (e.getKey().startsWith("@line:")) continue;
                String v = e.getValue() instanceof YamlTree.Scalar sc ? sc.text().strip() : "";
                if (!v.matches("[a-z0-9_]+( ?/ ?[a-z0-9_]+)?")) {
                    throw new InputException(src, line(mm2, e.getKey()), "model_metric." + e.getKey(), "'" + v + "' is not allowed; expected a daily metric or a ratio a/b of two");
                }
                modelMetrics.put(e.getKey(), v.replace(" ", ""));
            }
        }
        return new CalibrationConfig(src, scenario, targets, until, days, seed, replicates, fixed, priors, first, runs, waves,
                accept, minAccepted, zeroBand, shares, exclude, modelMetrics);
    }

    /** The metro share for {@code t}: the config's (latest 'from' date on or before the target's date), else the file's. */
    public Target apply(Target t) {
        if (modelMetrics.containsKey(t.metric())) t = t.withModelMetric(modelMetrics.get(t.metric()));
        TreeMap<LocalDate, Double> m = metroShares.get(t.metric());
        if (m != null) {
            Map.Entry<LocalDate, Double> e = m.floorEntry(t.date());
            if (e != null) return t.withMetroShare(e.getValue());
        }
        return t;
    }

    public List<String> priorKeys() { return priors.stream().map(Prior::key).toList(); }

    private static double share(String src, int line, String field, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (v > 0 && v <= 1) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InputException(src, line, field, "'" + text + "' is not allowed; expected a share in (0, 1]");
    }

    /** A relative path: from the working folder, else from a folder above the config (the repository root). */
    static Path locate(Path config, String text) {
        Path p = Path.of(text);
        if (p.isAbsolute() || Files.isRegularFile(p)) return Files.isRegularFile(p) ? p : null;
        for (Path d = config.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(p))) return d.resolve(p);
        }
        return null;
    }

    private interface Entry {
        void accept(String key, Object value, int line);
    }

    // nested keys (cholera: {water_transmission_per_day: ..}) are flattened with dots, as in scenario files
    private static void flatten(String prefix, Map<String, Object> m, Entry e, ParameterCatalog catalog) {
        for (Map.Entry<String, Object> en : m.entrySet()) {
            if (en.getKey().startsWith("@line:")) continue;
            String key = prefix + en.getKey();
            if (catalog.get(key) == null && en.getValue() instanceof Map<?, ?> child) {
                @SuppressWarnings("unchecked") Map<String, Object> c = (Map<String, Object>) child;
                flatten(key + ".", c, e, catalog);
                continue;
            }
            e.accept(key, en.getValue(), line(m, en.getKey()));
        }
    }

    static int line(Map<String, Object> m, String key) {
        Object l = m.get("@line:" + key);
        return l instanceof Integer i ? i : 0;
    }

    /** Scalar fields with range checks; errors name file, line and field. */
    private record Reader(String src, Map<String, Object> doc) {
        String scalar(Map<String, Object> d, String key, String def) {
            Object v = d.get(key);
            if (v == null) return def;
            if (v instanceof YamlTree.Scalar s && !s.text().isBlank()) return s.text().strip();
            throw err(d, key, "expected a single value");
        }

        long integer(Map<String, Object> d, String key, long def, long min, long max) {
            String s = scalar(d, key, null);
            if (s == null) return def;
            try {
                long v = Long.parseLong(s.matches("[+-]?\\d+\\.0+") ? s.substring(0, s.indexOf('.')) : s);
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw err(d, key, "'" + s + "' is not allowed; expected an integer in [" + min + ", " + max + "]");
        }

        double number(Map<String, Object> d, String key, double def, double min, double max) {
            String s = scalar(d, key, null);
            if (s == null) return def;
            try {
                double v = Double.parseDouble(s);
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw err(d, key, "'" + s + "' is not allowed; expected a number in [" + min + ", " + max + "]");
        }

        InputException err(Map<String, Object> d, String key, String problem) {
            return new InputException(src, line(d, key), key, problem);
        }
    }
}
