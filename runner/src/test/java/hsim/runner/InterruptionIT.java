package hsim.runner;

import hsim.runner.store.RunLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Chaos test of {@code hsim sweep --resume} against the real hsim.jar: a child JVM is killed with SIGKILL
 * at a random moment (seeded: {@code -Dhsim.chaos.seed}), 20 times in a row, each time resumed; then it
 * is allowed to finish. The final runs.csv must equal that of a sweep that was never interrupted, run for
 * run (wall_seconds aside), with no run lost, torn or duplicated; after every kill the folder must still
 * read (runs.log intact up to at most one torn record, runs.csv whole if present).
 */
class InterruptionIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path JAR = ROOT.resolve("runner/target/hsim.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final int KILLS = 20;
    @TempDir Path work;

    static String design(int runs) {
        return String.join("\n", "design: lhs", "runs: " + runs, "replicates: 2", "options: [baseline, rapid-force]", "days: 2",
                "seed: 21", "factors:", "  run.people_per_agent: [2500, 4000]", "");
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void sweepKilledTwentyTimesAndResumedEqualsAnUninterruptedSweep() throws Exception {
        long seed = Long.getLong("hsim.chaos.seed", 20261128L);
        Path design = work.resolve("design.yaml");
        Files.writeString(design, design(6), StandardCharsets.UTF_8); // 2 options x 6 points x 2 replicates = 24 runs

        Path ref = work.resolve("reference");
        long t0 = System.nanoTime();
        Process p = start(design, ref, false);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        long refMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, p.exitValue(), log(ref));
        Map<String, String> expected = rowsById(ref.resolve("runs.csv"));
        assertEquals(24, expected.size());

        Path chaos = work.resolve("chaos");
        Random rnd = new Random(seed);
        int killedAlive = 0, interruptedWithRunsLeft = 0;
        for (int k = 0; k < KILLS; k++) {
            // delays spread over the length of an uninterrupted sweep, JVM start-up included; a third of
            // it, because each resumed process gets further and most kills should still find runs to do
            long delay = (long) (rnd.nextDouble() * refMillis / 3);
            Process c = start(design, chaos, k > 0);
            if (!c.waitFor(delay, TimeUnit.MILLISECONDS)) {
                c.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                killedAlive++;
            }
            assertTrue(c.waitFor(60, TimeUnit.SECONDS));
            int logged = checkFolderReadable(chaos);
            if (logged < expected.size()) interruptedWithRunsLeft++;
        }
        Process last = start(design, chaos, true);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), log(chaos));
        System.out.printf("InterruptionIT: seed %d, reference sweep %d ms, %d of %d kills hit a live process, %d left runs to do%n",
                seed, refMillis, killedAlive, KILLS, interruptedWithRunsLeft);
        assertTrue(interruptedWithRunsLeft > 0, "no kill interrupted the sweep before it had finished: the test proved nothing");

        Map<String, String> actual = rowsById(chaos.resolve("runs.csv"));
        assertEquals(expected.keySet(), actual.keySet(), "same runs, none lost");
        for (String id : expected.keySet()) assertEquals(expected.get(id), actual.get(id), "run " + id);
        assertEquals(expected.size() + 1, Files.readAllLines(chaos.resolve("runs.csv")).size(), "no duplicated rows");
    }

    /** After a kill: the log reads (a torn last record is allowed), and runs.csv, if any, is whole. */
    static int checkFolderReadable(Path dir) throws IOException {
        RunLog.Contents c = RunLog.read(dir.resolve("runs.log"));
        Set<String> ids = new HashSet<>();
        for (var r : c.records()) ids.add(r.runId());
        Path csv = dir.resolve("runs.csv");
        if (Files.exists(csv)) {
            List<String[]> lines = hsim.results.Csv.records(csv.toString(), Files.readString(csv, StandardCharsets.UTF_8));
            int cols = lines.get(0).length;
            Set<String> seen = new HashSet<>();
            for (String[] l : lines.subList(1, lines.size())) {
                assertEquals(cols, l.length, "torn row in runs.csv: " + String.join(",", l));
                assertTrue(seen.add(l[0]), "duplicated row in runs.csv: " + l[0]);
            }
        }
        return ids.size();
    }

    private Process start(Path design, Path out, boolean resume) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "sweep", design.toString(), "--out", out.toString(),
                "--threads", "2", "--no-report"));
        if (resume) cmd.add("--resume");
        Files.createDirectories(work.resolve("logs"));
        Path log = work.resolve("logs").resolve(out.getFileName() + ".log");
        return new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private String log(Path out) throws IOException {
        return Files.readString(work.resolve("logs").resolve(out.getFileName() + ".log"));
    }

    /** runs.csv rows keyed by run_id, without wall_seconds (the only field allowed to differ). */
    static Map<String, String> rowsById(Path csv) throws IOException {
        List<String[]> lines = hsim.results.Csv.records(csv.toString(), Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0));
        int wall = header.indexOf("wall_seconds");
        Map<String, String> rows = new TreeMap<>();
        for (String[] line : lines.subList(1, lines.size())) {
            List<String> f = new ArrayList<>(List.of(line));
            if (wall >= 0 && wall < f.size()) f.remove(wall);
            assertNull(rows.put(f.get(0), String.join(",", f)), "duplicated run " + f.get(0));
        }
        return rows;
    }
}
