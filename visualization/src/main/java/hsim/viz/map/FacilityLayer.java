package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.List;

/** Every facility by its kind's symbol, important kinds on top, and the names of the five landmarks. */
final class FacilityLayer {
    private final City city;
    private final MapProjection at;

    FacilityLayer(City city, MapProjection at) {
        this.city = city;
        this.at = at;
    }

    private static final List<String> LABELLED = List.of("apn_port", "varreux_terminal", "airport", "port_lafito", "hueh");

    void draw(Graphics2D g, int w, int h, double s) {
        // draw the less important kinds first so ports and hospitals stay on top
        FacilityKind[] order = {FacilityKind.ROAD_JUNCTION, FacilityKind.OTHER, FacilityKind.GOVERNMENT,
            FacilityKind.WATER_POINT, FacilityKind.MARKET, FacilityKind.POLICE_STATION, FacilityKind.MILITARY_BASE,
            FacilityKind.CLINIC, FacilityKind.HOSPITAL, FacilityKind.POWER_PLANT, FacilityKind.FUEL_TERMINAL,
            FacilityKind.AIRPORT, FacilityKind.SEAPORT};
        for (FacilityKind kind : order) {
            for (Facility f : city.facilities()) {
                if (f.kind() != kind) continue;
                Point2D.Double p = at.toPixel(f.x() + 0.5, f.y() + 0.5, w, h);
                Symbols.marker(g, kind, p.x, p.y, s);
            }
        }
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * s));
        for (String id : LABELLED) {
            Facility f = city.facility(id);
            if (f == null) continue;
            Point2D.Double p = at.toPixel(f.x() + 0.5, f.y() + 0.5, w, h);
            String label = switch (id) {
                case "apn_port" -> "APN port";
                case "varreux_terminal" -> "Varreux fuel terminal";
                case "airport" -> "Toussaint Louverture airport";
                case "port_lafito" -> "Port Lafito";
                case "hueh" -> "HUEH";
                default -> f.name();
            };
            // ports and Varreux sit on the coast: label them over the sea, to the west; the airport above
            boolean west = f.kind() == FacilityKind.SEAPORT || f.kind() == FacilityKind.FUEL_TERMINAL;
            FontMetrics fm = g.getFontMetrics(font);
            double tx = west ? p.x - 12 * s - fm.stringWidth(label) : p.x + 12 * s;
            double ty = p.y + fm.getAscent() / 2.0 - 2 * s;
            if (f.kind() == FacilityKind.AIRPORT) { tx = p.x - fm.stringWidth(label) / 2.0; ty = p.y - 14 * s; }
            Symbols.haloText(g, label, font, tx, ty, MapPalette.INK, false);
        }
    }
}
