package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * A forest plot: for each option, the mean paired difference from baseline with its 95% interval.
 * An interval that crosses the zero line means the data cannot tell the option from baseline.
 */
public final class ForestChart {
    private ForestChart() {}

    /** One row: an option's estimate and interval. */
    public record Row(String option, double estimate, double low, double high) {}

    public static JFreeChart create(String title, String subtitle, String xLabel, List<Row> rows) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(10);
        r.setDefaultLinesVisible(false);
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            // Top row first: the symbol axis counts upward, so index from the end.
            int y = rows.size() - 1 - i;
            labels[y] = row.option();
            XYIntervalSeries s = new XYIntervalSeries(row.option());
            s.add(row.estimate(), row.low(), row.high(), y, y, y);
            data.addSeries(s);
            Color c = Palette.of(row.option());
            r.setSeriesPaint(i, c);
            r.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
            r.setSeriesShapesVisible(i, true);
        }
        r.setErrorPaint(null); // use each series' own colour for its interval
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(true);
        x.setLowerMargin(0.08);
        x.setUpperMargin(0.08);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        y.setRange(-0.6, rows.size() - 0.4);
        XYPlot plot = new XYPlot(data, x, y, r);
        ValueMarker zero = new ValueMarker(0, new Color(0x555555), new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.addDomainMarker(zero);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}
