package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.Road;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws a {@link City} as a base map, layer by layer: sea and communes ({@link CommuneLayer}), roads
 * ({@link RoadLayer}), facilities ({@link FacilityLayer}) and, unless turned off, the title and legend
 * ({@link BaseMapLegend}), scale bar, north arrow and attribution ({@link MapFurniture}). The map fills
 * the whole target rectangle (grid x,y scaled independently, so give it the height from
 * {@link #heightFor} to keep metric proportions). {@link #toPixel} maps grid coordinates for overlays
 * drawn on top (e.g. gang territory in the GUI or report). Works headless.
 */
public final class CityMapRenderer {
    public static final Color SEA = MapPalette.SEA;
    public static final Color ARTERIAL = MapPalette.ARTERIAL;

    private final MapProjection at;
    private final CommuneLayer communes;
    private final RoadLayer roads;
    private final FacilityLayer facilities;
    private final BaseMapLegend legend;
    private final MapFurniture furniture;
    private boolean decorations = true;

    public CityMapRenderer(City city) {
        this.at = new MapProjection(city);
        this.communes = new CommuneLayer(city, at);
        this.roads = new RoadLayer(city, at);
        this.facilities = new FacilityLayer(city, at);
        this.legend = new BaseMapLegend(city);
        this.furniture = new MapFurniture(city);
    }

    /** Whether to draw title, legend, scale bar and north arrow (default true); off for GUI backgrounds. */
    public CityMapRenderer decorations(boolean on) {
        this.decorations = on;
        return this;
    }

    /** Image height that keeps the map's metric proportions at the given width. */
    public int heightFor(int width) { return at.heightFor(width); }

    /** Pixel position of grid coordinates (x east, y south; cell centres at +0.5) in a w x h drawing. */
    public Point2D.Double toPixel(double gridX, double gridY, int w, int h) { return at.toPixel(gridX, gridY, w, h); }

    /** Pixel position of a WGS84 point. */
    public Point2D.Double toPixel(double lat, double lon, int w, int h, boolean latLon) { return at.toPixel(lat, lon, w, h, latLon); }

    /** The road as drawn: its waypoints in pixel space. */
    public Path2D.Double polyline(Road r, int w, int h) { return roads.polyline(r, w, h); }

    /** A width x (proportional height) RGB image of the map. */
    public BufferedImage render(int width) {
        int height = heightFor(width);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Renders and writes a PNG. */
    public void writePng(int width, Path out) throws IOException {
        BufferedImage img = render(width);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(img, "png", out.toFile())) throw new IOException("no PNG writer available");
    }

    /** Draws the whole map into {@code g} over the rectangle (0,0)-(w,h). */
    public void draw(Graphics2D g, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = w / 1600.0; // sizes are designed for a 1600 px wide map
        communes.drawLand(g, w, h);
        communes.drawBoundaries(g, w, h, s);
        roads.draw(g, w, h, s);
        communes.drawCommuneNames(g, w, h, s);
        facilities.draw(g, w, h, s);
        if (decorations) {
            legend.draw(g, w, h, s);
            furniture.drawScaleBar(g, w, h, s);
            furniture.drawNorthArrow(g, w, h, s);
            furniture.drawAttribution(g, w, h, s);
        }
    }
}
