package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import java.util.TreeMap;

/**
 * A daily metric over time, one line per option: the median across replicates, with a shaded band
 * from the 10th to the 90th percentile, so the reader sees both the typical path and its spread.
 */
public final class BandChart {
    private BandChart() {}

    /** @param byOption option to (day to the metric's values across that option's runs), in legend order */
    public static JFreeChart create(String title, String subtitle, String yLabel,
                                    Map<String, TreeMap<Integer, double[]>> byOption) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.13f);
        int s = 0;
        for (Map.Entry<String, TreeMap<Integer, double[]>> e : byOption.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(e.getKey(), false, true);
            for (Map.Entry<Integer, double[]> day : e.getValue().entrySet()) {
                double[] v = Quantiles.finiteSorted(day.getValue());
                if (v.length == 0) continue;
                series.add(day.getKey(), Quantiles.of(v, 0.5), Quantiles.of(v, 0.1), Quantiles.of(v, 0.9));
            }
            data.addSeries(series);
            Color c = Palette.of(e.getKey());
            r.setSeriesPaint(s, c);
            r.setSeriesFillPaint(s, c);
            r.setSeriesStroke(s, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            s++;
        }
        NumberAxis x = new NumberAxis("Day");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}
