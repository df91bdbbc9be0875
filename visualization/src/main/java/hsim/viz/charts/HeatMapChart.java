package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;

/**
 * Two factors at once: the mean outcome in each cell of a grid of the two factors' bins, with the
 * value printed in the cell. Reveals interactions that main effects average away.
 */
public final class HeatMapChart {
    public static final int MAX_BINS = 5;

    private HeatMapChart() {}

    public static JFreeChart create(String title, String subtitle, String xName, String yName, String zLabel,
                                    double[] x, double[] y, double[] z) {
        Binning bx = Binning.of(x, MAX_BINS);
        Binning by = Binning.of(y, MAX_BINS);
        double[][] sum = new double[bx.count()][by.count()];
        int[][] n = new int[bx.count()][by.count()];
        for (int i = 0; i < z.length; i++) {
            int a = bx.bin(x[i]);
            int b = by.bin(y[i]);
            if (a < 0 || b < 0 || !Double.isFinite(z[i])) continue;
            sum[a][b] += z[i];
            n[a][b]++;
        }
        int cells = bx.count() * by.count();
        double[][] xyz = new double[3][cells];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int a = 0; a < bx.count(); a++) {
            for (int b = 0; b < by.count(); b++) {
                double m = n[a][b] == 0 ? Double.NaN : sum[a][b] / n[a][b];
                xyz[0][k] = a;
                xyz[1][k] = b;
                xyz[2][k] = m;
                if (Double.isFinite(m)) {
                    lo = Math.min(lo, m);
                    hi = Math.max(hi, m);
                }
                k++;
            }
        }
        if (lo > hi) { lo = 0; hi = 1; }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, xyz);
        SequentialScale scale = new SequentialScale(lo, hi);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        SymbolAxis xAxis = new SymbolAxis(xName, labels(bx));
        SymbolAxis yAxis = new SymbolAxis(yName, labels(by));
        xAxis.setGridBandsVisible(false);
        yAxis.setGridBandsVisible(false);
        xAxis.setRange(-0.5, bx.count() - 0.5);
        yAxis.setRange(-0.5, by.count() - 0.5);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < cells; i++) {
            if (!Double.isFinite(xyz[2][i])) continue;
            XYTextAnnotation t = new XYTextAnnotation(Binning.fmt(round3(xyz[2][i])), xyz[0][i], xyz[1][i]);
            t.setFont(ChartStyle.font(Font.BOLD, 12));
            t.setPaint(scale.dark(xyz[2][i]) ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(t);
        }
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        ChartStyle.apply(chart, subtitle);
        chart.addSubtitle(legend(scale, zLabel));
        return chart;
    }

    static PaintScaleLegend legend(SequentialScale scale, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(ChartStyle.font(Font.PLAIN, 11));
        ChartStyle.rootTicks(axis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setMargin(new RectangleInsets(10, 12, 10, 4));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static String[] labels(Binning b) {
        String[] s = new String[b.count()];
        for (int i = 0; i < s.length; i++) s[i] = b.label(i);
        return s;
    }

    private static double round3(double v) {
        if (v == 0 || !Double.isFinite(v)) return v;
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}
