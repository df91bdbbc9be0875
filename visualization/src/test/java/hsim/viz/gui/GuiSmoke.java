package hsim.viz.gui;

import hsim.model.gangs.GangCell;
import hsim.viz.scene.Colours;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Child-process driver for {@link GuiXvfbTest} (and for the README screenshots): opens the real GUI on
 * the X server in DISPLAY, presses Play, lets the model run {@code days} simulated days, pauses, then
 * captures the display and chart windows from the screen with {@link Robot} and writes what the test
 * checks: display.png, chart.png, screen.png, gangs.csv (pixel of each gang marker in display.png
 * and its expected colour) and result.properties (frames painted, steps, wall seconds).
 *
 * <p>Usage: {@code GuiSmoke OUT_DIR DAYS [OPTION] [RENDER_FRAMES]}; RENDER_FRAMES repaints of the paused
 * display measure the pure drawing rate.
 */
public final class GuiSmoke {
    private static final long MAX_WAIT_MS = 240_000;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        String option = args.length > 2 ? args[2] : "rapid-force";
        int renderFrames = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Files.createDirectories(out);
        try {
            run(out, days, option, renderFrames);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(3);
        }
        System.exit(0); // the Console's frames would keep the JVM alive
    }

    private static void run(Path out, int days, String option, int renderFrames) throws Exception {
        HaitiModelWithUI gui = new HaitiModelWithUI(new ModelSettings(option, 1, List.of()));
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setVisible(true);
            javax.swing.JTabbedPane tabs = console[0].getTabPane();
            int model = tabs.indexOfTab("Model");
            if (model >= 0) tabs.setSelectedIndex(model); // the screenshots show the editable parameters
        });
        long f0 = gui.frameCounter().frames();
        long t0 = System.nanoTime();
        console[0].pressPlay();
        long deadline = System.currentTimeMillis() + MAX_WAIT_MS;
        while (gui.model().hoursDone() < days * 24L) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("the GUI did not reach day " + days);
            Thread.sleep(50);
        }
        console[0].pressPause();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long frames = gui.frameCounter().frames() - f0;
        long steps = gui.model().hoursDone();
        SwingUtilities.invokeAndWait(() -> { }); // let queued chart updates and repaints run
        SwingUtilities.invokeAndWait(() -> gui.display().insideDisplay.paintImmediately(
                new Rectangle(gui.display().insideDisplay.getSize())));
        double renderFps = renderFrames > 0 ? measureRendering(gui, renderFrames) : Double.NaN;
        Thread.sleep(300);

        Robot robot = new Robot();
        Rectangle disp = screenBounds(gui.display().insideDisplay);
        ImageIO.write(robot.createScreenCapture(disp), "png", out.resolve("display.png").toFile());
        ImageIO.write(robot.createScreenCapture(screenBounds((JComponent) gui.charts().frame().getContentPane())), "png",
                out.resolve("chart.png").toFile());
        Rectangle all = new Rectangle(0, 0, console[0].getX() + console[0].getWidth(),
                Math.max(gui.charts().frame().getHeight(), Math.max(console[0].getHeight(), gui.display().getFrame().getHeight())));
        ImageIO.write(robot.createScreenCapture(all), "png", out.resolve("screen.png").toFile());
        writeGangs(gui, disp, out.resolve("gangs.csv"));

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("result.properties")))) {
            w.printf(Locale.ROOT, "days=%d%nsteps=%d%nframes=%d%nseconds=%.3f%nfps=%.2f%nrender_fps=%.2f%n",
                    days, steps, frames, seconds, frames / seconds, renderFps);
            w.printf(Locale.ROOT, "convoys=%d%npolice=%d%ntroops=%d%n", gui.view().convoys.getAllObjects().numObjs,
                    gui.view().police.getAllObjects().numObjs, gui.view().troops.getAllObjects().numObjs);
        }
    }

    /** Repaints the paused display {@code n} times on the Swing thread: frames per second of drawing alone. */
    private static double measureRendering(HaitiModelWithUI gui, int n) throws Exception {
        long[] ns = new long[1];
        SwingUtilities.invokeAndWait(() -> {
            JComponent c = gui.display().insideDisplay;
            Rectangle r = new Rectangle(c.getSize());
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) c.paintImmediately(r);
            ns[0] = System.nanoTime() - t;
        });
        return n / (ns[0] / 1e9);
    }

    private static Rectangle screenBounds(JComponent c) throws Exception {
        Rectangle[] r = new Rectangle[1];
        SwingUtilities.invokeAndWait(() -> {
            Point p = c.getLocationOnScreen();
            r[0] = new Rectangle(p.x, p.y, c.getWidth(), c.getHeight());
        });
        return r[0];
    }

    /** Where each live gang's marker is in display.png (the field fills the display at scale 1). */
    private static void writeGangs(HaitiModelWithUI gui, Rectangle disp, Path file) throws IOException {
        WorldView v = gui.view();
        double sx = disp.width / (double) v.width, sy = disp.height / (double) v.height;
        StringBuilder b = new StringBuilder("x,y,rgb\n");
        for (Markers.Gang g : v.gangMarkers()) {
            GangCell c = g.cell();
            int px = (int) ((c.baseCell % v.width + 0.5) * sx), py = (int) ((c.baseCell / v.width + 0.5) * sy);
            b.append(px).append(',').append(py).append(',').append(Colours.coalition(c.coalition).getRGB() & 0xFFFFFF).append('\n');
        }
        Files.writeString(file, b.toString());
    }
}
