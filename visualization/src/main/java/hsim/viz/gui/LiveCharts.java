package hsim.viz.gui;

import hsim.model.metrics.DailyMetrics;
import hsim.viz.charts.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.JFrame;
import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The live charts, written with JFreeChart 1.5 directly (MASON 18's chart classes need JFreeChart 1.0):
 * one frame of small line charts fed with each day's row of {@link DailyMetrics}. Rows arrive from the
 * model thread and are added on the Swing thread ({@link #addDay} is called through invokeLater).
 */
public final class LiveCharts {
    /** Chart title, y-axis label and the metric columns it plots (series named after them). */
    record Spec(String title, String yLabel, String... columns) {}

    static final List<Spec> SPECS = List.of(
            new Spec("Need met by commodity", "share of need met",
                    "fuel_need_met_share", "water_need_met_share", "food_need_met_share", "medical_need_met_share"),
            new Spec("Territory under gang control", "share of metro land", "gang_control_share"),
            new Spec("Casualties (cumulative)", "people",
                    "civilian_deaths_violence_cum", "civilian_injuries_violence_cum", "hnp_killed_cum", "foreign_killed_cum"),
            new Spec("Displacement", "people", "displaced_people"),
            new Spec("Cholera", "people", "cholera_cases_cum", "cholera_symptomatic_people", "cholera_deaths_cum"),
            new Spec("HNP capability", "officers", "hnp_officers"));

    private static final Color[] SERIES = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0xFF7F0E)};

    private final JFrame frame = new JFrame("hsim charts");
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<XYSeries> series = new ArrayList<>();
    private final List<Integer> columnOf = new ArrayList<>();

    public LiveCharts() {
        JPanel grid = new JPanel(new GridLayout(0, 2));
        for (Spec s : SPECS) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (String col : s.columns()) {
                XYSeries ser = new XYSeries(label(col), true, false);
                data.addSeries(ser);
                series.add(ser);
                columnOf.add(DailyMetrics.COLUMNS.indexOf(col));
            }
            JFreeChart chart = ChartFactory.createXYLineChart(s.title(), "day", s.yLabel(), data,
                    PlotOrientation.VERTICAL, s.columns().length > 1, false, false);
            ChartStyle.apply(chart, null);
            XYPlot plot = chart.getXYPlot();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            for (int i = 0; i < s.columns().length; i++) {
                r.setSeriesPaint(i, SERIES[i % SERIES.length]);
                r.setSeriesStroke(i, new BasicStroke(2f));
            }
            plot.setRenderer(r);
            charts.add(chart);
            ChartPanel panel = new ChartPanel(chart, 420, 260, 200, 150, 1600, 1200, true, true, true, true, true, true);
            grid.add(panel);
        }
        frame.setContentPane(grid);
        frame.pack();
    }

    private static String label(String column) {
        return column.replace("_need_met_share", "").replace("_cum", "").replace("_share", "").replace('_', ' ');
    }

    public JFrame frame() { return frame; }

    public List<JFreeChart> charts() { return charts; }

    /** Adds one day's metrics row (Swing thread only). */
    public void addDay(double[] row) {
        double day = row[0];
        for (int i = 0; i < series.size(); i++) series.get(i).addOrUpdate(day, row[columnOf.get(i)]);
    }

    /** Clears the series at a (re)start (Swing thread only). */
    public void clear() {
        for (XYSeries s : series) s.clear();
    }
}
