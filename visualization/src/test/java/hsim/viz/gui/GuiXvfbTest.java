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
import java.nio.file.StandardCopyOption;
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

    /**
     * Runs {@code main} in a child JVM on a fresh Xvfb display, in the test's temporary folder (MASON's
     * snapshot and checkpoint buttons save Untitled.* in the working folder), with {@code out} as its first
     * argument; fails when it does not finish within 5 minutes.
     */
    private Process runChild(Class<?> main, Path log, String... args) throws Exception {
        int display = startXvfb();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=false", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), main.getName(), out.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(out.toFile());
        pb.environment().put("DISPLAY", ":" + display);
        Process child = pb.start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail(main.getSimpleName() + " did not finish; its output:\n" + read(log));
        }
        return child;
    }

    @Test
    void guiShowsMapAgentsAndCharts() throws Exception {
        Path log = out.resolve("child.log");
        Process child = runChild(GuiSmoke.class, log, Integer.toString(DAYS));
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

    /**
     * Opens every Console menu, display toolbar button, magnifying-glass inspector and object inspector
     * in a child JVM ({@link GuiTour}) and fails on any exception it prints: no button may be dead.
     * MASON's chart inspectors (JFreeChart 1.0.x) and the movie button (JMF) must not be offered; the
     * JFreeChart 1.5 {@link PropertyChartInspector} is, and plots points as the model runs.
     */
    @Test
    void everyMenuButtonAndInspectorOpensWithoutAnException() throws Exception {
        Path log = out.resolve("tour.log");
        Process child = runChild(GuiTour.class, log);
        String output = read(log);
        Path keep = Path.of("target", "gui-tour");
        Files.createDirectories(keep);
        Files.writeString(keep.resolve("tour.log"), output);
        for (String png : List.of("tour.png", "property-chart.png")) {
            if (Files.exists(out.resolve(png))) Files.copy(out.resolve(png), keep.resolve(png), StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(0, child.exitValue(), () -> "GUI tour failed; its output:\n" + output);
        for (String line : output.split("\n")) {
            boolean trouble = line.contains("Exception") || line.contains("Error") || line.startsWith("\tat ");
            assertTrue(!trouble, () -> "the GUI tour logged an exception:\n" + output);
        }
        List<String> tour = Files.readAllLines(out.resolve("tour.txt"));
        assertTrue(tour.contains("display toolbar: 5 buttons; movie button visible: false") || tour.stream().anyMatch(l -> l.endsWith("movie button visible: false")),
                () -> "movie button offered without JMF:\n" + String.join("\n", tour));
        long glassPopups = tour.stream().filter(l -> l.startsWith("popup of Show Additional Per-Property Inspectors")).count();
        assertTrue(glassPopups > 5, () -> "too few magnifying-glass popups opened:\n" + String.join("\n", tour));
        assertTrue(tour.stream().noneMatch(l -> l.startsWith("popup of Show Additional") && l.matches(".*([\\[ ]Chart[,\\]]|Make (Histogram|Scatter Plot|Pie Chart|Bar Chart|Bubble Chart|BoxPlot)).*")),
                () -> "MASON's chart inspectors are still offered:\n" + String.join("\n", tour));
        assertTrue(tour.stream().anyMatch(l -> l.startsWith("popup of Show Additional") && l.contains("Chart over time")),
                () -> "the JFreeChart 1.5 property chart is not offered:\n" + String.join("\n", tour));
        String points = tour.stream().filter(l -> l.startsWith("chart inspectors' points: ")).findFirst().orElse("");
        assertTrue(points.matches("chart inspectors' points: \\[[1-9].*"), () -> "no property chart plotted a point: " + points);
        assertTrue(tour.stream().anyMatch(l -> l.startsWith("menu ")), "no Console menu opened");
        assertTrue(tour.stream().anyMatch(l -> l.startsWith("object inspectors: ") && !l.equals("object inspectors: 0")),
                () -> "no object inspector opened:\n" + String.join("\n", tour));
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
