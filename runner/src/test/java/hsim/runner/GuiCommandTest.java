package hsim.runner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hsim gui} without a usable display exits 1 with a one-line explanation and no stack trace. Run in
 * a child JVM because AWT decides once per JVM whether it is headless. (The GUI itself is tested on a
 * real X server by hsim.viz.gui.GuiXvfbTest.)
 */
class GuiCommandTest {
    private record Outcome(int code, String output) {}

    private static Outcome hsim(String display, String... args) throws IOException, InterruptedException {
        String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaExe, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        if (display != null) pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "hsim gui did not exit");
        return new Outcome(p.exitValue(), out);
    }

    @Test
    void withoutDisplayExits1WithAClearMessage() throws Exception {
        Outcome o = hsim(null, "gui");
        assertEquals(Main.FAILURE, o.code(), o.output());
        assertTrue(o.output().contains("hsim gui: no display is available"), o.output());
        assertFalse(o.output().contains("\tat "), o.output());
    }

    @Test
    void unreachableDisplayExits1WithAClearMessage() throws Exception {
        Outcome o = hsim(":987", "gui", "--scenario", "training");
        assertEquals(Main.FAILURE, o.code(), o.output());
        assertTrue(o.output().contains("hsim gui: cannot open the display :987"), o.output());
        assertFalse(o.output().contains("\tat "), o.output());
    }

    @Test
    void badScenarioIsBadInput() {
        Cli.run("gui", "--scenario", "no-such-option").assertBadInput();
        Cli.run("gui", "--set", "rapid_force.troops=-5").assertBadInput();
    }
}
