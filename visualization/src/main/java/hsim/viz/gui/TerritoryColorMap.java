package hsim.viz.gui;

import hsim.model.gangs.Coalition;
import hsim.viz.scene.Colours;
import hsim.viz.scene.Scene;
import sim.util.gui.ColorMap;

import java.awt.Color;

/**
 * The display's territory layer colours: {@link Scene#territory} codes (0 state or nobody, else the
 * holder's coalition) to the translucent {@link Colours#territory} shades, as a MASON colour map.
 */
public final class TerritoryColorMap implements ColorMap {
    private static final Color NONE = new Color(0, 0, 0, 0);
    private final Color[] colours;

    public TerritoryColorMap() {
        Coalition[] cs = Coalition.values();
        colours = new Color[cs.length + 1];
        colours[0] = NONE;
        for (int i = 0; i < cs.length; i++) colours[Scene.code(cs[i])] = Colours.territory(cs[i]);
    }

    @Override public Color getColor(double v) {
        int i = (int) v;
        return i >= 1 && i < colours.length ? colours[i] : NONE;
    }
    @Override public int getRGB(double v) { return getColor(v).getRGB(); }
    @Override public int getAlpha(double v) { return getColor(v).getAlpha(); }
    @Override public boolean validLevel(double v) { return v >= 0 && v < colours.length; }
    @Override public double defaultValue() { return 0; }
}
