package hsim.viz.report;

import hsim.results.ResultsFolder;
import hsim.results.Measures;
import hsim.results.RunRow;
import hsim.results.PrimRow;
import hsim.model.InputException;
import hsim.viz.charts.ChartStyle;
import hsim.viz.charts.HeatMapChart;
import hsim.viz.charts.MainEffectsChart;
import hsim.viz.charts.PrimChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static hsim.viz.report.Html.esc;

/** Sweep charts (design.csv present): main effects, a two-factor heat map and PRIM boxes per outcome. */
final class SweepCharts {
    /** Panels per main-effects chart; more factors than this are ranked by sensitivity and cut. */
    static final int MAX_FACTORS = 6;
    /** Outcomes given sweep charts: the headline ones, so the section stays readable. */
    static final int MAX_OUTCOMES = 4;

    private final ResultsFolder results;
    private final Measures headlines;
    private final Path dir;
    private final PngNames names;
    private final List<RunRow> runs = new ArrayList<>();
    private final double[][] x;

    SweepCharts(ResultsFolder results, Measures headlines, Path dir, PngNames names) {
        this.results = results;
        this.headlines = headlines;
        this.dir = dir;
        this.names = names;
        for (RunRow r : results.runs()) {
            if (!r.ok()) continue;
            if (!results.design().containsKey(r.designPoint())) {
                throw new InputException(results.dir().resolve("runs.csv").toString(), 0, "design_point",
                        "run " + r.runId() + " has design point " + r.designPoint() + ", which design.csv does not list");
            }
            runs.add(r);
        }
        x = new double[runs.size()][];
        for (int i = 0; i < x.length; i++) x[i] = results.design().get(runs.get(i).designPoint());
    }

    List<String> outcomes() {
        List<String> picked = headlines.pick(results.outcomes());
        return picked.subList(0, Math.min(MAX_OUTCOMES, picked.size()));
    }

    /** Factors for an outcome, most influential first when sensitivity.csv ranks them. */
    List<String> rankedFactors(String outcome) {
        Map<String, Integer> rank = new LinkedHashMap<>();
        results.sensitivity().stream().filter(s -> s.outcome().equals(outcome))
                .sorted(Comparator.comparingInt(s -> s.rank() == 0 ? Integer.MAX_VALUE : s.rank())) // 0: unranked, last
                .forEach(s -> rank.putIfAbsent(s.factor(), s.rank()));
        List<String> out = new ArrayList<>();
        for (String f : rank.keySet()) if (results.factors().contains(f)) out.add(f);
        for (String f : results.factors()) if (!out.contains(f)) out.add(f);
        return out;
    }

    private double[] outcome(String name) {
        return runs.stream().mapToDouble(r -> r.outcome(name)).toArray();
    }

    private double[] factor(String name) {
        int f = results.factors().indexOf(name);
        double[] v = new double[x.length];
        for (int i = 0; i < v.length; i++) v[i] = x[i][f];
        return v;
    }

    List<Figure> mainEffects() throws IOException {
        List<Figure> out = new ArrayList<>();
        String[] option = runs.stream().map(RunRow::option).toArray(String[]::new);
        for (String outcome : outcomes()) {
            List<String> factors = rankedFactors(outcome);
            factors = factors.subList(0, Math.min(MAX_FACTORS, factors.size()));
            double[][] cols = new double[x.length][factors.size()];
            for (int f = 0; f < factors.size(); f++) {
                double[] v = factor(factors.get(f));
                for (int i = 0; i < v.length; i++) cols[i][f] = v[i];
            }
            String label = headlines.label(outcome);
            String file = names.png("main-effects", outcome);
            ChartStyle.savePng(MainEffectsChart.create(label + ": main effects",
                    "Mean outcome by factor level (or quantile bin), averaged over all other factors", label,
                    factors, cols, outcome(outcome), option), dir.resolve(file), ChartStyle.HEIGHT);
            out.add(new Figure(file, label + ": main effects of the sweep factors",
                    "<b>" + esc(label) + "</b> against each sweep factor, averaged over the others"
                            + (results.sensitivity().isEmpty() ? "" : "; panels are ordered by sensitivity rank")
                            + ". A steep panel is a factor that drives this outcome; a flat one barely matters."));
        }
        return out;
    }

    List<Figure> heatMaps() throws IOException {
        List<Figure> out = new ArrayList<>();
        if (results.factors().size() < 2) return out;
        for (String outcome : outcomes()) {
            List<String> f = rankedFactors(outcome);
            String label = headlines.label(outcome);
            String file = names.png("heatmap", outcome);
            ChartStyle.savePng(HeatMapChart.create(label + ": " + f.get(0) + " × " + f.get(1),
                    "Mean outcome in each cell of the two most influential factors", f.get(0), f.get(1), label,
                    factor(f.get(0)), factor(f.get(1)), outcome(outcome)), dir.resolve(file), ChartStyle.HALF_WIDTH,
                    ChartStyle.HALF_HEIGHT);
            out.add(new Figure(file, label + " by " + f.get(0) + " and " + f.get(1),
                    "Mean <b>" + esc(label) + "</b> for each combination of <code>" + esc(f.get(0)) + "</code> and <code>"
                            + esc(f.get(1)) + "</code>. If the colour change along one axis depends on the "
                            + "other axis, the two factors interact. Grey cells had no runs.", ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT));
        }
        return out;
    }

    List<Figure> primBoxes() throws IOException {
        List<Figure> out = new ArrayList<>();
        Set<String> outcomes = new LinkedHashSet<>();
        results.prim().forEach(p -> outcomes.add(p.outcome()));
        for (String outcome : outcomes) {
            if (!results.outcomes().contains(outcome)) continue;
            List<PrimRow> rows = results.prim().stream().filter(p -> p.outcome().equals(outcome)).toList();
            List<String> restricted = new ArrayList<>();
            for (PrimRow p : rows) {
                if (results.factors().contains(p.factor()) && !restricted.contains(p.factor())) restricted.add(p.factor());
            }
            for (String f : rankedFactors(outcome)) if (restricted.size() < 2 && !restricted.contains(f)) restricted.add(f);
            if (restricted.size() < 2) continue;
            String fx = restricted.get(0);
            String fy = restricted.get(1);
            Map<Integer, PrimChart.Box> boxes = new LinkedHashMap<>();
            for (PrimRow p : rows) {
                PrimChart.Box b = boxes.getOrDefault(p.box(), new PrimChart.Box("box " + p.box(),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                if (p.factor().equals(fx)) b = new PrimChart.Box(b.label(), p.lower(), p.upper(), b.yLow(), b.yHigh());
                if (p.factor().equals(fy)) b = new PrimChart.Box(b.label(), b.xLow(), b.xHigh(), p.lower(), p.upper());
                boxes.put(p.box(), b);
            }
            String label = headlines.label(outcome);
            String file = names.png("prim", outcome);
            ChartStyle.savePng(PrimChart.create(label + ": PRIM boxes", "Design points coloured by outcome; "
                            + "dashed rectangles are the boxes' limits on these two factors", fx, fy, label,
                    factor(fx), factor(fy), outcome(outcome), new ArrayList<>(boxes.values())),
                    dir.resolve(file), ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT);
            out.add(new Figure(file, label + ": PRIM boxes on " + fx + " and " + fy,
                    "Scenario discovery for <b>" + esc(label) + "</b>: each dot is a run, placed by <code>" + esc(fx)
                            + "</code> and <code>" + esc(fy) + "</code>. The rectangles are the PRIM boxes, the "
                            + "conditions under which the outcome of interest concentrates; the table below gives "
                            + "every restriction with coverage and density.", ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT));
        }
        return out;
    }
}
