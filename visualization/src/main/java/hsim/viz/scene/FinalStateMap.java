package hsim.viz.scene;

import hsim.model.city.City;
import hsim.model.gangs.Coalition;
import hsim.viz.charts.ChartStyle;
import hsim.viz.map.CityMapRenderer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A still of a {@link Scene} for the report: the city base map, gang territory shaded by coalition and the
 * facilities coloured by status, in the same {@link Colours} as the GUI's layers (a reader of one can read
 * the other), plus a legend with counts. Works headless.
 */
public final class FinalStateMap {
    private final City city;
    private final CityMapRenderer base;

    public FinalStateMap(City city) {
        this.city = city;
        this.base = new CityMapRenderer(city).decorations(false);
    }

    /** Draws the scene's territory and facilities over the base map, {@code width} pixels wide. */
    public BufferedImage render(Scene view, String title, int width) {
        int h = base.heightFor(width);
        BufferedImage img = new BufferedImage(width, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            base.draw(g, width, h);
            drawTerritory(g, view, width, h);
            Map<FacilityStatus, Integer> counts = drawFacilities(g, view, width, h);
            drawLegend(g, title, counts, view, width);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Image height that keeps the map's proportions at {@code width}. */
    public int heightFor(int width) { return base.heightFor(width); }

    public void writePng(Scene view, String title, int width, Path out) throws IOException {
        if (!ImageIO.write(render(view, title, width), "png", out.toFile())) throw new IOException("no PNG writer available");
    }

    private void drawTerritory(Graphics2D g, Scene v, int w, int h) {
        double cw = w / (double) city.width(), ch = h / (double) city.height();
        Coalition[] coalitions = Coalition.values();
        for (int y = 0; y < v.height(); y++) {
            int y0 = (int) Math.floor(y * ch), y1 = (int) Math.floor((y + 1) * ch);
            for (int x = 0; x < v.width(); x++) {
                int code = v.territory(y * v.width() + x);
                if (code == 0) continue;
                g.setColor(Colours.territory(coalitions[code - 1]));
                int x0 = (int) Math.floor(x * cw), x1 = (int) Math.floor((x + 1) * cw);
                g.fillRect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
            }
        }
    }

    private Map<FacilityStatus, Integer> drawFacilities(Graphics2D g, Scene v, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Map<FacilityStatus, Integer> counts = new EnumMap<>(FacilityStatus.class);
        double r = Math.max(4, w / 200.0);
        g.setStroke(new BasicStroke((float) Math.max(1, r / 4)));
        for (Scene.Site s : v.facilities()) {
            Point2D.Double p = base.toPixel(s.facility().x() + 0.5, s.facility().y() + 0.5, w, h);
            Ellipse2D.Double e = new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r);
            g.setColor(Colours.facility(s.status()));
            g.fill(e);
            g.setColor(Color.WHITE);
            g.draw(e);
            counts.merge(s.status(), 1, Integer::sum);
        }
        return counts;
    }

    private void drawLegend(Graphics2D g, String title, Map<FacilityStatus, Integer> counts, Scene v, int w) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int size = Math.max(12, w / 75);
        Font bold = ChartStyle.font(Font.BOLD, size + 4), plain = ChartStyle.font(Font.PLAIN, size);
        int lines = 2 + Coalition.values().length + FacilityStatus.values().length;
        int pad = size / 2, lh = size + size / 2, boxW = size * 22, boxH = pad * 2 + lh * lines + size;
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(pad, pad, boxW, boxH);
        int x = pad * 2, y = pad + size + 6;
        g.setColor(ChartStyle.TEXT);
        g.setFont(bold);
        g.drawString(title, x, y);
        g.setFont(plain);
        y += lh + 2;
        int[] cells = new int[Coalition.values().length + 1];
        int land = 0;
        for (int c = 0; c < v.width() * v.height(); c++) cells[v.territory(c)]++;
        for (int c = 0; c < city.cells(); c++) if (city.isLand(c)) land++;
        g.drawString("Gang territory (share of land):", x, y);
        for (Coalition c : Coalition.values()) {
            y += lh;
            g.setColor(Colours.alpha(Colours.coalition(c), Colours.TERRITORY_ALPHA * 2));
            g.fillRect(x, y - size + 2, size, size);
            g.setColor(ChartStyle.TEXT);
            int n = cells[Scene.code(c)];
            g.drawString(String.format(java.util.Locale.ROOT, "%s  %.1f%%", c == Coalition.GPEP ? "G-Pep" : c == Coalition.INDEPENDENT ? "independent" : "G9",
                    land == 0 ? 0 : 100.0 * n / land), x + size + 8, y);
        }
        y += lh;
        g.drawString("Facilities:", x, y);
        for (FacilityStatus s : FacilityStatus.values()) {
            y += lh;
            g.setColor(Colours.facility(s));
            g.fillOval(x, y - size + 2, size, size);
            g.setColor(ChartStyle.TEXT);
            g.drawString(s.label() + "  " + counts.getOrDefault(s, 0), x + size + 8, y);
        }
    }
}
