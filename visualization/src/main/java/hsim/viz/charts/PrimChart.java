package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * PRIM scenario-discovery boxes over the sweep: every design point placed by two restricted factors
 * and coloured by the outcome, with each box drawn as a rectangle. Points inside a box are the
 * conditions under which the outcome of interest is concentrated.
 */
public final class PrimChart {
    private PrimChart() {}

    /** A box restricted on the two plotted factors; NaN means that side is unbounded. */
    public record Box(String label, double xLow, double xHigh, double yLow, double yHigh) {}

    public static JFreeChart create(String title, String subtitle, String xName, String yName, String zLabel,
                                    double[] x, double[] y, double[] z, List<Box> boxes) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : z) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (lo > hi) { lo = 0; hi = 1; }
        SequentialScale scale = new SequentialScale(lo, hi);
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, new double[][] {x.clone(), y.clone(), z.clone()});
        XYShapeRenderer r = new XYShapeRenderer();
        r.setPaintScale(scale);
        r.setDefaultShape(new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        r.setDrawOutlines(true);
        r.setDefaultOutlinePaint(new Color(0x666666));
        r.setUseOutlinePaint(true);
        NumberAxis xAxis = new NumberAxis(xName);
        NumberAxis yAxis = new NumberAxis(yName);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        double[] xr = range(x);
        double[] yr = range(y);
        BasicStroke edge = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f);
        Color ink = new Color(0xD55E00);
        for (Box b : boxes) {
            double x0 = Double.isNaN(b.xLow()) ? xr[0] : b.xLow();
            double x1 = Double.isNaN(b.xHigh()) ? xr[1] : b.xHigh();
            double y0 = Double.isNaN(b.yLow()) ? yr[0] : b.yLow();
            double y1 = Double.isNaN(b.yHigh()) ? yr[1] : b.yHigh();
            plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0), edge, ink));
            XYTextAnnotation t = new XYTextAnnotation(b.label(), x0, y1);
            t.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            t.setFont(ChartStyle.font(Font.BOLD, 12));
            t.setPaint(ink);
            plot.addAnnotation(t);
        }
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        ChartStyle.apply(chart, subtitle);
        chart.addSubtitle(HeatMapChart.legend(scale, zLabel));
        return chart;
    }

    private static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) if (Double.isFinite(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        if (lo > hi) return new double[] {0, 1};
        double pad = (hi - lo) * 0.03; // an open side reaches just past the outermost point
        return new double[] {lo - pad, hi + pad};
    }
}
