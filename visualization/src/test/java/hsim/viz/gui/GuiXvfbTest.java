package hsim.viz.gui;

import hsim.viz.scene.Colours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts the real GUI on a real X server: this test launches {@code Xvfb} on a free display number,
 * runs {@link GuiSmoke} in a child JVM with DISPLAY pointing at it (AWT binds to one display per JVM,
 * and the test JVM itself stays headless), lets the model play two simulated days, and checks the
 * screen captures: the display shows the sea and the map, gang markers in their coalition colours where
 * the gangs are, police and convoys; the chart window shows plotted series.
 */
class GuiXvfbTest {
    private static final int DAYS = 2;
    private Process xvfb;

    @TempDir Path out;

    @AfterEach
    void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void guiShowsMapAgentsAndCharts() throws Exception {
        int display = startXvfb();
        Path log = out.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=false", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), GuiSmoke.class.getName(), out.toString(), Integer.toString(DAYS))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", ":" + display);
        Process child = pb.start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail("the GUI child did not finish; its output:\n" + Files.readString(log));
        }
        assertEquals(0, child.exitValue(), () -> "GUI child failed; its output:\n" + read(log));

        Properties r = new Properties();
        try (InputStream in = Files.newInputStream(out.resolve("result.properties"))) { r.load(in); }
        assertTrue(Long.parseLong(r.getProperty("steps")) >= DAYS * 24L, "steps: " + r);
        assertTrue(Long.parseLong(r.getProperty("frames")) > 0, "the display never painted: " + r);
        System.out.println("GUI under Xvfb: " + r);

        BufferedImage map = ImageIO.read(out.resolve("display.png").toFile());
        double sea = share(map, Colours.SEA.getRGB());
        assertTrue(sea > 0.10 && sea < 0.9, "share of sea-blue pixels in the display: " + sea);
        assertTrue(count(map, Colours.POLICE.getRGB()) > 20, "no police units drawn");
        assertTrue(Long.parseLong(r.getProperty("convoys")) == 0 || countCargo(map) > 0, "convoys on the road but none drawn");

        List<String> gangs = Files.readAllLines(out.resolve("gangs.csv"));
        int seen = 0, n = 0;
        for (String line : gangs.subList(1, gangs.size())) {
            String[] f = line.split(",");
            n++;
            if (near(map, Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), 2)) seen++;
        }
        assertTrue(n > 10, "too few live gangs to check: " + n);
        // a few markers may sit under a police square or a troop disc drawn above them
        assertTrue(seen >= 0.8 * n, seen + " of " + n + " gang markers show their coalition colour at their base");

        BufferedImage chart = ImageIO.read(out.resolve("chart.png").toFile());
        assertTrue(chart.getWidth() > 400 && chart.getHeight() > 300, "chart window too small");
        assertTrue(count(chart, 0xD62728) > 30, "no plotted series (first-series red) in the chart window");
        assertTrue(share(chart, 0xFFFFFF) > 0.5, "the chart window is not a chart (mostly white background expected)");
    }

    /** Starts Xvfb on the first free display number; fails clearly when Xvfb is not installed. */
    private int startXvfb() throws IOException, InterruptedException {
        String exe = findOnPath("Xvfb");
        if (exe == null) fail("Xvfb is not installed; this test needs a real X server (Debian: apt-get install xvfb xauth)");
        for (int n = 91; n < 200; n++) {
            if (new File("/tmp/.X11-unix/X" + n).exists() || new File("/tmp/.X" + n + "-lock").exists()) continue;
            Process p = new ProcessBuilder(exe, ":" + n, "-screen", "0", "2400x1100x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 200 && p.isAlive(); i++) {
                if (new File("/tmp/.X11-unix/X" + n).exists()) {
                    xvfb = p;
                    return n;
                }
                Thread.sleep(50);
            }
            p.destroy(); // lost a race for this number, or it would not start: try the next
        }
        fail("could not start Xvfb on any display :91-:199");
        return -1;
    }

    private static String findOnPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(dir, exe);
            if (f.canExecute()) return f.getPath();
        }
        return null;
    }

    private static String read(Path p) {
        try { return Files.readString(p); } catch (IOException e) { return "(unreadable: " + e + ")"; }
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) n++;
        return n;
    }

    private static double share(BufferedImage img, int rgb) {
        return count(img, rgb) / (double) (img.getWidth() * img.getHeight());
    }

    private static int countCargo(BufferedImage img) {
        int n = 0;
        for (hsim.model.supply.Cargo c : hsim.model.supply.Cargo.values()) n += count(img, Colours.cargo(c).getRGB());
        return n;
    }

    /** Whether a pixel within {@code r} of (x, y) has exactly colour {@code rgb}. */
    private static boolean near(BufferedImage img, int x, int y, int rgb, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int px = x + dx, py = y + dy;
                if (px >= 0 && py >= 0 && px < img.getWidth() && py < img.getHeight() && (img.getRGB(px, py) & 0xFFFFFF) == rgb) return true;
            }
        }
        return false;
    }
}
