package hsim.viz.map;

import hsim.model.city.City;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** What every printed map carries: a scale bar, a north arrow and the data attribution. */
final class MapFurniture {
    private final City city;

    MapFurniture(City city) { this.city = city; }

    void drawScaleBar(Graphics2D g, int w, int h, double s) {
        double mPerPx = city.width() * city.cellWidthM(city.height() / 2) / w;
        double km = 10;
        double len = km * 1000 / mPerPx;
        double x = w - len - 60 * s, y = h - 58 * s;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(x - 16 * s, y - 30 * s, len + 50 * s, 52 * s, 10 * s, 10 * s));
        double seg = len / 5;
        for (int i = 0; i < 5; i++) {
            g.setColor(i % 2 == 0 ? MapPalette.INK : Color.WHITE);
            g.fill(new Rectangle2D.Double(x + i * seg, y, seg, 7 * s));
        }
        g.setColor(MapPalette.INK);
        g.setStroke(new BasicStroke((float) (1 * s)));
        g.draw(new Rectangle2D.Double(x, y, len, 7 * s));
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * s));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 5; i += 5) {
            String t = (int) (i * km / 5) + (i == 5 ? " km" : "");
            g.drawString(t, (float) (x + i * seg - (i == 0 ? 0 : fm.stringWidth(t) / 2.0 - 6 * s)), (float) (y - 6 * s));
        }
        String mid = String.valueOf((int) (km / 2));
        g.drawString(mid, (float) (x + 2.5 * seg - fm.stringWidth(mid) / 2.0), (float) (y - 6 * s));
    }

    void drawNorthArrow(Graphics2D g, int w, int h, double s) {
        double cx = w - 52 * s, cy = 62 * s, r = 34 * s;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(new Color(0x8896A4));
        g.setStroke(new BasicStroke((float) (1 * s)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, cy - 24 * s);
        left.lineTo(cx - 10 * s, cy + 12 * s);
        left.lineTo(cx, cy + 5 * s);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, cy - 24 * s);
        right.lineTo(cx + 10 * s, cy + 12 * s);
        right.lineTo(cx, cy + 5 * s);
        right.closePath();
        g.setColor(MapPalette.INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(MapPalette.INK);
        g.draw(right);
        Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * s));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        g.drawString("N", (float) (cx - fm.stringWidth("N") / 2.0), (float) (cy + 27 * s));
    }

    void drawAttribution(Graphics2D g, int w, int h, double s) {
        String[] lines = {
            "Communes, coastline: CNIGS / OCHA Haiti, via HDX (COD-AB, CC BY-IGO 3.0). Populations: IHSI 2015 estimates.",
            "Roads: hsim hand-drawn approximations (\u00b1300 m \u2013 1 km). Facilities: cited per row, many approximate (see data/README.md)."};
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double tw = 0;
        for (String l : lines) tw = Math.max(tw, fm.stringWidth(l));
        double x = 14 * s, y = h - 14 * s - fm.getHeight() * lines.length;
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(new RoundRectangle2D.Double(x - 6 * s, y - 4 * s, tw + 12 * s, fm.getHeight() * lines.length + 8 * s, 8 * s, 8 * s));
        g.setColor(new Color(0x3A3F4A));
        for (int i = 0; i < lines.length; i++) g.drawString(lines[i], (float) x, (float) (y + fm.getAscent() + i * fm.getHeight()));
    }

}
