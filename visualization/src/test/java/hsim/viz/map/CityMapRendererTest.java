package hsim.viz.map;

import hsim.model.city.City;
import hsim.model.city.CityLoader;
import hsim.model.city.FacilityKind;
import hsim.model.city.RoadClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

class CityMapRendererTest {
    static City city;
    static CityMapRenderer renderer;
    static BufferedImage img;

    @BeforeAll
    static void render() {
        city = CityLoader.loadBuiltIn();
        renderer = new CityMapRenderer(city);
        img = renderer.render(1200);
    }

    /** Whether some pixel within {@code r} of (x, y) is within {@code tol} of colour c in every channel. */
    static boolean near(BufferedImage img, Point2D.Double p, int r, Color c, int tol) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int x = (int) p.x + dx, y = (int) p.y + dy;
                if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) continue;
                Color q = new Color(img.getRGB(x, y));
                if (Math.abs(q.getRed() - c.getRed()) <= tol && Math.abs(q.getGreen() - c.getGreen()) <= tol
                        && Math.abs(q.getBlue() - c.getBlue()) <= tol) return true;
            }
        }
        return false;
    }

    @Test
    void keepsMetricProportions() {
        assertEquals(1200, img.getWidth());
        // 430 cells x ~105.6 m wide, 340 x ~110.6 m high
        assertEquals(1200 * 340 * 110.6 / (430 * 105.6), img.getHeight(), 3);
    }

    @Test
    void bayIsSeaBlue() {
        // the middle of the bay of Port-au-Prince, west of Cite Soleil, clear of the legend
        Point2D.Double p = renderer.toPixel(18.60, -72.42, img.getWidth(), img.getHeight(), true);
        assertFalse(city.isLand(city.cell(city.xOf(-72.42), city.yOf(18.60))));
        assertEquals(CityMapRenderer.SEA.getRGB(), img.getRGB((int) p.x, (int) p.y));
    }

    @Test
    void arterialRoadsAreDrawnWhereTheyRun() {
        // RN1 crosses the plain north of Croix-des-Missions; Route de l'Aeroport east of the old airport
        double[][] onRoad = {{18.6450, -72.3080}, {18.5680, -72.3130}, {18.5320, -72.4400}};
        for (double[] ll : onRoad) {
            Point2D.Double p = renderer.toPixel(ll[0], ll[1], img.getWidth(), img.getHeight(), true);
            assertTrue(near(img, p, 1, CityMapRenderer.ARTERIAL, 20), "arterial colour at " + ll[0] + "," + ll[1]);
        }
        // and not out in the hills of Kenscoff, far from any arterial
        Point2D.Double hills = renderer.toPixel(18.42, -72.35, img.getWidth(), img.getHeight(), true);
        assertFalse(near(img, hills, 3, CityMapRenderer.ARTERIAL, 20));
    }

    @Test
    void drawsASyntheticCityWithoutDecorations() {
        City.Builder b = City.builder(20, 10).facility("h", FacilityKind.HOSPITAL, 5, 5);
        for (int x = 0; x < 20; x++) b.road(x, 2, RoadClass.ARTERIAL);
        for (int y = 0; y < 10; y++) b.sea(0, y);
        City small = b.build();
        BufferedImage out = new CityMapRenderer(small).decorations(false).render(400);
        assertEquals(400, out.getWidth());
        assertEquals(CityMapRenderer.SEA.getRGB(), out.getRGB(2, out.getHeight() / 2));
    }
}
