package hsim.viz.gui;

import sim.util.gui.ColorMap;

import java.awt.Color;

/**
 * Maps 0..max to a colour whose opacity grows with the value as (value/max)^gamma (gamma below 1
 * keeps sparse values visible), fully transparent at 0: a heat layer that lets the map show through.
 * {@link #setMax} lets the GUI rescale as the run goes on.
 */
public final class RampColorMap implements ColorMap {
    private final Color colour;
    private final int maxAlpha;
    private final double gamma;
    private volatile double max;
    private final Color[] cache = new Color[256];

    public RampColorMap(Color colour, int maxAlpha, double max, double gamma) {
        this.colour = colour;
        this.gamma = gamma;
        this.maxAlpha = maxAlpha;
        this.max = max;
        for (int a = 0; a < 256; a++) cache[a] = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), a * maxAlpha / 255);
    }

    public void setMax(double max) { if (max > 0) this.max = max; }

    public double max() { return max; }

    private int level(double v) {
        if (!(v > 0)) return 0;
        double t = Math.min(1, Math.pow(v / max, gamma));
        return (int) Math.round(t * 255);
    }

    @Override public Color getColor(double v) { return cache[level(v)]; }
    @Override public int getRGB(double v) { return getColor(v).getRGB(); }
    @Override public int getAlpha(double v) { return getColor(v).getAlpha(); }
    @Override public boolean validLevel(double v) { return v >= 0; }
    @Override public double defaultValue() { return 0; }

    /** The colour at full value, for legends. */
    public Color colour() { return colour; }

    public int maxAlpha() { return maxAlpha; }
}
