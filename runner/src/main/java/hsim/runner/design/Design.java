package hsim.runner.design;

import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A validated experiment: which scenarios (options), which factor settings (design points), how many
 * replicates and the base seed. Its run list is a pure function of these fields, so every shard of a
 * sweep, and every resume, agrees on run ids, seeds and parameters.
 *
 * @param runs         design points requested (LHS) or chosen (NOLH); ignored for full factorial
 * @param options      scenarios to cross the design with; empty means just {@code scenario}
 * @param days         horizon, or null for each scenario's {@code run.days}
 * @param rangeLevels  levels per range factor in a full factorial
 */
public record Design(String source, DesignKind kind, int runs, int replicates, List<String> options,
                     String scenario, List<Factor> factors, long seed, Integer days,
                     List<Threshold> thresholds, int rangeLevels) {
    public Design {
        options = List.copyOf(options);
        factors = List.copyOf(factors);
        thresholds = List.copyOf(thresholds);
    }

    /** A comparison of {@code options} with {@code replicates} CRN replicates each. */
    public static Design compare(List<String> options, int replicates, long seed, Integer days) {
        return new Design("command line", DesignKind.COMPARE, 1, replicates, options, options.get(0),
                List.of(), seed, days, List.of(), 0);
    }

    /** The scenarios run, in order. */
    public List<String> scenarioNames() { return options.isEmpty() ? List.of(scenario) : options; }

    /** Each design point's factor overrides (key to canonical text), in point order. */
    public List<Map<String, String>> points() {
        List<Map<String, String>> pts = new ArrayList<>();
        int k = factors.size();
        switch (kind) {
            case COMPARE -> pts.add(Map.of());
            case FULL_FACTORIAL -> {
                int[] levels = new int[k];
                for (int j = 0; j < k; j++) levels[j] = factors.get(j).factorialLevels(rangeLevels);
                for (int[] row : FullFactorial.design(levels)) {
                    Map<String, String> p = new LinkedHashMap<>();
                    for (int j = 0; j < k; j++) p.put(factors.get(j).key(), factors.get(j).level(row[j], levels[j]));
                    pts.add(p);
                }
            }
            case LHS -> {
                for (double[] row : LatinHypercube.design(runs, k, seed)) {
                    Map<String, String> p = new LinkedHashMap<>();
                    for (int j = 0; j < k; j++) p.put(factors.get(j).key(), factors.get(j).at(row[j]));
                    pts.add(p);
                }
            }
            case NOLH -> {
                for (int[] row : Nolh.design(runs, k)) {
                    Map<String, String> p = new LinkedHashMap<>();
                    for (int j = 0; j < k; j++) p.put(factors.get(j).key(), factors.get(j).level(row[j], runs));
                    pts.add(p);
                }
            }
        }
        return pts;
    }

    /**
     * Every run, option-major, then design point, then replicate. Replicate r has the same seed in every
     * option and point (common random numbers). Run ids are {@code option/r003} in a comparison,
     * {@code p017/r002} in a single-scenario sweep and {@code option/p017/r002} in a sweep over options.
     */
    public List<PlannedRun> runList(ScenarioLoader loader, Integer daysOverride) {
        List<Map<String, String>> pts = points();
        List<String> names = scenarioNames();
        String pFmt = "p%0" + Math.max(3, Integer.toString(pts.size()).length()) + "d";
        String rFmt = "r%0" + Math.max(3, Integer.toString(replicates).length()) + "d";
        List<PlannedRun> list = new ArrayList<>();
        for (String name : names) {
            Scenario base = loader.load(name);
            for (int p = 0; p < pts.size(); p++) {
                Map<String, String> ov = pts.get(p);
                List<String> sets = new ArrayList<>();
                ov.forEach((key, v) -> sets.add(key + "=" + v));
                Scenario s = loader.override(base, sets);
                int d = daysOverride != null ? daysOverride : days != null ? days : s.integer("run.days");
                int point = kind == DesignKind.COMPARE ? -1 : p + 1;
                for (int r = 1; r <= replicates; r++) {
                    String id = (kind == DesignKind.COMPARE ? base.name() : (options.isEmpty() ? "" : base.name() + "/")
                            + String.format(Locale.ROOT, pFmt, point)) + "/" + String.format(Locale.ROOT, rFmt, r);
                    list.add(new PlannedRun(list.size(), id, s.name(), point, r, Seeds.replicateSeed(seed, r), d, s, ov));
                }
            }
        }
        return list;
    }
}
