package hsim.runner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real single-node Slurm on loopback (scripts/slurm-loopback, Debian's slurm-wlm and munge): a small
 * sweep goes in as a 4-task job array plus the dependent merge job, and the merged results must equal a
 * local run of the same design, run for run. Runs after package, against the real hsim.jar.
 */
class SlurmClusterIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("runner/target/hsim.jar");
    @TempDir static Path work;
    private static Path clusterDir;
    private static String slurmConf;

    @BeforeAll
    static void startCluster() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the runnable jar must exist: " + JAR);
        clusterDir = work.resolve("cluster");
        Result r = exec(ROOT, Map.of(), 90, "bash", ROOT.resolve("scripts/slurm-loopback").toString(), "start", clusterDir.toString());
        if (r.code != 0) {
            fail("could not start the loopback Slurm cluster (needs root, slurm-wlm and munge; scripts/test installs them):\n" + r.output);
        }
        slurmConf = clusterDir.resolve("slurm.conf").toString();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (clusterDir != null) exec(ROOT, Map.of(), 60, "bash", ROOT.resolve("scripts/slurm-loopback").toString(), "stop", clusterDir.toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void arraySweepMergedOnSlurmEqualsLocalRun() throws Exception {
        Path design = work.resolve("design.yaml");
        Files.writeString(design, String.join("\n",
                "design: lhs",
                "runs: 6",
                "replicates: 2",
                "options: [baseline, rapid-force]",
                "days: 3",
                "seed: 11",
                "factors:",
                "  run.people_per_agent: [200, 400]",
                ""), StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("SLURM_CONF", slurmConf);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Path cluster = work.resolve("on-slurm");
        Result submit = exec(work, env, 120, java, "-jar", JAR.toString(), "slurm", "--tasks", "4", "--submit",
                "--out", cluster.toString(), "--", "sweep", design.toString());
        assertEquals(0, submit.code, "hsim slurm --submit failed:\n" + submit.output);

        waitForQueueToEmpty(env, 480);
        Path merged = cluster.resolve("merged/runs.csv");
        assertTrue(Files.isRegularFile(merged), "merge job wrote no " + merged + "; logs:\n" + logs(cluster.resolve("slurm")));
        for (int k = 1; k <= 4; k++) {
            assertTrue(Files.isRegularFile(cluster.resolve("shard-" + k + "/runs.csv")), "array task " + k + " wrote no runs.csv");
        }

        Path local = work.resolve("local");
        Result lr = exec(work, Map.of(), 300, java, "-jar", JAR.toString(), "sweep", design.toString(), "--out", local.toString());
        assertEquals(0, lr.code, "local sweep failed:\n" + lr.output);

        Map<String, String> onSlurm = rowsById(merged);
        Map<String, String> onLaptop = rowsById(local.resolve("runs.csv"));
        assertEquals(24, onLaptop.size(), "2 options x 6 points x 2 replicates");
        assertEquals(onLaptop.keySet(), onSlurm.keySet(), "same runs");
        for (String id : onLaptop.keySet()) {
            assertEquals(onLaptop.get(id), onSlurm.get(id), "run " + id + " differs between Slurm and local");
        }
    }

    /** runs.csv rows keyed by run_id, without the wall_seconds column (the only field allowed to differ). */
    private static Map<String, String> rowsById(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty(), csv + " is empty");
        List<String> header = List.of(lines.get(0).split(",", -1));
        int wall = header.indexOf("wall_seconds");
        Map<String, String> rows = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = new ArrayList<>(List.of(line.split(",", -1)));
            if (wall >= 0 && wall < f.size()) f.remove(wall);
            rows.put(f.get(0), String.join(",", f));
        }
        return rows;
    }

    private static void waitForQueueToEmpty(Map<String, String> env, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            Result q = exec(work, env, 30, "squeue", "-h", "-o", "%i %T");
            if (q.code == 0 && q.output.isBlank()) return;
            Thread.sleep(500);
        }
        fail("Slurm jobs did not finish within " + seconds + " s");
    }

    private static String logs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return "(no " + dir + ")";
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                sb.append("== ").append(p.getFileName()).append('\n').append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    private record Result(int code, String output) {}

    private static Result exec(Path dir, Map<String, String> env, int timeoutSeconds, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path out = Files.createTempFile(work, "exec", ".log");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd) + "\n" + Files.readString(out));
        }
        return new Result(p.exitValue(), Files.readString(out));
    }
}
