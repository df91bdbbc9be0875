package hsim.viz.scene;

import hsim.model.gangs.Coalition;
import hsim.model.supply.Cargo;
import hsim.viz.map.MapPalette;

import java.awt.Color;

/**
 * The colours of the city's state, shared by the GUI's portrayals and the report's maps so that a reader
 * who knows one knows the other. Agent colours are saturated and distinct from the pastel base map;
 * territory is a translucent coalition colour ({@link #territory}) so streets and communes stay readable.
 */
public final class Colours {
    private Colours() {}

    public static final Color SEA = MapPalette.SEA;
    public static final Color POLICE = new Color(0x1F4FD8);
    public static final Color FOREIGN = new Color(0x0B8A3E);
    public static final Color SPECIAL = new Color(0x111111);
    public static final Color CIVILIANS = new Color(0x5A5A5A);
    public static final Color DISPLACED = new Color(0xB05FD0);
    public static final Color CHOLERA = new Color(0x00A6A6);
    public static final Color INSECURITY = new Color(0xE0301E);

    /** Opaque marker colour of a gang of this coalition (territory shading is a translucent version). */
    public static Color coalition(Coalition c) {
        return switch (c) {
            case G9 -> new Color(0xC0102A);
            case GPEP -> new Color(0xE07B00);
            case INDEPENDENT -> new Color(0x7A4A1E);
        };
    }

    public static Color cargo(Cargo c) {
        return switch (c) {
            case FUEL -> new Color(0xFF00C8);
            case WATER -> new Color(0x0090FF);
            case FOOD -> new Color(0x8BC400);
            case MEDICAL -> new Color(0xFFFFFF);
        };
    }

    public static Color facility(FacilityStatus s) {
        return switch (s) {
            case OPEN -> new Color(0x19A974);
            case SHORT_OF_SUPPLIES -> new Color(0xF2C230);
            case CLOSED -> new Color(0x6D6D6D);
            case GANG_HELD -> new Color(0x8B0000);
        };
    }

    /** Opacity of territory shading (0-255). */
    public static final int TERRITORY_ALPHA = 95;

    /** Territory shading of cells held by a gang of this coalition. */
    public static Color territory(Coalition c) { return alpha(coalition(c), TERRITORY_ALPHA); }

    /** {@code c} with the given alpha (0-255). */
    public static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
