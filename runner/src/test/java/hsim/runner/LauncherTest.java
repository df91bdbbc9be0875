package hsim.runner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code ./hsim} launcher, run for real by bash in a small copy of the source tree, with a stand-in
 * {@code mvn} (records each build and makes the jar) and {@code java} (prints its arguments) first on
 * the PATH, so that no case builds or runs anything heavy.
 */
class LauncherTest {
    @TempDir Path tree;

    private Path builds;

    @BeforeEach
    void copyOfTheTree() throws IOException {
        Files.copy(Path.of("../hsim"), tree.resolve("hsim"));
        exec(tree.resolve("hsim"));
        Files.writeString(tree.resolve("pom.xml"), "<project/>\n");
        write("model/src/main/java/A.java", "class A {}\n");
        write("runner/src/main/java/B.java", "class B {}\n");
        write("visualization/pom.xml", "<project/>\n");
        write("data/cities.csv", "name\nPort-au-Prince\n");
        builds = tree.resolve("builds.log");
        Path bin = Files.createDirectories(tree.resolve("fake-bin"));
        // GATE, when set, is a FIFO the build blocks on until the test opens and closes it; STARTED is
        // a FIFO the build writes one line to first, so the test knows the build is under way.
        Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\n"
                + "echo build >> \"" + builds + "\"\n"
                + "if [ -n \"${STARTED:-}\" ]; then echo started > \"$STARTED\"; fi\n"
                + "if [ -n \"${GATE:-}\" ]; then cat \"$GATE\" > /dev/null; fi\n"
                + "mkdir -p runner/target && echo jar > runner/target/hsim.jar\n");
        Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");
        exec(bin.resolve("mvn"));
        exec(bin.resolve("java"));
    }

    private void write(String rel, String text) throws IOException {
        Path f = tree.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static void exec(Path f) throws IOException {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", tree.resolve("hsim").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tree.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("SLURM_") || k.startsWith("HSIM_"));
        e.put("PATH", tree.resolve("fake-bin") + ":" + e.get("PATH"));
        e.putAll(env);
        return pb.start();
    }

    record Result(int code, String out, String err) {}

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = start(env, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        return new Result(p.exitValue(), out, err);
    }

    private int buildCount() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    @Test
    void buildsOnceThenRebuildsOnlyWhenTheContentChanges() throws Exception {
        Result first = run(Map.of(), "run", "--days", "3");
        assertEquals(0, first.code(), first.err());
        assertEquals(1, buildCount());
        assertTrue(first.out().contains("-jar " + tree.resolve("runner/target/hsim.jar") + " run --days 3"), first.out());

        run(Map.of());
        assertEquals(1, buildCount(), "unchanged sources must not rebuild");

        Path a = tree.resolve("model/src/main/java/A.java");
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        run(Map.of());
        assertEquals(1, buildCount(), "a newer time with the same content must not rebuild");

        // what `cp -p` or `rsync -a` does: new content, an old time
        Path edited = tree.resolve("A.java.new");
        Files.writeString(edited, "class A { int changed; }\n");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(946_684_800_000L)); // 2000-01-01
        Files.move(edited, a, StandardCopyOption.REPLACE_EXISTING);
        Result again = run(Map.of());
        assertEquals(2, buildCount(), "changed content with an older time must rebuild: " + again.err());

        write("data/new-file.csv", "x\n1\n");
        run(Map.of());
        assertEquals(3, buildCount(), "a new data file must rebuild");
    }

    @Test
    void twoLaunchersStartedTogetherBuildOnce() throws Exception {
        Path gate = fifo("gate");
        Path started = fifo("started");
        Map<String, String> env = Map.of("GATE", gate.toString(), "STARTED", started.toString());
        Process a = start(env, "first");
        try (BufferedReader r = Files.newBufferedReader(started)) {
            assertEquals("started", r.readLine()); // A is building, under the lock
        }
        Process b = start(env, "second");
        BufferedReader bErr = new BufferedReader(new InputStreamReader(b.getErrorStream(), StandardCharsets.UTF_8));
        String said = bErr.readLine(); // B has found the lock taken
        assertTrue(said != null && said.contains("another ./hsim is building the jar; waiting"), "B said: " + said);
        try (OutputStream open = Files.newOutputStream(gate)) {
            open.flush(); // A's build ends when the gate closes
        }
        String aOut = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String bOut = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue());
        assertEquals(0, b.exitValue());
        assertEquals(1, buildCount(), "the second launcher must use the jar the first one built");
        assertTrue(aOut.contains(" first") && bOut.contains(" second"), aOut + bOut);
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path f = tree.resolve(name);
        Process p = new ProcessBuilder("mkfifo", f.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        return f;
    }

    @Test
    void heapComesFromHsimHeapThenSlurmThenTheMachine() throws Exception {
        assertTrue(run(Map.of("HSIM_HEAP", "3g")).out().startsWith("java -Xmx3g -jar "));
        assertTrue(run(Map.of("SLURM_MEM_PER_NODE", "4000")).out().startsWith("java -Xmx3000m -jar "));
        assertTrue(run(Map.of("SLURM_MEM_PER_NODE", "8G")).out().startsWith("java -Xmx6144m -jar "));
        assertTrue(run(Map.of("SLURM_MEM_PER_CPU", "1000", "SLURM_CPUS_ON_NODE", "4")).out().startsWith("java -Xmx3000m -jar "));
        assertTrue(run(Map.of("HSIM_HEAP", "2g", "SLURM_MEM_PER_NODE", "4000")).out().startsWith("java -Xmx2g -jar "));

        long totalMib = 0;
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (l.startsWith("MemTotal:")) totalMib = Long.parseLong(l.replaceAll("\\D", "")) / 1024;
        }
        String limit = Files.exists(Path.of("/sys/fs/cgroup/memory.max")) ? Files.readString(Path.of("/sys/fs/cgroup/memory.max")).strip() : "max";
        if (limit.matches("\\d+")) totalMib = Math.min(totalMib, Long.parseLong(limit) / 1048576);
        String machine = run(Map.of()).out();
        assertTrue(machine.startsWith("java -Xmx" + totalMib / 2 + "m -jar "), machine);

        String opts = run(Map.of("HSIM_HEAP", "1g", "HSIM_JAVA_OPTS", "-Xmx5g -Dx=1")).out();
        assertTrue(opts.startsWith("java -Xmx1g -Xmx5g -Dx=1 -jar "), "HSIM_JAVA_OPTS comes last and wins: " + opts);

        Result bad = run(Map.of("HSIM_HEAP", "lots"));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("HSIM_HEAP='lots' is not a heap size"), bad.err());
    }
}
