package hsim.viz.map;

import hsim.model.city.City;

import java.awt.geom.Point2D;

/**
 * Grid and WGS84 coordinates to pixels of a map that fills a w x h rectangle (x and y scaled
 * independently; {@link #heightFor} gives the height that keeps metric proportions).
 */
public final class MapProjection {
    private final City city;

    public MapProjection(City city) { this.city = city; }

    /** Image height that keeps the map's metric proportions at the given width. */
    public int heightFor(int width) {
        double wM = city.width() * city.cellWidthM(city.height() / 2);
        double hM = city.height() * city.cellHeightM();
        return (int) Math.round(width * hM / wM);
    }

    /** Pixel position of grid coordinates (x east, y south; cell centres at +0.5) in a w x h drawing. */
    public Point2D.Double toPixel(double gridX, double gridY, int w, int h) {
        return new Point2D.Double(gridX * w / city.width(), gridY * h / city.height());
    }

    /** Pixel position of a WGS84 point. */
    public Point2D.Double toPixel(double lat, double lon, int w, int h, boolean latLon) {
        return toPixel((lon - city.westLon()) / city.cellDegrees(), (city.northLat() - lat) / city.cellDegrees(), w, h);
    }
}
