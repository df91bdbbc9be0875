package hsim.runner.design;

import hsim.model.InputException;
import hsim.model.scenario.YamlTree;
import hsim.model.scenario.Param;
import hsim.model.scenario.ParameterCatalog;
import hsim.model.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a design file (YAML, see docs/OUTPUTS.md). Every error names the file, line, field and
 * what is allowed: factor keys must be registered scenario parameters and their ranges must lie inside
 * the parameter's allowed range.
 */
public final class DesignFile {
    private static final Set<String> KEYS = Set.of("design", "runs", "replicates", "options", "scenario",
            "factors", "seed", "days", "thresholds", "levels");
    /** Most runs a design may expand to (points x replicates x options). */
    public static final long MAX_RUNS = 10_000_000L;

    private final String src;
    private final ParameterCatalog catalog;

    private DesignFile(String src, ParameterCatalog catalog) {
        this.src = src;
        this.catalog = catalog;
    }

    public static Design load(Path file, ParameterCatalog catalog, ScenarioLoader loader) {
        String text;
        try {
            if (Files.size(file) > YamlTree.MAX_CHARS) throw new InputException(file.toString(), 0, null, "file is too large");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
        return parse(file.toString(), text, catalog, loader);
    }

    /** Parses and validates; {@code loader} checks that the named scenarios exist. */
    public static Design parse(String source, String text, ParameterCatalog catalog, ScenarioLoader loader) {
        return new DesignFile(source, catalog).read(YamlTree.parse(source, text), loader);
    }

    private Design read(Map<String, Object> doc, ScenarioLoader loader) {
        for (String k : doc.keySet()) {
            if (k.startsWith("@line:")) continue;
            if (!KEYS.contains(k)) throw err(doc, k, "unknown key; allowed: " + String.join(", ", new java.util.TreeSet<>(KEYS)));
        }
        String kindText = scalar(doc, "design", null);
        if (kindText == null) throw new InputException(src, 0, "design", "missing; expected full-factorial, lhs or nolh");
        DesignKind kind = DesignKind.parse(kindText);
        if (kind == null) throw err(doc, "design", "'" + kindText + "' is not allowed; expected full-factorial, lhs or nolh");

        List<Factor> factors = factors(doc);
        int k = factors.size();
        int replicates = (int) integer(doc, "replicates", 1, 1, 100_000);
        long seed = integer(doc, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Integer days = doc.containsKey("days") ? (int) integer(doc, "days", 0, 0, 36_500) : null;
        int rangeLevels = (int) integer(doc, "levels", 3, 2, 1000);
        int runs;
        switch (kind) {
            case LHS -> {
                if (!doc.containsKey("runs")) throw new InputException(src, 0, "runs", "missing; an lhs design needs runs: N (2..100000)");
                runs = (int) integer(doc, "runs", 0, 2, 100_000);
            }
            case NOLH -> {
                int min = Nolh.runsFor(k);
                if (min < 0) throw err(doc, "factors", k + " factors; a nolh design allows at most " + Nolh.maxFactors());
                runs = (int) integer(doc, "runs", min, min, 257);
                if (runs != 17 && runs != 33 && runs != 65 && runs != 129 && runs != 257) {
                    throw err(doc, "runs", runs + " is not a NOLH size; allowed 17, 33, 65, 129 or 257 and at least " + min + " for " + k + " factors");
                }
            }
            default -> {
                int[] lv = new int[k];
                for (int j = 0; j < k; j++) lv[j] = factors.get(j).factorialLevels(rangeLevels);
                long n = FullFactorial.size(lv);
                if (n < 0 || n > MAX_RUNS) throw err(doc, "factors", "the full factorial has more than " + MAX_RUNS + " points; use fewer levels or an lhs/nolh design");
                runs = (int) n;
            }
        }
        List<String> options = options(doc, loader);
        String scenario = scalar(doc, "scenario", "baseline");
        if (options.isEmpty()) checkScenario(doc, "scenario", scenario, loader);
        long total = (long) runs * replicates * Math.max(1, options.size());
        if (total > MAX_RUNS) throw err(doc, "replicates", "the design expands to " + total + " runs; at most " + MAX_RUNS);
        return new Design(src, kind, runs, replicates, options, scenario, factors, seed, days, thresholds(doc), rangeLevels);
    }

    private List<Factor> factors(Map<String, Object> doc) {
        Object f = doc.get("factors");
        if (!(f instanceof Map<?, ?> raw)) throw new InputException(src, line(doc, "factors"), "factors", "missing or not a mapping of parameter keys to [lo, hi] or levels");
        @SuppressWarnings("unchecked") Map<String, Object> fm = (Map<String, Object>) raw;
        List<Factor> out = new ArrayList<>();
        flattenFactors("", fm, out);
        if (out.isEmpty()) throw err(doc, "factors", "no factors given");
        return out;
    }

    // nested keys (run: {people_per_agent: [..]}) are flattened with dots, as in scenario files
    private void flattenFactors(String prefix, Map<String, Object> m, List<Factor> out) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getKey().startsWith("@line:")) continue;
            String key = prefix + e.getKey();
            int line = line(m, e.getKey());
            Object v = e.getValue();
            Param p = catalog.get(key);
            if (p == null && v instanceof Map<?, ?> child && !child.containsKey("levels") && !child.containsKey("range")) {
                @SuppressWarnings("unchecked") Map<String, Object> c = (Map<String, Object>) child;
                flattenFactors(key + ".", c, out);
                continue;
            }
            if (p == null) {
                throw new InputException(src, line, key, "not a scenario parameter; did you mean " + String.join(" or ", catalog.closest(key, 3)) + "?");
            }
            out.add(factor(key, p, v, line));
        }
    }

    private Factor factor(String key, Param p, Object v, int line) {
        YamlTree.Seq range = null;
        YamlTree.Seq levels = null;
        if (v instanceof YamlTree.Seq s) {
            range = s;
        } else if (v instanceof Map<?, ?> m) {
            for (Object kk : m.keySet()) {
                String ks = kk.toString();
                if (!ks.startsWith("@line:") && !ks.equals("levels") && !ks.equals("range")) {
                    throw new InputException(src, line, key + "." + ks, "unknown key; a factor has 'range: [lo, hi]' or 'levels: [a, b, ...]'");
                }
            }
            if (m.get("range") instanceof YamlTree.Seq s) range = s;
            if (m.get("levels") instanceof YamlTree.Seq s) levels = s;
            if ((range == null) == (levels == null)) throw new InputException(src, line, key, "give exactly one of 'range: [lo, hi]' or 'levels: [a, b, ...]'");
        } else {
            throw new InputException(src, line, key, "expected a range [lo, hi] or 'levels: [a, b, ...]'");
        }
        if (range != null) {
            if (p.kind() != Param.Kind.NUMBER && p.kind() != Param.Kind.INTEGER) {
                throw new InputException(src, range.line(), key, "a range needs a numeric parameter; use levels for " + p.allowed());
            }
            if (range.items().size() != 2) throw new InputException(src, range.line(), key, "a range is [lo, hi]; parameter allows " + p.allowed());
            double lo = Double.parseDouble(p.canonical(range.items().get(0).toString(), src, range.line()));
            double hi = Double.parseDouble(p.canonical(range.items().get(1).toString(), src, range.line()));
            if (!(lo < hi)) throw new InputException(src, range.line(), key, "range [" + lo + ", " + hi + "] must have lo < hi within " + p.allowed());
            return new Factor(key, p, lo, hi, List.of(), line);
        }
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object o : levels.items()) {
            String c = p.canonical(o.toString(), src, levels.line());
            if (!seen.add(c)) throw new InputException(src, levels.line(), key, "level '" + c + "' given twice");
            texts.add(c);
        }
        if (texts.size() < 2) throw new InputException(src, levels.line(), key, "needs at least 2 levels, each " + p.allowed());
        return new Factor(key, p, Double.NaN, Double.NaN, texts, line);
    }

    private List<String> options(Map<String, Object> doc, ScenarioLoader loader) {
        Object o = doc.get("options");
        if (o == null) return List.of();
        if (!(o instanceof YamlTree.Seq s) || s.items().isEmpty()) throw err(doc, "options", "expected a list of scenario names, e.g. [baseline, rapid-force]");
        List<String> names = new ArrayList<>();
        for (Object item : s.items()) {
            String n = item.toString();
            if (names.contains(n)) throw err(doc, "options", "'" + n + "' listed twice");
            checkScenario(doc, "options", n, loader);
            names.add(n);
        }
        return names;
    }

    private void checkScenario(Map<String, Object> doc, String field, String name, ScenarioLoader loader) {
        try {
            loader.load(name);
        } catch (InputException e) {
            throw new InputException(src, line(doc, field), field, "scenario '" + name + "' cannot be loaded: " + e.getMessage(), e);
        }
    }

    private List<Threshold> thresholds(Map<String, Object> doc) {
        Object t = doc.get("thresholds");
        if (t == null) return List.of();
        if (!(t instanceof Map<?, ?> raw)) throw err(doc, "thresholds", "expected a mapping outcome: \"< value\"");
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) raw;
        List<Threshold> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getKey().startsWith("@line:")) continue;
            int line = line(m, e.getKey());
            String text = e.getValue() instanceof YamlTree.Scalar s ? s.text().strip() : "";
            java.util.regex.Matcher mt = java.util.regex.Pattern.compile("(<=|>=|<|>)\\s*(\\S+)").matcher(text);
            double v = Double.NaN;
            if (mt.matches()) {
                try { v = Double.parseDouble(mt.group(2)); } catch (NumberFormatException ignored) { v = Double.NaN; }
            }
            if (!mt.matches() || !Double.isFinite(v)) {
                throw new InputException(src, line, "thresholds." + e.getKey(), "'" + text + "' is not a comparison; expected e.g. \"< 0.5\" (<, <=, > or >= and a finite number)");
            }
            out.add(new Threshold(e.getKey(), mt.group(1), v));
        }
        return out;
    }

    private String scalar(Map<String, Object> doc, String key, String def) {
        Object v = doc.get(key);
        if (v == null) return def;
        if (v instanceof YamlTree.Scalar s && !s.text().isBlank()) return s.text().strip();
        throw err(doc, key, "expected a single value");
    }

    private long integer(Map<String, Object> doc, String key, long def, long min, long max) {
        String s = scalar(doc, key, null);
        if (s == null) return def;
        try {
            // R writes every number as a double ("replicates: 3.0"); an integral one is that integer
            long v = Long.parseLong(s.matches("[+-]?\\d+\\.0+") ? s.substring(0, s.indexOf('.')) : s);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw err(doc, key, "'" + s + "' is not allowed; expected an integer in [" + min + ", " + max + "]");
    }

    private InputException err(Map<String, Object> doc, String key, String problem) {
        return new InputException(src, line(doc, key), key, problem);
    }

    private static int line(Map<String, Object> m, String key) {
        Object l = m.get("@line:" + key);
        return l instanceof Integer i ? i : 0;
    }
}
