package hsim.viz.map;

import hsim.model.city.FacilityKind;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Facility symbols, the shapes they are made of, and haloed text that stays readable over any layer. */
public final class Symbols {
    private Symbols() {}

    /** Draws the symbol of a facility kind centred on (x, y). */
    public static void marker(Graphics2D g, FacilityKind kind, double x, double y, double s) {
        double r = 6.5 * s;
        Shape shape;
        Color fill;
        switch (kind) {
            case SEAPORT -> { shape = new Rectangle2D.Double(x - r * 1.1, y - r * 1.1, 2.2 * r, 2.2 * r); fill = new Color(0x1F3B73); }
            case FUEL_TERMINAL -> { shape = diamond(x, y, r * 1.45); fill = new Color(0xF08C00); }
            case AIRPORT -> { shape = star(x, y, r * 1.6, r * 0.7); fill = new Color(0x7B2CBF); }
            case HOSPITAL, CLINIC -> { shape = cross(x, y, kind == FacilityKind.HOSPITAL ? r : r * 0.8); fill = new Color(0xD62828); }
            case MARKET -> { shape = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r); fill = new Color(0x2A9D4A); }
            case POLICE_STATION -> { shape = triangle(x, y, r * 1.25); fill = new Color(0x1D4ED8); }
            case WATER_POINT -> { shape = drop(x, y, r); fill = new Color(0x0EA5C6); }
            case POWER_PLANT -> { shape = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r); fill = new Color(0xFACC15); }
            case MILITARY_BASE -> { shape = new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r); fill = new Color(0x5B6B2A); }
            case GOVERNMENT -> { shape = diamond(x, y, r * 1.1); fill = new Color(0x6B6B6B); }
            case ROAD_JUNCTION -> { shape = new Ellipse2D.Double(x - r * 0.7, y - r * 0.7, 1.4 * r, 1.4 * r); fill = Color.WHITE; }
            default -> { shape = new Ellipse2D.Double(x - r * 0.6, y - r * 0.6, 1.2 * r, 1.2 * r); fill = Color.GRAY; }
        }
        g.setColor(fill);
        g.fill(shape);
        g.setColor(kind == FacilityKind.HOSPITAL || kind == FacilityKind.CLINIC ? Color.WHITE : MapPalette.INK);
        g.setStroke(new BasicStroke((float) (1.2 * s)));
        g.draw(shape);
        if (kind == FacilityKind.HOSPITAL || kind == FacilityKind.CLINIC) {
            g.setColor(new Color(0x8A1010));
            g.setStroke(new BasicStroke((float) (0.6 * s)));
            g.draw(cross(x, y, (kind == FacilityKind.HOSPITAL ? r : r * 0.8) + 1.2 * s));
        }
    }

    static void haloText(Graphics2D g, String text, Font f, double x, double y, Color ink, boolean centred) {
        GlyphVector gv = f.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D b = gv.getVisualBounds();
        double tx = centred ? x - b.getWidth() / 2 - b.getX() : x;
        Shape outline = gv.getOutline((float) tx, (float) y);
        g.setStroke(new BasicStroke(Math.max(2f, f.getSize2D() / 5f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 215));
        g.draw(outline);
        g.setColor(ink);
        g.fill(outline);
    }

    static Shape diamond(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r, y);
        p.lineTo(x, y + r);
        p.lineTo(x - r, y);
        p.closePath();
        return p;
    }

    static Shape triangle(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r * 0.95, y + r * 0.7);
        p.lineTo(x - r * 0.95, y + r * 0.7);
        p.closePath();
        return p;
    }

    static Shape cross(double x, double y, double r) {
        double a = r * 0.38;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - a, y - r);
        p.lineTo(x + a, y - r);
        p.lineTo(x + a, y - a);
        p.lineTo(x + r, y - a);
        p.lineTo(x + r, y + a);
        p.lineTo(x + a, y + a);
        p.lineTo(x + a, y + r);
        p.lineTo(x - a, y + r);
        p.lineTo(x - a, y + a);
        p.lineTo(x - r, y + a);
        p.lineTo(x - r, y - a);
        p.lineTo(x - a, y - a);
        p.closePath();
        return p;
    }

    static Shape star(double x, double y, double ro, double ri) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double r = i % 2 == 0 ? ro : ri;
            if (i == 0) p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            else p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    static Shape drop(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r * 1.5);
        p.curveTo(x + r * 0.4, y - r * 0.6, x + r, y - r * 0.2, x + r, y + r * 0.3);
        p.curveTo(x + r, y + r * 0.9, x + r * 0.5, y + r * 1.1, x, y + r * 1.1);
        p.curveTo(x - r * 0.5, y + r * 1.1, x - r, y + r * 0.9, x - r, y + r * 0.3);
        p.curveTo(x - r, y - r * 0.2, x - r * 0.4, y - r * 0.6, x, y - r * 1.5);
        p.closePath();
        return p;
    }
}
