package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.Road;
import hsim.model.city.RoadClass;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/** Arterial and secondary roads as cased lines, arterials on top; streets are everywhere and not drawn. */
final class RoadLayer {
    private final City city;
    private final MapProjection at;

    RoadLayer(City city, MapProjection at) {
        this.city = city;
        this.at = at;
    }

    void draw(Graphics2D g, int w, int h, double s) {
        for (RoadClass rc : new RoadClass[] {RoadClass.SECONDARY, RoadClass.ARTERIAL}) {
            float wide = (float) ((rc == RoadClass.ARTERIAL ? 6.5 : 4.5) * s);
            float narrow = (float) ((rc == RoadClass.ARTERIAL ? 4.0 : 2.6) * s);
            for (int pass = 0; pass < 2; pass++) {
                g.setStroke(new BasicStroke(pass == 0 ? wide : narrow, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(rc == RoadClass.ARTERIAL ? (pass == 0 ? MapPalette.ARTERIAL_CASING : MapPalette.ARTERIAL)
                        : (pass == 0 ? MapPalette.SECONDARY_CASING : MapPalette.SECONDARY));
                for (Road r : city.roads()) if (r.roadClass() == rc) g.draw(polyline(r, w, h));
            }
        }
    }

    /** The road as drawn: its waypoints in pixel space. */
    Path2D.Double polyline(Road r, int w, int h) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < r.waypoints(); i++) {
            Point2D.Double q = at.toPixel(r.lat()[i], r.lon()[i], w, h, true);
            if (i == 0) p.moveTo(q.x, q.y); else p.lineTo(q.x, q.y);
        }
        return p;
    }
}
