package hsim.viz.charts;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * A perceptually ordered, colour-blind-safe sequential scale (stops sampled from viridis), used for
 * heat maps and for colouring sweep points by outcome.
 */
public final class SequentialScale implements PaintScale, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] STOPS = {0x440154, 0x414487, 0x2A788E, 0x22A884, 0x7AD151, 0xFDE725};
    private final double lower;
    private final double upper;

    public SequentialScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override public double getLowerBound() { return lower; }
    @Override public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) {
        if (!Double.isFinite(value)) return new Color(0xEEEEEE);
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min((int) t, STOPS.length - 2);
        double f = t - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    /** Whether text drawn on this value's colour should be white (dark end of the scale). */
    public boolean dark(double value) {
        return Double.isFinite(value) && (value - lower) / (upper - lower) < 0.55;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
