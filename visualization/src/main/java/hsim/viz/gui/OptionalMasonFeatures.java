package hsim.viz.gui;

import sim.display.Display2D;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;

/**
 * MASON 18 offers GUI features whose libraries hsim does not ship (docs: shared MASON notes): its
 * per-property chart inspectors need JFreeChart 1.0.x + JCommon (hsim uses 1.5, where they fail with
 * {@code NoClassDefFoundError: org/jfree/ui/RectangleInsets}), and the display's movie button needs JMF.
 * Rather than offer buttons that crash, they are withdrawn unless their library is on the class path, and
 * the chart inspectors give way to {@link PropertyChartInspector}, drawn with JFreeChart 1.5. Snapshots
 * stay: without iText MASON saves them as PNG only.
 */
final class OptionalMasonFeatures {
    private OptionalMasonFeatures() {}

    /**
     * Replaces MASON's chart inspectors in every magnifying-glass menu by {@link PropertyChartInspector}
     * when they cannot run. Call before the Console builds its Model tab (its menus are built from this list).
     */
    static void replaceUnusablePropertyInspectors() {
        if (masonChartsWork()) return;
        Bag names = PropertyInspector.getPropertyInspectorClassNames(); // MASON's own list, read once and kept
        synchronized (names) {
            for (int i = names.numObjs - 1; i >= 0; i--) {
                if (String.valueOf(names.objs[i]).endsWith("ChartingPropertyInspector")) names.remove(i);
            }
            if (!names.contains(PropertyChartInspector.class.getName())) names.add(PropertyChartInspector.class.getName());
        }
    }

    /** Hides the movie button unless the Java Media Framework that MASON's MovieMaker calls is present. */
    static void hideUnavailableButtons(Display2D display) {
        if (display.movieButton != null) display.movieButton.setVisible(present("javax.media.Manager"));
    }

    /** MASON's chart generators link against JFreeChart 1.0.x: build one to see whether they run here. */
    static boolean masonChartsWork() {
        try {
            Class.forName("sim.util.media.chart.TimeSeriesChartGenerator").getConstructor().newInstance();
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return false;
        }
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, OptionalMasonFeatures.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
