package hsim.viz.report;

import hsim.results.ResultsFolder;
import hsim.results.Measures;
import hsim.results.SummaryRow;
import hsim.viz.charts.BandChart;
import hsim.viz.charts.BoxChart;
import hsim.viz.charts.ChartStyle;
import hsim.viz.charts.ForestChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static hsim.viz.report.Html.esc;

/** The charts every results folder gets: daily time series, end-of-run box plots and forest plots. */
final class OutcomeCharts {
    private final ResultsFolder results;
    private final Measures headlines;
    private final Path dir;
    private final PngNames names;

    OutcomeCharts(ResultsFolder results, Measures headlines, Path dir, PngNames names) {
        this.results = results;
        this.headlines = headlines;
        this.dir = dir;
        this.names = names;
    }

    List<Figure> timeSeries() throws IOException {
        List<Figure> out = new ArrayList<>();
        for (String metric : headlines.pick(results.daily().metrics())) {
            Map<String, TreeMap<Integer, double[]>> byOption = new LinkedHashMap<>();
            for (String o : results.options()) {
                if (results.daily().hasOption(o)) byOption.put(o, results.daily().values(o, metric));
            }
            if (byOption.isEmpty()) continue;
            String label = headlines.label(Measures.Kind.DAILY, metric);
            String file = names.png("ts", metric);
            ChartStyle.savePng(BandChart.create(label, "Median across replicates; band: 10th to 90th percentile",
                    label, byOption), dir.resolve(file), ChartStyle.HEIGHT);
            out.add(new Figure(file, label + " over time by option",
                    "<b>" + esc(label) + "</b> (<code>" + esc(metric) + "</code>) by day. The line is the median run of "
                            + "each option, the band holds the middle 80% of runs. Where bands overlap, the "
                            + "options are hard to tell apart on this measure on that day."));
        }
        return out;
    }

    List<Figure> boxes() throws IOException {
        List<Figure> out = new ArrayList<>();
        for (String outcome : headlines.chartable(results.outcomes())) {
            Map<String, double[]> byOption = new LinkedHashMap<>();
            for (String o : results.options()) {
                double[] v = results.runs().stream().filter(r -> r.ok() && r.option().equals(o))
                        .mapToDouble(r -> r.outcome(outcome)).filter(Double::isFinite).toArray();
                if (v.length > 0) byOption.put(o, v);
            }
            if (byOption.isEmpty()) continue;
            String label = headlines.label(outcome);
            String file = names.png("box", outcome);
            ChartStyle.savePng(BoxChart.create(label, "End of run, one value per run", label, byOption),
                    dir.resolve(file), ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT);
            out.add(new Figure(file, label + ": distribution across runs by option",
                    "<b>" + esc(label) + "</b> (<code>o." + esc(outcome) + "</code>) at the end of each run. "
                            + "Boxes span the middle half of runs, the line is the median, "
                            + "whiskers reach 1.5 box-lengths and points beyond are single unusual runs.",
                    ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT));
        }
        return out;
    }

    List<Figure> forests() throws IOException {
        List<Figure> out = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (SummaryRow r : results.summary()) if (r.hasDiff() && !outcomes.contains(r.outcome())) outcomes.add(r.outcome());
        for (String outcome : headlines.chartable(outcomes)) {
            List<ForestChart.Row> rows = new ArrayList<>();
            for (String o : results.options()) {
                SummaryRow s = results.summary(o, outcome);
                if (s != null && s.hasDiff()) rows.add(new ForestChart.Row(o, s.diffMean(), s.diffCiLow(), s.diffCiHigh()));
            }
            if (rows.isEmpty()) continue;
            String label = headlines.label(outcome);
            int dir = headlines.direction(outcome);
            String better = dir > 0 ? "right of zero is better" : dir < 0 ? "left of zero is better" : "zero means no difference";
            String file = names.png("forest", outcome);
            int height = Math.max(240, 140 + 50 * rows.size());
            ChartStyle.savePng(ForestChart.create(label + ": difference from baseline",
                    "Mean paired difference (option − baseline), 95% confidence interval; " + better,
                    "Difference in " + label, rows), dir(file), ChartStyle.HALF_WIDTH, height);
            out.add(new Figure(file, label + ": difference from baseline with 95% intervals",
                    "<b>" + esc(label) + "</b>: each option minus baseline, paired by replicate (common random "
                            + "numbers), with a 95% confidence interval. An interval that crosses the dashed zero "
                            + "line is not distinguishable from baseline with these replicates; "
                            + esc(better) + ".", ChartStyle.HALF_WIDTH, height));
        }
        return out;
    }

    private Path dir(String file) {
        return dir.resolve(file);
    }
}
