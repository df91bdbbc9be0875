package hsim.runner;

import hsim.results.FinalStateSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** compare, sweep and merge through the real command line and the real model (2-day runs). */
class BatchCommandsTest {
    @TempDir Path dir;

    @Test
    void compareInShardsThenMergeEqualsOneCompare() throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Main.execute("compare", "--replicates", "2", "--days", "2", "--threads", "2", "--out", whole.toString()));
        List<String> runs = Files.readAllLines(whole.resolve("runs.csv"));
        int options = hsim.model.scenario.ScenarioLoader.optionNames().size();
        assertEquals(1 + 2 * options, runs.size());
        assertTrue(Files.readString(whole.resolve("manifest.json")).contains("hsim compare --replicates 2"));
        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        assertEquals(0, Main.execute("compare", "--replicates", "2", "--days", "2", "--shard", "1/2", "--out", s1.toString()));
        assertEquals(0, Main.execute("compare", "--replicates", "2", "--days", "2", "--shard", "2/2", "--out", s2.toString()));
        Path merged = dir.resolve("merged");
        assertEquals(0, Main.execute("merge", "--out", merged.toString(), s1.toString(), s2.toString()));
        assertEquals(ExperimentTest.runsCsvWithoutWall(whole), ExperimentTest.runsCsvWithoutWall(merged));
        assertEquals(Files.readAllLines(whole.resolve("summary.csv")), Files.readAllLines(merged.resolve("summary.csv")));
        // every run saved its final map state (the same at 2 threads and 1), and the merge carried them over
        List<String> runIds = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(whole.resolve("runs.csv")).subList(1, Files.readAllLines(whole.resolve("runs.csv")).size())) {
            runIds.add(line.substring(0, line.indexOf(',')));
        }
        assertEquals(12, runIds.size(), "6 options x 2 replicates");
        for (String id : runIds) {
            Path a = FinalStateSchema.file(whole, id), b = FinalStateSchema.file(merged, id);
            assertTrue(Files.readString(a).startsWith(String.join(",", FinalStateSchema.COLUMNS) + "\ngrid,,,"), id + ": " + a);
            assertEquals(Files.readString(a), Files.readString(b), id);
        }
        assertTrue(Files.exists(whole.resolve("report/map_baseline.png")), "the report drew the saved state");
        // resume of a complete folder runs nothing and changes nothing
        assertEquals(0, Main.execute("compare", "--replicates", "2", "--days", "2", "--resume", "--out", whole.toString()));
        assertEquals(ExperimentTest.runsCsvWithoutWall(merged), ExperimentTest.runsCsvWithoutWall(whole));
    }

    @Test
    void badInputExitsTwo() throws Exception {
        assertEquals(2, Main.execute("compare", "--shard", "3/2", "--out", dir.resolve("x").toString()));
        assertEquals(2, Main.execute("compare", "--replicates", "0", "--out", dir.resolve("x").toString()));
        Path design = dir.resolve("bad.yaml");
        Files.writeString(design, "design: nolh\nfactors:\n  run.people_per_agent: [0, 10]\n");
        assertEquals(2, Main.execute("sweep", design.toString(), "--out", dir.resolve("y").toString()));
        Path done = dir.resolve("done");
        assertEquals(0, Main.execute("compare", "--replicates", "1", "--days", "1", "--options", "baseline", "--out", done.toString()));
        assertEquals(2, Main.execute("compare", "--replicates", "1", "--days", "1", "--options", "baseline", "--out", done.toString()));
    }

    @Test
    void sweepWritesTheDesignTables() throws Exception {
        Path design = dir.resolve("d.yaml");
        Files.writeString(design, "design: lhs\nruns: 4\nreplicates: 1\nfactors:\n  run.people_per_agent: [50, 200]\nseed: 5\n"
                + "thresholds:\n  fuel_need_met_share: \"< 0.5\"\n");
        Path out = dir.resolve("sweep");
        assertEquals(0, Main.execute("sweep", design.toString(), "--days", "1", "--out", out.toString()));
        assertEquals(5, Files.readAllLines(out.resolve("design.csv")).size());
        assertEquals(5, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(Files.exists(out.resolve("sensitivity.parquet")));
        assertTrue(Files.exists(out.resolve("report/index.html")), "sweep writes the report from its own tables (prim.csv thresholds are text)");
    }
}
