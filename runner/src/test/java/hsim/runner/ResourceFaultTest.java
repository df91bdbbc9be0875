package hsim.runner;

import hsim.runner.store.RunLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Results folders on a real small file system (a 16 MB tmpfs mounted for the test; needs root, as in CI):
 * a full disk and a folder that turned read-only end with one clear line and keep the results logged
 * before. Root can write anywhere, so "read-only" is a read-only remount, not a chmod.
 */
class ResourceFaultTest {
    @TempDir Path tmp;
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root (CI runs as root)");
        disk = Files.createDirectories(tmp.resolve("disk"));
        assertEquals(0, sh("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString()), "mount tmpfs");
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) sh("umount", "-l", disk.toString());
    }

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", cmd));
        if (p.exitValue() != 0) System.err.println(String.join(" ", cmd) + ": " + out);
        return p.exitValue();
    }

    /** Files this JVM still has open below {@code dir}: after a command has returned there must be none. */
    private static List<String> openFilesUnder(Path dir) throws IOException {
        List<String> open = new java.util.ArrayList<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(dir)) open.add(target.toString());
                } catch (IOException gone) {
                    // closed while listing
                }
            }
        }
        return open;
    }

    private Path design(int replicates) throws IOException {
        Path d = tmp.resolve("design-" + replicates + ".yaml");
        Files.writeString(d, String.join("\n", "design: lhs", "runs: 2", "replicates: " + replicates, "options: [baseline]",
                "days: 2", "seed: 3", "factors:", "  run.people_per_agent: [2000, 3000]", ""));
        return d;
    }

    private static CheckpointCliTest.Out sweep(Path design, Path out, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "sweep";
        args[1] = design.toString();
        args[2] = "--out";
        args[3] = out.toString();
        args[4] = "--threads";
        args[5] = "1";
        System.arraycopy(more, 0, args, 6, more.length);
        return CheckpointCliTest.hsim(args);
    }

    private static void assertOneLine(CheckpointCliTest.Out r, int code, String start, String contains) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("hsim:")).count(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void fullDiskFailsCleanlyAndKeepsEarlierResults() throws Exception {
        Path res = disk.resolve("res");
        assertEquals(0, sweep(design(1), res).code(), "a first sweep fits");
        byte[] runsCsv = Files.readAllBytes(res.resolve("runs.csv"));
        int logged = RunLog.read(res.resolve("runs.log")).records().size();
        assertEquals(2, logged);

        Path filler = disk.resolve("filler");
        try (OutputStream o = Files.newOutputStream(filler)) {
            byte[] mb = new byte[1 << 16];
            while (true) o.write(mb);
        } catch (IOException full) {
            // the disk is full now
        }
        CheckpointCliTest.Out r = sweep(design(2), res, "--resume");
        assertOneLine(r, Main.FAILURE, "hsim: failed: I/O error: ", "No space left on device");
        assertTrue(r.err().contains("results written before this are kept"), r.err());
        assertArrayEquals(runsCsv, Files.readAllBytes(res.resolve("runs.csv")), "runs.csv untouched");
        RunLog.Contents c = RunLog.read(res.resolve("runs.log"));
        assertEquals(logged, c.records().size(), "the runs logged before are all there");
        assertEquals(0, c.ignoredBytes(), "no torn record left behind");
        try (var files = Files.list(res)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".tmp")).count(), "no temporary files left");
        }

        CheckpointCliTest.Out run = CheckpointCliTest.hsim("run", "--days", "1", "--set", "run.people_per_agent=3000", "--threads", "1",
                "--out", disk.resolve("single").toString());
        assertOneLine(run, Main.FAILURE, "hsim: failed: I/O error: cannot write ", "No space left on device");

        Files.delete(filler); // room again: the same command finishes the job
        CheckpointCliTest.Out again = sweep(design(2), res, "--resume");
        assertEquals(0, again.code(), again.err());
        assertEquals(5, Files.readAllLines(res.resolve("runs.csv")).size(), "header and 4 runs");
    }

    @Test
    void readOnlyFolderIsRefusedBeforeAnyRun() throws Exception {
        Path res = disk.resolve("res");
        assertEquals(0, sweep(design(1), res).code());
        byte[] runsCsv = Files.readAllBytes(res.resolve("runs.csv"));
        byte[] log = Files.readAllBytes(res.resolve("runs.log"));
        assertEquals(List.of(), openFilesUnder(disk), "hsim left files open in the results folder");
        assertEquals(0, sh("mount", "-o", "remount,ro", disk.toString()), "remount read-only");

        CheckpointCliTest.Out r = sweep(design(2), res, "--resume");
        assertOneLine(r, Main.BAD_INPUT, "hsim: bad input: command line: field '--out': ", "Read-only file system");
        CheckpointCliTest.Out run = CheckpointCliTest.hsim("run", "--days", "1", "--out", disk.resolve("single").toString());
        assertOneLine(run, Main.BAD_INPUT, "hsim: bad input: command line: field '--out': ", "Read-only file system");
        CheckpointCliTest.Out in = CheckpointCliTest.hsim("run", "--days", "1", "--out", res.toString());
        assertOneLine(in, Main.BAD_INPUT, "hsim: bad input: command line: field '--out': ", "is not writable: Read-only file system");
        assertArrayEquals(runsCsv, Files.readAllBytes(res.resolve("runs.csv")));
        assertArrayEquals(log, Files.readAllBytes(res.resolve("runs.log")));
    }
}
