package hsim.viz.report;

/** A chart written to the report folder: its file name (relative link), alt text, caption and layout height. */
public record Figure(String file, String alt, String caption, int height) {
    Figure(String file, String alt, String caption) {
        this(file, alt, caption, hsim.viz.charts.ChartStyle.HEIGHT);
    }

    String html() {
        return "<figure><img src=\"" + Html.esc(file) + "\" alt=\"" + Html.esc(alt) + "\" width=\""
                + hsim.viz.charts.ChartStyle.WIDTH + "\" height=\"" + height + "\"><figcaption>" + caption
                + "</figcaption></figure>\n";
    }
}
