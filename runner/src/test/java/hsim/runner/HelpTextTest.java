package hsim.runner;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
 * Every command's --help prints without picocli warnings. picocli reports a broken description (an
 * unescaped '%' is a format specifier) on System.err through its tracer, not the command's writer, so
 * the help is printed in a child JVM whose whole error output is checked.
 */
class HelpTextTest {
    /** Prints the help of hsim and of every subcommand, each preceded by a marker line naming it. */
    public static void main(String[] args) {
        CommandLine root = Main.commandLine();
        System.out.println("=== hsim");
        root.usage(System.out);
        for (String name : root.getSubcommands().keySet()) {
            System.out.println("=== " + name);
            int code = Main.commandLine().execute(name, "--help");
            if (code != 0) System.out.println("exit " + code);
        }
    }

    @Test
    void everyHelpPrintsWithoutWarnings() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", HelpTextTest.class.getName());
        Process p = pb.start();
        p.getOutputStream().close();
        // read both streams fully; the child prints a few kilobytes, well inside the pipe buffers
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "help printing did not finish");
        String stdout = new String(out, StandardCharsets.UTF_8);
        String stderr = new String(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertFalse(stderr.contains("WARN") || stdout.contains("[picocli WARN]"), "help printed warnings:\n" + stderr);
        assertEquals("", stderr.strip(), "help wrote to stderr");
        List<String> commands = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
        assertTrue(commands.contains("compare") && commands.contains("run"), commands.toString());
        for (String c : commands) {
            String section = stdout.substring(stdout.indexOf("=== " + c + "\n"));
            assertTrue(section.contains("Usage: hsim " + c), "no usage for " + c + ":\n" + section);
            assertFalse(section.lines().skip(1).findFirst().orElse("").startsWith("exit "), "hsim " + c + " --help failed");
        }
        assertTrue(stdout.contains("i % N == K-1"), "the --shard description should show a literal '%'");
    }
}
