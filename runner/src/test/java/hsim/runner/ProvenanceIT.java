package hsim.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A copy of hsim.jar run far from any checkout (as on a cluster) still names the commit it was built
 * from, in --version and in manifest.json: the build recorded it in hsim-build.properties.
 */
class ProvenanceIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir Path away;

    private static String run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("HSIM_COMMIT"); // what the launcher would say; a copied jar has no launcher
        pb.environment().remove("HSIM_HOME");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), cmd + "\n" + out);
        return out;
    }

    @Test
    void aCopiedJarNamesItsCommit() throws Exception {
        String head = run(ROOT, List.of("git", "rev-parse", "--short=7", "HEAD")).strip();
        // in a linked worktree the plugin reads the main checkout's HEAD (upstream issue 882)
        Path gitDir = Path.of(run(ROOT, List.of("git", "rev-parse", "--absolute-git-dir")).strip());
        Path commonDir = ROOT.resolve(run(ROOT, List.of("git", "rev-parse", "--git-common-dir")).strip()).normalize();
        boolean linkedWorktree = !gitDir.equals(commonDir);
        Path jar = Files.copy(ROOT.resolve("runner/target/hsim.jar"), away.resolve("hsim.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        String version = run(away, List.of(java, "-jar", jar.toString(), "--version"));
        Matcher m = Pattern.compile("\\(commit ([0-9a-f]{7}(-dirty)?)\\)").matcher(version);
        assertTrue(m.find(), version);
        String built = m.group(1).replace("-dirty", "");
        if (linkedWorktree) {
            run(ROOT, List.of("git", "cat-file", "-e", built + "^{commit}")); // a commit of this repository
        } else {
            assertEquals(head, built, "the commit the jar was built from: " + version);
        }

        run(away, List.of(java, "-Xmx1g", "-jar", jar.toString(), "compare", "--options", "baseline", "--replicates", "1",
                "--days", "1", "--threads", "1", "--no-report", "--out", "res"));
        String manifest = Files.readString(away.resolve("res/manifest.json"));
        assertTrue(manifest.contains("\"git_commit\": \"" + m.group(1) + "\"") || manifest.contains("\"git_commit\":\"" + m.group(1) + "\""),
                manifest);
    }
}
