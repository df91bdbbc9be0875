package hsim.runner;

import hsim.viz.gui.HaitiModelWithUI;
import hsim.viz.gui.ModelSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Opens the interactive MASON GUI; returns when the user quits it. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the interactive GUI: the city map with gangs, units and convoys, live charts, and the "
                + "model parameters in the Console's Model tab. Needs a display (X11 DISPLAY).",
        footer = {"", "Examples:", "  hsim gui", "  hsim gui --scenario rapid-force+special-force --seed 7",
                "  hsim gui --set run.people_per_agent=500"})
public final class GuiCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "rapid-force",
            description = "Option or scenario .yaml file to start from (default: ${DEFAULT-VALUE}); changeable in the Model tab.")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "64-bit run seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario parameter; repeatable.")
    List<String> set = new ArrayList<>();

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelSettings settings = new ModelSettings(scenario, seed, set); // bad input -> InputException -> exit 2
        if (GraphicsEnvironment.isHeadless()) return noDisplay("no display is available (DISPLAY is not set, or Java runs headless)");
        HaitiModelWithUI gui;
        try {
            gui = new HaitiModelWithUI(settings);
            SwingUtilities.invokeAndWait(() -> new Console(gui).setVisible(true));
        } catch (AWTError | HeadlessException e) {
            return noDisplay("cannot open the display " + System.getenv("DISPLAY") + ": " + e.getMessage());
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof AWTError || c instanceof HeadlessException) {
                return noDisplay("cannot open the display " + System.getenv("DISPLAY") + ": " + c.getMessage());
            }
            throw e;
        }
        gui.awaitQuit();
        return Main.OK;
    }

    private int noDisplay(String why) {
        spec.commandLine().getErr().println("hsim gui: " + why
                + ". Run it on a desktop, with ssh -X, or under a virtual X server (xvfb-run -a ./hsim gui).");
        return Main.FAILURE;
    }
}
