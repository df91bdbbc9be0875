package hsim.viz.report;

import java.util.Locale;

/** HTML text helpers: everything from the results folder goes through {@link #esc}. */
public final class Html {
    private Html() {}

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A number for tables: 4 significant digits, '.' decimals and no thousands separator in every locale
     * (so it pastes into any spreadsheet or notebook as a number); blank for NaN.
     */
    public static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        String s;
        if (v == Math.rint(v) && a < 1e15) s = Long.toString((long) v);
        else if (a >= 1000) s = String.format(Locale.ROOT, "%.0f", v);
        else if (a >= 1) s = String.format(Locale.ROOT, "%.4g", v);
        else if (a == 0) s = "0";
        else s = String.format(Locale.ROOT, "%.3g", v);
        return s.replace('-', '−');
    }

    /** A coloured square for an option, matching its chart colour. */
    public static String swatch(String colourHex) {
        return "<span class=\"sw\" style=\"background:" + esc(colourHex) + "\"></span>";
    }
}
