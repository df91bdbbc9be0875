package hsim.viz.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * One colour per option name, the same in every chart. The six hsim options use the Okabe-Ito
 * colour-blind-safe palette; any other name gets a colour from Paul Tol's muted palette chosen by a
 * stable hash of the name, so a given name always looks the same across reports and machines.
 */
public final class Palette {
    /** The hsim options in the order reports list them. */
    public static final List<String> KNOWN = List.of("baseline", "rapid-force", "training", "special-force",
            "rapid-force+training", "rapid-force+special-force");

    private static final Map<String, Color> FIXED = Map.of(
            "baseline", new Color(0x000000),
            "rapid-force", new Color(0xD55E00),
            "training", new Color(0x009E73),
            "special-force", new Color(0x0072B2),
            "rapid-force+training", new Color(0xE69F00),
            "rapid-force+special-force", new Color(0xCC79A7));

    private static final Color[] OTHERS = {
            new Color(0x56B4E9), new Color(0x332288), new Color(0x44AA99), new Color(0x117733),
            new Color(0x999933), new Color(0xCC6677), new Color(0x882255), new Color(0xAA4499),
            new Color(0xDDCC77), new Color(0x88CCEE)};

    private Palette() {}

    public static Color of(String option) {
        Color c = FIXED.get(option);
        if (c != null) return c;
        // String.hashCode is specified by the JLS, so this choice is the same on every JVM.
        return OTHERS[Math.floorMod(option.hashCode(), OTHERS.length)];
    }

    /** A translucent version for bands and fills. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Known options in their fixed order first, then other names alphabetically. */
    public static int compareOptions(String a, String b) {
        int ia = KNOWN.indexOf(a);
        int ib = KNOWN.indexOf(b);
        if (ia >= 0 && ib >= 0) return Integer.compare(ia, ib);
        if (ia >= 0) return -1;
        if (ib >= 0) return 1;
        return a.compareTo(b);
    }

    /** CSS hex text for the HTML legend. */
    public static String hex(String option) {
        Color c = of(option);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
