package hsim.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class MapCommandTest {
    @TempDir Path dir;

    @Test
    void writesASlideSizedPngWithSeaAndRoads() throws Exception {
        Path png = dir.resolve("sub/map.png");
        assertEquals(Main.OK, Main.execute("map", "--out", png.toString(), "--width", "1200"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "a readable PNG");
        assertTrue(img.getWidth() >= 1200);
        // the map spans 72.58-72.15 W, 18.72-18.38 N: the bay at 18.60 N 72.42 W is sea
        int sx = (int) ((-72.42 + 72.58) / 0.43 * img.getWidth());
        int sy = (int) ((18.72 - 18.60) / 0.34 * img.getHeight());
        assertEquals(new Color(0xA9CCE3).getRGB(), img.getRGB(sx, sy));
        // RN1 waypoint 18.645 N 72.308 W: arterial red-orange within a pixel
        int rx = (int) ((-72.308 + 72.58) / 0.43 * img.getWidth());
        int ry = (int) ((18.72 - 18.645) / 0.34 * img.getHeight());
        boolean road = false;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                Color c = new Color(img.getRGB(rx + dx, ry + dy));
                road |= c.getRed() > 190 && c.getGreen() < 100 && c.getBlue() < 60;
            }
        }
        assertTrue(road, "arterial road pixel near RN1 waypoint");
    }

    @Test
    void defaultWidthIs1600() throws Exception {
        Path png = dir.resolve("map.png");
        assertEquals(Main.OK, Main.execute("map", "--out", png.toString()));
        assertEquals(1600, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void badWidthAndBadDataExitWith2() throws Exception {
        assertEquals(Main.BAD_INPUT, Main.execute("map", "--out", dir.resolve("a.png").toString(), "--width", "10"));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(Main.BAD_INPUT, Main.execute("map", "--out", dir.resolve("b.png").toString(), "--data", dir.resolve("empty").toString()));
        assertFalse(Files.exists(dir.resolve("b.png")));
    }
}
