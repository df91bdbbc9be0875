package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.Commune;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.city.Road;
import hsim.model.city.RoadClass;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a {@link City} as a base map: sea, communes shaded by modelled population density and named,
 * roads by class, facilities by kind, with title, legend, scale bar and north arrow. The map fills the
 * whole target rectangle (grid x,y scaled independently, so give it the height from {@link #heightFor}
 * to keep metric proportions). {@link #toPixel} maps grid coordinates for overlays drawn on top
 * (e.g. gang territory in the GUI or report). Works headless.
 */
public final class CityMapRenderer {
    public static final Color SEA = new Color(0xA9CCE3);
    public static final Color COAST = new Color(0x4A6F8A);
    public static final Color ARTERIAL = new Color(0xD9481C);
    public static final Color ARTERIAL_CASING = new Color(0x6B1D08);
    public static final Color SECONDARY = new Color(0xF2C230);
    public static final Color SECONDARY_CASING = new Color(0x6E5612);
    private static final Color OUTSIDE = new Color(0xE3DFD3);
    private static final Color INK = new Color(0x1E2430);
    /** Pastel hues for the populated communes, in commune order. */
    private static final Color[] COMMUNE_COLOURS = {
        new Color(0xF4C7A1), new Color(0xC9DFA8), new Color(0xF6E3A2), new Color(0xD7C6E8), new Color(0xB9DDD6),
        new Color(0xF2B8C6), new Color(0xC4D4EE), new Color(0xE4CFA9), new Color(0xD3E6B5), new Color(0xEBC9E0)};

    private final City city;
    private final Map<Integer, Color> communeColour = new LinkedHashMap<>();
    private boolean decorations = true;

    public CityMapRenderer(City city) {
        this.city = city;
        int i = 0;
        for (Commune k : city.communeMap().values()) {
            communeColour.put(k.code(), k.populated() ? COMMUNE_COLOURS[i++ % COMMUNE_COLOURS.length] : OUTSIDE);
        }
    }

    /** Whether to draw title, legend, scale bar and north arrow (default true); off for GUI backgrounds. */
    public CityMapRenderer decorations(boolean on) {
        this.decorations = on;
        return this;
    }

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
        drawLand(g, w, h);
        drawBoundaries(g, w, h, s);
        drawRoads(g, w, h, s);
        drawCommuneNames(g, w, h, s);
        drawFacilities(g, w, h, s);
        if (decorations) {
            drawTitleAndLegend(g, w, h, s);
            drawScaleBar(g, w, h, s);
            drawNorthArrow(g, w, h, s);
            drawAttribution(g, w, h, s);
        }
    }

    // ---- layers ---------------------------------------------------------------------------------

    private void drawLand(Graphics2D g, int w, int h) {
        int gw = city.width(), gh = city.height();
        BufferedImage cells = new BufferedImage(gw, gh, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < gh; y++) {
            double areaKm2 = city.cellAreaKm2(y);
            for (int x = 0; x < gw; x++) {
                int code = city.communes().field[x][y];
                if (code == 0) { cells.setRGB(x, y, SEA.getRGB()); continue; }
                Color base = communeColour.getOrDefault(code, OUTSIDE);
                double density = city.population().field[x][y] / areaKm2;
                cells.setRGB(x, y, shade(base, density).getRGB());
            }
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(cells, 0, 0, w, h, null);
    }

    /** Darkens a commune's colour with log population density: 1,000/km² keeps it, 100,000/km² is much darker. */
    static Color shade(Color base, double perKm2) {
        if (perKm2 <= 0) return base;
        double t = Math.max(0, Math.min(1, (Math.log10(perKm2) - 3) / 2));
        double f = 1 - 0.45 * t;
        return new Color((int) (base.getRed() * f), (int) (base.getGreen() * f), (int) (base.getBlue() * f));
    }

    private void drawBoundaries(Graphics2D g, int w, int h, double s) {
        Path2D.Double coast = new Path2D.Double();
        Path2D.Double borders = new Path2D.Double();
        int gw = city.width(), gh = city.height();
        double sx = (double) w / gw, sy = (double) h / gh;
        int[][] c = city.communes().field;
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                int a = c[x][y];
                if (x + 1 < gw && c[x + 1][y] != a) {
                    Path2D.Double p = (a == 0 || c[x + 1][y] == 0) ? coast : borders;
                    p.moveTo((x + 1) * sx, y * sy);
                    p.lineTo((x + 1) * sx, (y + 1) * sy);
                }
                if (y + 1 < gh && c[x][y + 1] != a) {
                    Path2D.Double p = (a == 0 || c[x][y + 1] == 0) ? coast : borders;
                    p.moveTo(x * sx, (y + 1) * sy);
                    p.lineTo((x + 1) * sx, (y + 1) * sy);
                }
            }
        }
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke((float) (2.2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(borders);
        g.setColor(new Color(0x7A7468));
        g.setStroke(new BasicStroke((float) (0.9 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (5 * s), (float) (3 * s)}, 0f));
        g.draw(borders);
        g.setColor(COAST);
        g.setStroke(new BasicStroke((float) (1.3 * s)));
        g.draw(coast);
    }

    private void drawCommuneNames(Graphics2D g, int w, int h, double s) {
        int gw = city.width(), gh = city.height();
        Map<Integer, double[]> sums = new LinkedHashMap<>();
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                int code = city.communes().field[x][y];
                if (code == 0) continue;
                double[] a = sums.computeIfAbsent(code, k -> new double[5]);
                a[0] += x + 0.5;
                a[1] += y + 0.5;
                a[2]++;
                double pop = city.population().field[x][y];
                a[3] += pop * (x + 0.5);
                a[4] += pop * (y + 0.5);
            }
        }
        for (Map.Entry<Integer, double[]> e : sums.entrySet()) {
            Commune k = city.commune(e.getKey());
            if (k == null) continue;
            double[] a = e.getValue();
            if (a[2] < 150) continue; // slivers at the map edge carry no readable label
            // populated communes are named half-way between their area centroid and their population
            // centroid: the first can be empty hills, the second is crowded with facility markers
            Point2D.Double p = k.populated()
                    ? toPixel((a[0] / a[2] + a[3] / k.population()) / 2, (a[1] / a[2] + a[4] / k.population()) / 2, w, h)
                    : toPixel(a[0] / a[2], a[1] / a[2], w, h);
            if (k.populated()) {
                Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(17 * s));
                haloText(g, k.name().toUpperCase(java.util.Locale.ROOT), f, p.x, p.y, new Color(0x3A3F4A), true);
                Font f2 = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * s));
                haloText(g, String.format("%,d people (IHSI 2015)", k.population()), f2, p.x, p.y + 16 * s,
                        new Color(0x4A4F5A), true);
            } else {
                Font f = new Font(Font.SANS_SERIF, Font.ITALIC, (int) Math.round(13 * s));
                haloText(g, k.name() + " (not modelled)", f, p.x, p.y, new Color(0x77736A), true);
            }
        }
    }

    private void drawRoads(Graphics2D g, int w, int h, double s) {
        for (RoadClass rc : new RoadClass[] {RoadClass.SECONDARY, RoadClass.ARTERIAL}) {
            float wide = (float) ((rc == RoadClass.ARTERIAL ? 6.5 : 4.5) * s);
            float narrow = (float) ((rc == RoadClass.ARTERIAL ? 4.0 : 2.6) * s);
            for (int pass = 0; pass < 2; pass++) {
                g.setStroke(new BasicStroke(pass == 0 ? wide : narrow, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(rc == RoadClass.ARTERIAL ? (pass == 0 ? ARTERIAL_CASING : ARTERIAL)
                        : (pass == 0 ? SECONDARY_CASING : SECONDARY));
                for (Road r : city.roads()) if (r.roadClass() == rc) g.draw(polyline(r, w, h));
            }
        }
    }

    /** The road as drawn: its waypoints in pixel space. */
    public Path2D.Double polyline(Road r, int w, int h) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < r.waypoints(); i++) {
            Point2D.Double q = toPixel(r.lat()[i], r.lon()[i], w, h, true);
            if (i == 0) p.moveTo(q.x, q.y); else p.lineTo(q.x, q.y);
        }
        return p;
    }

    private static final List<String> LABELLED = List.of("apn_port", "varreux_terminal", "airport", "port_lafito", "hueh");

    private void drawFacilities(Graphics2D g, int w, int h, double s) {
        // draw the less important kinds first so ports and hospitals stay on top
        FacilityKind[] order = {FacilityKind.ROAD_JUNCTION, FacilityKind.OTHER, FacilityKind.GOVERNMENT,
            FacilityKind.WATER_POINT, FacilityKind.MARKET, FacilityKind.POLICE_STATION, FacilityKind.MILITARY_BASE,
            FacilityKind.CLINIC, FacilityKind.HOSPITAL, FacilityKind.POWER_PLANT, FacilityKind.FUEL_TERMINAL,
            FacilityKind.AIRPORT, FacilityKind.SEAPORT};
        for (FacilityKind kind : order) {
            for (Facility f : city.facilities()) {
                if (f.kind() != kind) continue;
                Point2D.Double p = toPixel(f.x() + 0.5, f.y() + 0.5, w, h);
                marker(g, kind, p.x, p.y, s);
            }
        }
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * s));
        for (String id : LABELLED) {
            Facility f = city.facility(id);
            if (f == null) continue;
            Point2D.Double p = toPixel(f.x() + 0.5, f.y() + 0.5, w, h);
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
            haloText(g, label, font, tx, ty, INK, false);
        }
    }

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
        g.setColor(kind == FacilityKind.HOSPITAL || kind == FacilityKind.CLINIC ? Color.WHITE : INK);
        g.setStroke(new BasicStroke((float) (1.2 * s)));
        g.draw(shape);
        if (kind == FacilityKind.HOSPITAL || kind == FacilityKind.CLINIC) {
            g.setColor(new Color(0x8A1010));
            g.setStroke(new BasicStroke((float) (0.6 * s)));
            g.draw(cross(x, y, (kind == FacilityKind.HOSPITAL ? r : r * 0.8) + 1.2 * s));
        }
    }

    // ---- decorations ----------------------------------------------------------------------------

    private void drawTitleAndLegend(Graphics2D g, int w, int h, double s) {
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
        g.setColor(INK);
        g.setFont(title);
        g.drawString(city.name().equals("Port-au-Prince") ? "Port-au-Prince" : city.name(), (float) x, (float) y);
        y += 22 * s;
        g.setFont(sub);
        g.setColor(new Color(0x4A5260));
        g.drawString("Metropolitan area \u2014 hsim base map", (float) x, (float) y);
        y += 18 * s;
        g.drawString(String.format("%d \u00d7 %d cells of %.3f\u00b0 (~%.0f \u00d7 %.0f m)", city.width(), city.height(),
                city.cellDegrees(), city.cellWidthM(city.height() / 2), city.cellHeightM()), (float) x, (float) y);

        y += 30 * s;
        g.setFont(head);
        g.setColor(INK);
        g.drawString("Roads (loaded-truck free-flow speed)", (float) x, (float) y);
        y += line;
        legendRoad(g, x, y, s, ARTERIAL_CASING, ARTERIAL, 6.5, 4.0);
        label(g, item, "Arterial: RN1, RN2, RN3, RN8, Delmas, airport road \u2014 " + (int) RoadClass.ARTERIAL.speedKmh() + " km/h", x + 44 * s, y);
        y += line;
        legendRoad(g, x, y, s, SECONDARY_CASING, SECONDARY, 4.5, 2.6);
        label(g, item, "Secondary \u2014 " + (int) RoadClass.SECONDARY.speedKmh() + " km/h", x + 44 * s, y);
        y += line;
        label(g, item, "Streets on every land cell \u2014 " + (int) RoadClass.STREET.speedKmh() + " km/h (not drawn)", x + 44 * s, y);

        y += line + 8 * s;
        g.setFont(head);
        g.setColor(INK);
        g.drawString("Facilities", (float) x, (float) y);
        for (FacilityKind k : FacilityKind.values()) {
            if (!kinds.contains(k)) continue;
            y += line;
            marker(g, k, x + 18 * s, y - 4.5 * s, s);
            int n = city.facilities(k).size();
            label(g, item, legendName(k) + " (" + n + ")", x + 44 * s, y);
        }
        y += line + 8 * s;
        g.setFont(head);
        g.setColor(INK);
        g.drawString("Communes", (float) x, (float) y);
        y += line;
        double sw = 26 * s;
        Color any = COMMUNE_COLOURS[0];
        double[] dens = {1_000, 10_000, 30_000, 100_000};
        for (int i = 0; i < dens.length; i++) {
            g.setColor(shade(any, dens[i]));
            g.fill(new Rectangle2D.Double(x + i * sw, y - 11 * s, sw, 13 * s));
        }
        g.setColor(new Color(0x7A7468));
        g.draw(new Rectangle2D.Double(x, y - 11 * s, 4 * sw, 13 * s));
        label(g, item, "residents/km\u00b2: 1k \u2192 100k (modelled)", x + 4 * sw + 10 * s, y);
        y += line;
        g.setColor(OUTSIDE);
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
        g.setColor(INK);
        g.drawString(text, (float) x, (float) y);
    }

    private void drawScaleBar(Graphics2D g, int w, int h, double s) {
        double mPerPx = city.width() * city.cellWidthM(city.height() / 2) / w;
        double km = 10;
        double len = km * 1000 / mPerPx;
        double x = w - len - 60 * s, y = h - 58 * s;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(x - 16 * s, y - 30 * s, len + 50 * s, 52 * s, 10 * s, 10 * s));
        double seg = len / 5;
        for (int i = 0; i < 5; i++) {
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(new Rectangle2D.Double(x + i * seg, y, seg, 7 * s));
        }
        g.setColor(INK);
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

    private void drawNorthArrow(Graphics2D g, int w, int h, double s) {
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
        g.setColor(INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.draw(right);
        Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * s));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        g.drawString("N", (float) (cx - fm.stringWidth("N") / 2.0), (float) (cy + 27 * s));
    }

    private void drawAttribution(Graphics2D g, int w, int h, double s) {
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

    // ---- shapes and text ------------------------------------------------------------------------

    private static void haloText(Graphics2D g, String text, Font f, double x, double y, Color ink, boolean centred) {
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

    private static Shape diamond(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r, y);
        p.lineTo(x, y + r);
        p.lineTo(x - r, y);
        p.closePath();
        return p;
    }

    private static Shape triangle(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r * 0.95, y + r * 0.7);
        p.lineTo(x - r * 0.95, y + r * 0.7);
        p.closePath();
        return p;
    }

    private static Shape cross(double x, double y, double r) {
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

    private static Shape star(double x, double y, double ro, double ri) {
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

    private static Shape drop(double x, double y, double r) {
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
