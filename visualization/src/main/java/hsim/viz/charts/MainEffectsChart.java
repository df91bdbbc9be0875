package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Main effects of a sweep: for each factor, the mean outcome in each level or quantile bin of that
 * factor (averaging over everything else), one panel per factor on a shared outcome axis. A steep
 * panel is a factor that matters; a flat one is a factor the outcome ignores.
 */
public final class MainEffectsChart {
    public static final int MAX_BINS = 5;

    private MainEffectsChart() {}

    /**
     * @param factors factor names, one panel each
     * @param x       x[run][factor], the factor values of each run
     * @param y       the outcome of each run (NaN skipped)
     * @param option  the option of each run; one line per option
     */
    public static JFreeChart create(String title, String subtitle, String yLabel, List<String> factors,
                                    double[][] x, double[] y, String[] option) {
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(yAxis);
        combined.setGap(14);
        Set<String> options = new LinkedHashSet<>();
        for (String o : option) options.add(o);
        List<String> ordered = new ArrayList<>(options);
        ordered.sort(Palette::compareOptions);
        for (int f = 0; f < factors.size(); f++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) column[i] = x[i][f];
            Binning bins = Binning.of(column, MAX_BINS);
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            int s = 0;
            for (String o : ordered) {
                double[] sumX = new double[bins.count()];
                double[] sumY = new double[bins.count()];
                int[] n = new int[bins.count()];
                for (int i = 0; i < x.length; i++) {
                    int b = bins.bin(column[i]);
                    if (!option[i].equals(o) || b < 0 || !Double.isFinite(y[i])) continue;
                    sumX[b] += column[i];
                    sumY[b] += y[i];
                    n[b]++;
                }
                XYSeries series = new XYSeries(o, true, true);
                for (int b = 0; b < n.length; b++) if (n[b] > 0) series.add(sumX[b] / n[b], sumY[b] / n[b]);
                data.addSeries(series);
                r.setSeriesPaint(s, Palette.of(o));
                r.setSeriesStroke(s, new BasicStroke(2.2f));
                r.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
                s++;
            }
            NumberAxis xAxis = new NumberAxis(factors.get(f));
            xAxis.setAutoRangeIncludesZero(false);
            xAxis.setLabelFont(ChartStyle.font(java.awt.Font.PLAIN, 11));
            combined.add(new XYPlot(data, xAxis, null, r), 1);
        }
        JFreeChart chart = new JFreeChart(title, null, combined, ordered.size() > 1);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}
