package hsim.viz.gui;

import hsim.model.gangs.Coalition;
import sim.util.gui.ColorMap;

import java.awt.Color;

/**
 * Territory codes (0 state or nobody, 1 + coalition ordinal for gang-held cells) to translucent coalition
 * colours, so that streets and communes stay readable under the shading.
 */
public final class TerritoryColorMap implements ColorMap {
    public static final int ALPHA = 95;
    private static final Color NONE = new Color(0, 0, 0, 0);
    private final Color[] colours;

    public TerritoryColorMap() {
        Coalition[] cs = Coalition.values();
        colours = new Color[cs.length + 1];
        colours[0] = NONE;
        for (int i = 0; i < cs.length; i++) colours[i + 1] = Colours.alpha(Colours.coalition(cs[i]), ALPHA);
    }

    /** The code stored in the territory grid for a cell held by a gang of {@code c}. */
    public static int code(Coalition c) { return c.ordinal() + 1; }

    @Override public Color getColor(double v) {
        int i = (int) v;
        return i >= 1 && i < colours.length ? colours[i] : NONE;
    }
    @Override public int getRGB(double v) { return getColor(v).getRGB(); }
    @Override public int getAlpha(double v) { return getColor(v).getAlpha(); }
    @Override public boolean validLevel(double v) { return v >= 0 && v < colours.length; }
    @Override public double defaultValue() { return 0; }
}
