package hsim.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bounded memory of the results store (issue 15; scripts/soak sweep is the 100,000-run version): a
 * 5,000-run sweep and its merge, each in a child JVM under -Xmx64m, where keeping the run records (about
 * 41 kB each) would need some 200 MB. The runner forces a full GC every 250 runs logged
 * (HSIM_HEAP_SAMPLE_EVERY) and prints the heap left; from run 1,000 on it must stay within 10 % of its
 * smallest sample, and the GC log must show those collections leaving the same heap. An assertion on
 * memory, not on speed. The tables must have 5,000 rows, agree with a 12-run sweep of the same design
 * (same point and replicate, same seed, same row) and come out of the merge byte for byte the same.
 */
class SweepMemoryIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int RUNS = 5000;
    private static final int EVERY = 250;
    private static final Pattern SAMPLE = Pattern.compile("^hsim heap: (\\w+) runs=(\\d+) heap_after_gc_mb=([0-9.]+)$", Pattern.MULTILINE);
    private static final Pattern FULL_GC = Pattern.compile("Pause Full \\(System\\.gc\\(\\)\\) \\d+M->(\\d+)M\\(");

    @TempDir Path dir;

    private static String design(int replicates) {
        return """
                design: full-factorial
                replicates: %d
                scenario: epstein-run1
                days: 1
                seed: 15
                factors:
                  epstein.cop_density:
                    levels: [0.02, 0.04, 0.06, 0.08]
                thresholds:
                  final_active: "> 70"
                """.formatted(replicates);
    }

    /** Runs hsim.jar in a child JVM under {@code xmx} with a GC log; returns its stderr. */
    private String hsim(String name, String xmx, List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xlog:gc:file=" + dir.resolve("gc-" + name + ".log"),
                "-jar", ROOT.resolve("runner/target/hsim.jar").toString()));
        cmd.addAll(args);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("HSIM_HEAP_SAMPLE_EVERY", Integer.toString(EVERY));
        Process p = pb.start();
        p.getOutputStream().close();
        boolean done = p.waitFor(300, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(done, name + " timed out");
        assertEquals(0, p.exitValue(), name + " failed (an OutOfMemoryError means records are kept again):\n"
                + stderr.substring(Math.max(0, stderr.length() - 3000)));
        return stderr;
    }

    /** The forced full GCs' heap after, from the runner and from the GC log: flat within 10 % from run 1,000 on. */
    private void assertFlat(String what, String stderr) throws IOException {
        List<double[]> samples = new ArrayList<>();
        Matcher m = SAMPLE.matcher(stderr);
        while (m.find()) if (m.group(1).equals(what)) samples.add(new double[] {Long.parseLong(m.group(2)), Double.parseDouble(m.group(3))});
        assertEquals(RUNS / EVERY, samples.size(), what + ": one heap sample per " + EVERY + " runs\n" + stderr);
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (double[] s : samples) {
            if (s[0] < 1000) continue;
            lo = Math.min(lo, s[1]);
            hi = Math.max(hi, s[1]);
        }
        assertTrue(hi <= lo * 1.10, what + ": heap after GC from run 1,000 to " + RUNS + " went from " + lo + " to " + hi + " MB (more than 10 %)");

        // the same collections in the JVM's own log (whole MB): as many, and as flat (within rounding)
        List<Integer> after = new ArrayList<>();
        Matcher g = FULL_GC.matcher(Files.readString(dir.resolve("gc-" + what + ".log")));
        while (g.find()) after.add(Integer.parseInt(g.group(1)));
        assertEquals(samples.size(), after.size(), what + ": forced full GCs in the GC log");
        List<Integer> fromThousand = after.subList(1000 / EVERY - 1, after.size());
        int min = fromThousand.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = fromThousand.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(max - min <= Math.max(1, 0.10 * min), what + ": GC log heap after the forced GCs " + fromThousand);
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) rows.add(line.split(",", -1));
        return rows;
    }

    /** Rows keyed by design point and replicate, with the run id and wall time blanked (they differ by design). */
    private static Map<String, List<String>> byPointAndReplicate(List<String[]> rows) {
        List<String> head = List.of(rows.get(0));
        int point = head.indexOf("design_point");
        int rep = head.indexOf("replicate");
        int id = head.indexOf("run_id");
        int wall = head.indexOf("wall_seconds");
        Map<String, List<String>> m = new HashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String[] c = r.clone();
            c[id] = "";
            if (wall >= 0) c[wall] = "";
            m.put(r[point] + "/" + r[rep], List.of(c));
        }
        return m;
    }

    @Test
    void aLargeSweepAndItsMergeRunInFlatMemory() throws Exception {
        Files.writeString(dir.resolve("big.yaml"), design(RUNS / 4));
        Files.writeString(dir.resolve("small.yaml"), design(3));
        String sweepErr = hsim("sweep", "64m", List.of("sweep", "big.yaml", "--out", "big", "--no-report", "--threads", "2"));
        String mergeErr = hsim("merge", "64m", List.of("merge", "--design", "big.yaml", "--no-report", "--out", "merged", "big", "big"));
        hsim("small", "256m", List.of("sweep", "small.yaml", "--out", "small", "--no-report", "--threads", "1"));
        assertFlat("sweep", sweepErr);
        assertFlat("merge", mergeErr);

        Path big = dir.resolve("big");
        List<String[]> runs = csv(big.resolve("runs.csv"));
        List<String[]> daily = csv(big.resolve("daily.csv"));
        assertEquals(RUNS + 1, runs.size(), "runs.csv: header and one row per run");
        assertEquals(RUNS + 1, daily.size(), "daily.csv: header and one row per one-day run");
        Set<String> ids = new HashSet<>();
        for (String[] r : runs.subList(1, runs.size())) ids.add(r[0]);
        assertEquals(RUNS, ids.size(), "run ids are distinct");

        // replicate r has the same seed at every design point, so the 12 small runs are 12 of the big ones
        for (String table : List.of("runs.csv", "daily.csv")) {
            Map<String, List<String>> want = byPointAndReplicate(csv(dir.resolve("small").resolve(table)));
            Map<String, List<String>> got = byPointAndReplicate(csv(big.resolve(table)));
            assertEquals(12, want.size());
            for (Map.Entry<String, List<String>> e : want.entrySet()) assertEquals(e.getValue(), got.get(e.getKey()), table + " " + e.getKey());
        }
        for (String table : List.of("runs.csv", "daily.csv", "summary.csv", "sensitivity.csv", "prim.csv", "dictionary.csv",
                "runs.parquet", "daily.parquet", "summary.parquet")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(big.resolve(table)), Files.readAllBytes(dir.resolve("merged").resolve(table))),
                    "merged " + table + " is the sweep's, byte for byte");
        }
        assertTrue(csv(big.resolve("prim.csv")).size() > 1, "the threshold has a PRIM box (cop density matters)");
    }
}
