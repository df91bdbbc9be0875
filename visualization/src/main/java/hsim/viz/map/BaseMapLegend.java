package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.city.Road;
import hsim.model.city.RoadClass;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumSet;
import java.util.Set;

/** The base map's title box: what the map is, and the key to its roads, facility symbols and commune shading. */
final class BaseMapLegend {
    private final City city;

    BaseMapLegend(City city) { this.city = city; }

    void draw(Graphics2D g, int w, int h, double s) {
        double x0 = 22 * s, y0 = 22 * s;
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(30 * s));
        Font sub = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * s));
        Font head = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * s));
        Font item = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * s));

        Set<FacilityKind> kinds = EnumSet.noneOf(FacilityKind.class);
        for (Facility f : city.facilities()) kinds.add(f.kind());
        double line = 21 * s;
        double boxW = 370 * s;
        double boxH = 128 * s + line * (4 + kinds.size()) + 70 * s;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(x0, y0, boxW, boxH, 14 * s, 14 * s));
        g.setColor(new Color(0x8896A4));
        g.setStroke(new BasicStroke((float) (1 * s)));
        g.draw(new RoundRectangle2D.Double(x0, y0, boxW, boxH, 14 * s, 14 * s));

        double x = x0 + 16 * s, y = y0 + 40 * s;
        g.setColor(MapPalette.INK);
        g.setFont(title);
        g.drawString(city.name().equals("Port-au-Prince") ? "Port-au-Prince" : city.name(), (float) x, (float) y);
        y += 22 * s;
        g.setFont(sub);
        g.setColor(new Color(0x4A5260));
        g.drawString("Metropolitan area \u2014 hsim base map", (float) x, (float) y);
        y += 18 * s;
        g.drawString(String.format(java.util.Locale.ROOT, "%d \u00d7 %d cells of %.3f\u00b0 (~%.0f \u00d7 %.0f m)", city.width(), city.height(),
                city.cellDegrees(), city.cellWidthM(city.height() / 2), city.cellHeightM()), (float) x, (float) y);

        y += 30 * s;
        g.setFont(head);
        g.setColor(MapPalette.INK);
        g.drawString("Roads (loaded-truck free-flow speed)", (float) x, (float) y);
        y += line;
        legendRoad(g, x, y, s, MapPalette.ARTERIAL_CASING, MapPalette.ARTERIAL, 6.5, 4.0);
        label(g, item, "Arterial: RN1, RN2, RN3, RN8, Delmas, airport road \u2014 " + (int) RoadClass.ARTERIAL.speedKmh() + " km/h", x + 44 * s, y);
        y += line;
        legendRoad(g, x, y, s, MapPalette.SECONDARY_CASING, MapPalette.SECONDARY, 4.5, 2.6);
        label(g, item, "Secondary \u2014 " + (int) RoadClass.SECONDARY.speedKmh() + " km/h", x + 44 * s, y);
        y += line;
        label(g, item, "Streets on every land cell \u2014 " + (int) RoadClass.STREET.speedKmh() + " km/h (not drawn)", x + 44 * s, y);

        y += line + 8 * s;
        g.setFont(head);
        g.setColor(MapPalette.INK);
        g.drawString("Facilities", (float) x, (float) y);
        for (FacilityKind k : FacilityKind.values()) {
            if (!kinds.contains(k)) continue;
            y += line;
            Symbols.marker(g, k, x + 18 * s, y - 4.5 * s, s);
            int n = city.facilities(k).size();
            label(g, item, legendName(k) + " (" + n + ")", x + 44 * s, y);
        }
        y += line + 8 * s;
        g.setFont(head);
        g.setColor(MapPalette.INK);
        g.drawString("Communes", (float) x, (float) y);
        y += line;
        double sw = 26 * s;
        Color any = MapPalette.COMMUNE_COLOURS[0];
        double[] dens = {1_000, 10_000, 30_000, 100_000};
        for (int i = 0; i < dens.length; i++) {
            g.setColor(CommuneLayer.shade(any, dens[i]));
            g.fill(new Rectangle2D.Double(x + i * sw, y - 11 * s, sw, 13 * s));
        }
        g.setColor(new Color(0x7A7468));
        g.draw(new Rectangle2D.Double(x, y - 11 * s, 4 * sw, 13 * s));
        label(g, item, "residents/km\u00b2: 1k \u2192 100k (modelled)", x + 4 * sw + 10 * s, y);
        y += line;
        g.setColor(MapPalette.OUTSIDE);
        g.fill(new Rectangle2D.Double(x, y - 11 * s, sw, 13 * s));
        g.setColor(new Color(0x7A7468));
        g.draw(new Rectangle2D.Double(x, y - 11 * s, sw, 13 * s));
        label(g, item, "outside the 9 modelled communes", x + 4 * sw + 10 * s, y);
    }

    private static String legendName(FacilityKind k) {
        return switch (k) {
            case SEAPORT -> "Seaport";
            case FUEL_TERMINAL -> "Fuel terminal";
            case AIRPORT -> "Airport";
            case HOSPITAL -> "Hospital";
            case CLINIC -> "Clinic";
            case MARKET -> "Market";
            case POLICE_STATION -> "Police station (commune centre; position unknown)";
            case WATER_POINT -> "Water point (assumed, one per commune)";
            case POWER_PLANT -> "Power plant";
            case MILITARY_BASE -> "Base (coast guard, ex-MINUSTAH)";
            case GOVERNMENT -> "Government (Palais National)";
            case ROAD_JUNCTION -> "Road hub (old airport)";
            case OTHER -> "Other";
        };
    }

    private static void legendRoad(Graphics2D g, double x, double y, double s, Color casing, Color fill, double wide, double narrow) {
        Line2D.Double l = new Line2D.Double(x + 4 * s, y - 4.5 * s, x + 34 * s, y - 4.5 * s);
        g.setStroke(new BasicStroke((float) (wide * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(casing);
        g.draw(l);
        g.setStroke(new BasicStroke((float) (narrow * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(fill);
        g.draw(l);
    }

    private static void label(Graphics2D g, Font f, String text, double x, double y) {
        g.setFont(f);
        g.setColor(MapPalette.INK);
        g.drawString(text, (float) x, (float) y);
    }
}
