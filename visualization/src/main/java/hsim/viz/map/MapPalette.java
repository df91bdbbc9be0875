package hsim.viz.map;

import java.awt.Color;

/** The base map's colours: pastel land so the state layers drawn over it stay legible. */
public final class MapPalette {
    private MapPalette() {}

    public static final Color SEA = new Color(0xA9CCE3);
    public static final Color COAST = new Color(0x4A6F8A);
    public static final Color ARTERIAL = new Color(0xD9481C);
    public static final Color ARTERIAL_CASING = new Color(0x6B1D08);
    public static final Color SECONDARY = new Color(0xF2C230);
    public static final Color SECONDARY_CASING = new Color(0x6E5612);
    /** Land outside the modelled communes. */
    public static final Color OUTSIDE = new Color(0xE3DFD3);
    /** Text and outlines. */
    public static final Color INK = new Color(0x1E2430);
    /** Pastel hues for the populated communes, in commune order. */
    static final Color[] COMMUNE_COLOURS = {
        new Color(0xF4C7A1), new Color(0xC9DFA8), new Color(0xF6E3A2), new Color(0xD7C6E8), new Color(0xB9DDD6),
        new Color(0xF2B8C6), new Color(0xC4D4EE), new Color(0xE4CFA9), new Color(0xD3E6B5), new Color(0xEBC9E0)};
}
