package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * End-of-run outcome distribution per option as box plots (median, quartiles, Tukey whiskers,
 * outliers). Each box has its option's colour so it matches the other charts.
 */
public final class BoxChart {
    private BoxChart() {}

    /** @param byOption option to the outcome's values across its runs, in axis order */
    public static JFreeChart create(String title, String subtitle, String yLabel, Map<String, double[]> byOption) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byOption.entrySet()) {
            List<Double> v = new ArrayList<>();
            Arrays.stream(e.getValue()).filter(Double::isFinite).forEach(v::add);
            if (v.isEmpty()) continue;
            data.add(v, "runs", e.getKey());
            order.add(e.getKey());
        }
        BoxAndWhiskerRenderer r = new OptionColouredBoxes(order);
        r.setFillBox(true);
        r.setMeanVisible(false); // JFreeChart draws the mean as a disc sized to the box; the median line suffices
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.12);
        r.setUseOutlinePaintForWhiskers(true);
        r.setDefaultOutlinePaint(new Color(0x333333));
        r.setDefaultOutlineStroke(new java.awt.BasicStroke(1.2f));
        CategoryAxis x = new CategoryAxis(null);
        // Combined option names are long: let them wrap at hyphens onto three small lines.
        x.setMaximumCategoryLabelLines(3);
        x.setMaximumCategoryLabelWidthRatio(1.25f);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        ChartStyle.apply(chart, subtitle);
        x.setTickLabelFont(ChartStyle.font(java.awt.Font.PLAIN, 10));
        return chart;
    }

    /** Colours each category (option), not each series, since there is one series of runs. */
    private static final class OptionColouredBoxes extends BoxAndWhiskerRenderer {
        private static final long serialVersionUID = 1L;
        private final List<String> options;

        OptionColouredBoxes(List<String> options) {
            this.options = List.copyOf(options);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return Palette.translucent(Palette.of(options.get(column)), 110);
        }
    }
}
