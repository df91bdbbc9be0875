package hsim.viz.gui;

import hsim.viz.charts.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sim.display.GUIState;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Properties;
import sim.util.Valuable;

import java.awt.BorderLayout;
import java.awt.Frame;

/**
 * The magnifying glass's chart, drawn with JFreeChart 1.5 in place of MASON 18's chart inspectors
 * (which need JFreeChart 1.0.x): one numeric or boolean property plotted against simulated hours, a point
 * after every step the Console reports. MASON finds it by name in its inspector list and calls the
 * static {@code name()} and {@code types()} and the four-argument constructor reflectively.
 */
public final class PropertyChartInspector extends PropertyInspector {
    private final XYSeries series;
    private double lastTime = Double.NaN;

    public static String name() { return "Chart over time"; }

    public static Class<?>[] types() {
        return new Class<?>[] {Number.class, Boolean.TYPE, Byte.TYPE, Short.TYPE, Integer.TYPE, Long.TYPE, Float.TYPE,
                Double.TYPE, Valuable.class};
    }

    public PropertyChartInspector(Properties properties, int index, Frame parent, GUIState simulation) {
        super(properties, index, parent, simulation);
        String name = properties.getName(index);
        series = new XYSeries(name, true, true);
        series.setMaximumItemCount(20_000); // a long session keeps the most recent points
        JFreeChart chart = ChartFactory.createXYLineChart(name, "hour", name, new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, true, false);
        ChartStyle.apply(chart, null);
        setLayout(new BorderLayout());
        add(new ChartPanel(chart, 480, 300, 200, 150, 1600, 1200, true, true, true, true, true, true), BorderLayout.CENTER);
        setValidInspector(true);
    }

    /** Called on the Swing thread after each step: adds the property's current value at the current time. */
    @Override
    public void updateInspector() {
        double time = simulation.state.schedule.getTime();
        if (time == lastTime || Double.isInfinite(time)) return;
        double v = value(properties.getValue(index));
        if (Double.isNaN(v)) return;
        lastTime = time;
        series.addOrUpdate(Math.max(0, time), v);
    }

    int points() { return series.getItemCount(); }

    private static double value(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof Valuable v) return v.doubleValue();
        return Double.NaN;
    }
}
