package hsim.viz.report;

import hsim.viz.charts.ChartStyle;

/** A chart written to the report folder: its file name (relative link), alt text, caption and layout size. */
public record Figure(String file, String alt, String caption, int width, int height) {
    /** A full-width chart. */
    Figure(String file, String alt, String caption) {
        this(file, alt, caption, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    String html() {
        return "<figure><img src=\"" + Html.esc(file) + "\" alt=\"" + Html.esc(alt) + "\" width=\"" + width
                + "\" height=\"" + height + "\"><figcaption>" + caption + "</figcaption></figure>\n";
    }
}
