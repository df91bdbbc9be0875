package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/** Charts of a calibration: prior against posterior of one parameter; a target's history against the ensemble. */
public final class CalibrationCharts {
    private static final Color PRIOR = new Color(0x9E9E9E);
    private static final Color POSTERIOR = new Color(0x1565C0);
    private static final Color HISTORY = new Color(0xC62828);

    private CalibrationCharts() {}

    /**
     * Two density histograms over the prior's range [lo, hi] with {@code bins} equal bins: the first wave's
     * design points (a space-filling sample of the uniform prior) and the weighted accepted ensemble.
     */
    public static JFreeChart priorPosterior(String title, String subtitle, String xLabel, double lo, double hi, int bins,
                                            double[] prior, double[] posterior, double[] posteriorWeights) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(histogram("prior (wave 1 design)", lo, hi, bins, prior, null));
        data.addSeries(histogram("posterior (ensemble, weighted)", lo, hi, bins, posterior, posteriorWeights));
        XYBarRenderer r = new XYBarRenderer(0.08);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Palette.translucent(PRIOR, 150));
        r.setSeriesPaint(1, Palette.translucent(POSTERIOR, 150));
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(lo, hi);
        NumberAxis y = new NumberAxis("Density");
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }

    private static XYIntervalSeries histogram(String name, double lo, double hi, int bins, double[] v, double[] w) {
        double[] mass = new double[bins];
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) continue;
            int b = (int) Math.floor((v[i] - lo) / (hi - lo) * bins);
            b = Math.max(0, Math.min(bins - 1, b));
            double wi = w == null ? 1 : w[i];
            mass[b] += wi;
            total += wi;
        }
        XYIntervalSeries s = new XYIntervalSeries(name);
        double width = (hi - lo) / bins;
        for (int b = 0; b < bins; b++) {
            double x0 = lo + b * width;
            double dens = total > 0 ? mass[b] / total / width : 0;
            s.add(x0 + width / 2, x0, x0 + width, dens, 0, dens);
        }
        return s;
    }

    /** One point of history: day, value and its tolerance band. */
    public record Observed(int day, double value, double low, double high) {}

    /** One day of the ensemble: median and the 10th-90th percentile band. */
    public record Band(int day, double median, double p10, double p90) {}

    /** The ensemble's median and 80 % band of a daily metric over time, with the history targets and their bands. */
    public static JFreeChart targetSeries(String title, String subtitle, String yLabel, List<Band> ensemble, List<Observed> history) {
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        YIntervalSeries s = new YIntervalSeries("ensemble median, 10-90 % band", false, true);
        for (Band b : ensemble) s.add(b.day(), b.median(), b.p10(), b.p90());
        band.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.18f);
        r.setSeriesPaint(0, POSTERIOR);
        r.setSeriesFillPaint(0, POSTERIOR);
        r.setSeriesStroke(0, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        YIntervalSeriesCollection obs = new YIntervalSeriesCollection();
        YIntervalSeries h = new YIntervalSeries("history (metro share), tolerance band", false, true);
        for (Observed o : history) h.add(o.day(), o.value(), o.low(), o.high());
        obs.addSeries(h);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawXError(false);
        er.setSeriesPaint(0, HISTORY);
        er.setErrorPaint(HISTORY);
        er.setErrorStroke(new BasicStroke(1.6f));
        er.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        NumberAxis x = new NumberAxis("Day (1 = start date)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(band, x, y, r);
        plot.setDataset(1, obs);
        plot.setRenderer(1, er);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}
