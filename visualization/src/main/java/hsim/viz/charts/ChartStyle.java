package hsim.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The look shared by every report chart (white background, light grid, readable fonts) and PNG
 * output drawn at twice the layout size, so a 800x500 layout prints sharply as 1600x1000 pixels.
 * Styling is set directly rather than through a ChartTheme, because a theme also resets the
 * per-series colours that carry each option's palette colour.
 */
public final class ChartStyle {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;
    /** Layout width of charts shown two abreast in the report; smaller layout keeps their text legible. */
    public static final int HALF_WIDTH = 580;
    public static final int HALF_HEIGHT = 420;
    public static final int SCALE = 2;
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);

    private ChartStyle() {}

    /** Logical fonts only: they exist on every JRE, so charts render the same headless in CI. */
    public static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }

    public static void apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(Font.BOLD, 17));
            chart.getTitle().setPaint(TEXT);
        }
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, font(Font.PLAIN, 12));
            t.setPaint(new Color(0x555555));
            t.setMargin(2, 0, 6, 0);
            chart.addSubtitle(0, t);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 12));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        plot(chart.getPlot());
    }

    private static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot p) {
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
            p.setDomainGridlineStroke(new BasicStroke(0.7f));
            p.setRangeGridlineStroke(new BasicStroke(0.7f));
            p.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < p.getDomainAxisCount(); i++) axis(p.getDomainAxis(i));
            for (int i = 0; i < p.getRangeAxisCount(); i++) axis(p.getRangeAxis(i));
            List<?> subs = p instanceof CombinedRangeXYPlot c ? c.getSubplots()
                    : p instanceof CombinedDomainXYPlot c ? c.getSubplots() : List.of();
            for (Object s : subs) plot((Plot) s);
        } else if (plot instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(0.7f));
            p.setAxisOffset(RectangleInsets.ZERO_INSETS);
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
        }
    }

    private static void axis(Axis a) {
        if (a == null) return;
        a.setLabelFont(font(Font.BOLD, 12));
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(font(Font.PLAIN, 11));
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(new Color(0x888888));
        a.setTickMarkPaint(new Color(0x888888));
        if (a instanceof CategoryAxis c) c.setTickLabelFont(font(Font.PLAIN, 12));
        if (a instanceof NumberAxis n) rootTicks(n);
    }

    /**
     * Tick labels with '.' decimals and no grouping whatever the machine's locale: JFreeChart's default
     * tick units format with the default locale (0,5 and 1 000 under fr_HT).
     */
    public static void rootTicks(NumberAxis axis) {
        DecimalFormat f = new DecimalFormat("0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setStandardTickUnits(new NumberTickUnitSource(false, f));
    }

    /**
     * Writes the chart as an opaque PNG of WIDTH*SCALE by height*SCALE pixels. Light deflate
     * compression: the files grow a little, but encoding is several times faster than the default.
     */
    public static void savePng(JFreeChart chart, Path file, int height) throws IOException {
        savePng(chart, file, WIDTH, height);
    }

    /** Writes the chart as an opaque PNG of width*SCALE by height*SCALE pixels. */
    public static void savePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        // closing an ImageOutputStream does not close the stream under it: close both, or every chart leaks
        // a file descriptor until a GC (found by ResourceFaultTest: a read-only remount saw the files open)
        try (java.io.OutputStream os = Files.newOutputStream(file);
             ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            ImageWriteParam param = w.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, null), param);
        } finally {
            w.dispose();
        }
    }
}
