package hsim.viz.gui;

import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JToggleButton;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.FileDialog;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child-process driver for {@link GuiXvfbTest#everyMenuButtonAndInspectorOpensWithoutAnException}: opens
 * the real GUI, then every Console menu, every display toolbar button and popup item, every Model-tab
 * magnifying glass and each per-property inspector it offers, the object inspectors of a display cell,
 * and the live chart's popup menu. Dialogs that open (file choosers, the stream-to dialog) are answered
 * or cancelled by a watcher. It prints one "clicked:" line per action and writes tour.txt and
 * tour.png; the parent fails on any exception in this process's output.
 */
public final class GuiTour {
    /** Items that end the session or print; everything else is clicked. */
    private static final Set<String> SKIP = Set.of("Quit", "Close", "Print...");
    private static final AtomicInteger dialogs = new AtomicInteger();
    private static final List<String> log = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.out.println("uncaught exception on " + t.getName() + ":");
            e.printStackTrace(System.out);
        });
        try {
            tour(out);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(3);
        }
        System.exit(0);
    }

    private static void tour(Path out) throws Exception {
        HaitiModelWithUI gui = new HaitiModelWithUI(new ModelSettings("rapid-force", 1, List.of()));
        Console console = onEdt(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            return c;
        });
        Thread watcher = new Thread(GuiTour::answerDialogs, "dialog-watcher");
        watcher.setDaemon(true);
        watcher.start();
        play(gui, console, 6);

        JMenuBar bar = onEdt(console::getJMenuBar);
        for (int m = 0; m < bar.getMenuCount(); m++) menu(bar.getMenu(m));

        List<AbstractButton> toolbar = onEdt(() -> buttons(gui.display().header));
        note("display toolbar: " + toolbar.size() + " buttons; movie button visible: " + gui.display().movieButton.isVisible());
        for (AbstractButton b : toolbar) {
            if (!b.isVisible()) continue;
            if (b instanceof JToggleButton t) popupItems(t);
            else click(b);
        }
        disposeFramesNamed("Options");

        Component modelTab = onEdt(() -> {
            int at = console.getTabPane().indexOfTab("Model");
            console.getTabPane().setSelectedIndex(at); // MASON places the popup at the glass: it must be showing
            return console.getTabPane().getComponentAt(at);
        });
        settle();
        List<AbstractButton> glasses = onEdt(() -> {
            List<AbstractButton> g = new ArrayList<>();
            for (AbstractButton b : buttons((Container) modelTab)) {
                if ("Show Additional Per-Property Inspectors".equals(b.getToolTipText())) g.add(b);
            }
            return g;
        });
        note("model tab: " + glasses.size() + " magnifying glasses");
        for (AbstractButton g : glasses) popupItems((JToggleButton) g);
        play(gui, console, 3); // the property inspectors update as the model runs
        java.awt.image.BufferedImage chartPicture = onEdt(() -> { // one property chart, painted for a person to look at
            for (Frame f : Frame.getFrames()) {
                if (!f.isShowing()) continue;
                for (Component c : all(f)) {
                    if (!(c instanceof PropertyChartInspector p) || p.getWidth() == 0) continue;
                    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(p.getWidth(), p.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
                    java.awt.Graphics2D g = img.createGraphics();
                    p.paint(g);
                    g.dispose();
                    return img;
                }
            }
            return null;
        });
        if (chartPicture != null) ImageIO.write(chartPicture, "png", out.resolve("property-chart.png").toFile());
        note("chart inspectors' points: " + onEdt(() -> {
            List<Integer> points = new ArrayList<>();
            for (Frame f : Frame.getFrames()) {
                if (!f.isShowing()) continue;
                for (Component c : all(f)) if (c instanceof PropertyChartInspector p) points.add(p.points());
            }
            return points;
        }));

        SwingUtilities.invokeAndWait(() -> gui.display().createInspectors(
                new Rectangle2D.Double(gui.display().insideDisplay.getWidth() / 2.0, gui.display().insideDisplay.getHeight() / 2.0, 40, 40), gui));
        note("object inspectors: " + onEdt(() -> console.getAllInspectors().size()));
        play(gui, console, 2);

        JPopupMenu chartMenu = onEdt(() -> {
            for (Component c : all(gui.charts().frame().getContentPane())) if (c instanceof org.jfree.chart.ChartPanel p) return p.getPopupMenu();
            throw new IllegalStateException("no chart panel in the live charts window");
        });
        note("chart popup: " + names(onEdt(() -> items(chartMenu))));
        for (JMenuItem item : onEdt(() -> items(chartMenu))) click(item);

        settle();
        Rectangle screen = new Rectangle(0, 0, 2400, 1100);
        ImageIO.write(new Robot().createScreenCapture(screen), "png", out.resolve("tour.png").toFile());
        note("dialogs answered: " + dialogs.get());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("tour.txt")))) {
            for (String l : log) w.println(l);
        }
    }

    private static void play(HaitiModelWithUI gui, Console console, int hours) throws Exception {
        long until = gui.model().hoursDone() + hours;
        console.pressPlay();
        long deadline = System.currentTimeMillis() + 120_000;
        while (gui.model().hoursDone() < until && System.currentTimeMillis() < deadline) Thread.sleep(20);
        console.pressPause();
        settle();
    }

    private static void menu(JMenu menu) throws Exception {
        SwingUtilities.invokeAndWait(() -> menu.setPopupMenuVisible(true));
        settle();
        List<JMenuItem> items = onEdt(() -> items(menu.getPopupMenu()));
        SwingUtilities.invokeAndWait(() -> {
            menu.setPopupMenuVisible(false);
            MenuSelectionManager.defaultManager().clearSelectedPath();
        });
        note("menu " + menu.getText() + ": " + names(items));
        for (JMenuItem i : items) {
            if (i instanceof JMenu sub) menu(sub);
            else click(i);
        }
    }

    /** Opens a toggle button's popup the way MASON does (on mouse press) and clicks every item in it. */
    private static void popupItems(JToggleButton b) throws Exception {
        SwingUtilities.invokeAndWait(() -> b.dispatchEvent(new MouseEvent(b, MouseEvent.MOUSE_PRESSED, System.currentTimeMillis(), 0, 2, 2, 1, false)));
        settle();
        JPopupMenu popup = onEdt(GuiTour::visiblePopup);
        if (popup == null) {
            note("no popup for " + describe(b));
            return;
        }
        List<JMenuItem> items = onEdt(() -> items(popup));
        note("popup of " + describe(b) + ": " + names(items));
        SwingUtilities.invokeAndWait(() -> popup.setVisible(false));
        for (JMenuItem i : items) click(i);
    }

    private static void click(AbstractButton b) throws Exception {
        String name = describe(b);
        if (SKIP.contains(b.getText()) || !b.isEnabled()) {
            note("skipped: " + name);
            return;
        }
        note("clicked: " + name);
        SwingUtilities.invokeLater(b::doClick); // not invokeAndWait: a modal dialog may open
        settle();
    }

    /** Waits until the event queue has run what is queued, dialogs included (they are answered meanwhile). */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(150);
            SwingUtilities.invokeAndWait(() -> { });
        }
    }

    /** Answers every dialog that opens: streams go to a window, file choosers and the rest are cancelled. */
    private static void answerDialogs() {
        while (true) {
            try {
                Thread.sleep(100);
                SwingUtilities.invokeLater(() -> {
                    for (Window w : Window.getWindows()) {
                        if (!(w instanceof Dialog d) || !d.isShowing()) continue;
                        dialogs.incrementAndGet();
                        note("dialog: " + d.getTitle());
                        if (d instanceof FileDialog f) { // as Cancel does: no file chosen
                            f.setFile(null);
                            f.setVisible(false);
                            continue;
                        }
                        if (d instanceof JDialog jd) answer(jd);
                        else d.dispose();
                    }
                });
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void answer(JDialog d) {
        for (Component c : all(d.getContentPane())) {
            if (c instanceof JComboBox<?> box) {
                for (int i = 0; i < box.getItemCount(); i++) if (String.valueOf(box.getItemAt(i)).contains("window")) box.setSelectedIndex(i);
            }
        }
        for (Component c : all(d.getContentPane())) {
            if (c instanceof JButton b && (b.getText().equals("OK") || b.getText().equals("Cancel") || b.getText().equals("Stream"))) {
                if (b.getText().equals("Cancel") && hasOk(d)) continue;
                b.doClick();
                return;
            }
        }
        d.dispose();
    }

    private static boolean hasOk(JDialog d) {
        for (Component c : all(d.getContentPane())) if (c instanceof JButton b && (b.getText().equals("OK") || b.getText().equals("Stream"))) return true;
        return false;
    }

    private static JPopupMenu visiblePopup() {
        for (Window w : Window.getWindows()) {
            if (!w.isShowing()) continue;
            for (Component c : all(w)) if (c instanceof JPopupMenu p && p.isShowing()) return p;
        }
        return null;
    }

    private static void disposeFramesNamed(String title) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (Frame f : Frame.getFrames()) if (f.isShowing() && f.getTitle() != null && f.getTitle().contains(title)) f.dispose();
        });
    }

    private static List<JMenuItem> items(JPopupMenu p) {
        List<JMenuItem> l = new ArrayList<>();
        for (Component c : p.getComponents()) if (c instanceof JMenuItem i) l.add(i);
        return l;
    }

    private static List<AbstractButton> buttons(Container root) {
        List<AbstractButton> l = new ArrayList<>();
        for (Component c : all(root)) if (c instanceof AbstractButton b && !(c instanceof JMenuItem)) l.add(b);
        return l;
    }

    private static List<Component> all(Container root) {
        List<Component> l = new ArrayList<>();
        for (Component c : root.getComponents()) {
            l.add(c);
            if (c instanceof Container k) l.addAll(all(k));
        }
        return l;
    }

    private static String names(List<JMenuItem> items) {
        List<String> n = new ArrayList<>();
        for (JMenuItem i : items) n.add(i.getText());
        return n.toString();
    }

    private static String describe(AbstractButton b) {
        String t = b.getText() == null || b.getText().isEmpty() ? b.getToolTipText() : b.getText();
        return t == null ? b.getClass().getSimpleName() : t;
    }

    private static synchronized void note(String line) {
        System.out.println(line);
        log.add(line);
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        Object[] r = new Object[1];
        Exception[] e = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try { r[0] = c.call(); } catch (Exception x) { e[0] = x; }
        });
        if (e[0] != null) throw e[0];
        @SuppressWarnings("unchecked") T t = (T) r[0];
        return t;
    }

}
