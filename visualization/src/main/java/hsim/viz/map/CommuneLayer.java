package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.Commune;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The land: communes in pastel hues darkened by modelled population density, their boundaries and the
 * coastline, and their names (with population) placed where they do not crowd the facility markers.
 */
final class CommuneLayer {
    private final City city;
    private final MapProjection at;
    private final Map<Integer, Color> communeColour = new LinkedHashMap<>();

    CommuneLayer(City city, MapProjection at) {
        this.city = city;
        this.at = at;
        int i = 0;
        for (Commune k : city.communeMap().values()) {
            communeColour.put(k.code(), k.populated() ? MapPalette.COMMUNE_COLOURS[i++ % MapPalette.COMMUNE_COLOURS.length] : MapPalette.OUTSIDE);
        }
    }

    void drawLand(Graphics2D g, int w, int h) {
        int gw = city.width(), gh = city.height();
        BufferedImage cells = new BufferedImage(gw, gh, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < gh; y++) {
            double areaKm2 = city.cellAreaKm2(y);
            for (int x = 0; x < gw; x++) {
                int code = city.communes().field[x][y];
                if (code == 0) { cells.setRGB(x, y, MapPalette.SEA.getRGB()); continue; }
                Color base = communeColour.getOrDefault(code, MapPalette.OUTSIDE);
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

    void drawBoundaries(Graphics2D g, int w, int h, double s) {
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
        g.setColor(MapPalette.COAST);
        g.setStroke(new BasicStroke((float) (1.3 * s)));
        g.draw(coast);
    }

    void drawCommuneNames(Graphics2D g, int w, int h, double s) {
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
                    ? at.toPixel((a[0] / a[2] + a[3] / k.population()) / 2, (a[1] / a[2] + a[4] / k.population()) / 2, w, h)
                    : at.toPixel(a[0] / a[2], a[1] / a[2], w, h);
            if (k.populated()) {
                Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(17 * s));
                Symbols.haloText(g, k.name().toUpperCase(java.util.Locale.ROOT), f, p.x, p.y, new Color(0x3A3F4A), true);
                Font f2 = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * s));
                Symbols.haloText(g, String.format(java.util.Locale.ROOT, "%,d people (IHSI 2015)", k.population()), f2, p.x, p.y + 16 * s,
                        new Color(0x4A4F5A), true);
            } else {
                Font f = new Font(Font.SANS_SERIF, Font.ITALIC, (int) Math.round(13 * s));
                Symbols.haloText(g, k.name() + " (not modelled)", f, p.x, p.y, new Color(0x77736A), true);
            }
        }
    }
}
