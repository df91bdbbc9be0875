package hsim.runner.calibrate;

import hsim.results.CsvTable;
import hsim.runner.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** hsim compare over ensemble members through the real command line and model (2-day runs). */
class CompareEnsembleTest {
    @TempDir Path dir;

    private Path ensemble() throws Exception {
        Map<String, String> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
        a.put("cholera.water_transmission_per_day", "0.5");
        a.put("conflict.collateral_per_fighter_hour", "0.002");
        b.put("cholera.water_transmission_per_day", "1.8");
        b.put("conflict.collateral_per_fighter_hour", "0.01");
        // a member value for a parameter the rapid-force option sets itself: the option's lever must win there
        a.put("rapid_force.enabled", "false");
        b.put("rapid_force.enabled", "false");
        Path f = dir.resolve("ens.csv");
        new Ensemble(Map.of("made_by", "hsim calibrate test", "note", "test ensemble"),
                List.of("cholera.water_transmission_per_day", "conflict.collateral_per_fighter_hour", "rapid_force.enabled"),
                List.of(new Ensemble.Member(1, 1, 1, 0.5, 1, a), new Ensemble.Member(2, 1, 2, 0.5, 2, b))).write(f);
        return f;
    }

    @Test
    void everyOptionRunsOverEveryMemberWithSharedSeedsAndGetsARobustnessTable() throws Exception {
        Path out = dir.resolve("cmp");
        assertEquals(0, Main.execute("compare", "--ensemble", ensemble().toString(), "--members", "2", "--replicates", "2", "--days", "2",
                "--options", "baseline,rapid-force", "--threads", "2", "--out", out.toString()));
        CsvTable runs = CsvTable.read(out.resolve("runs.csv"));
        assertEquals(2 * 2 * 2, runs.size(), "2 options x 2 members x 2 replicates");
        Map<String, String> seedOf = new java.util.HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            String id = runs.text(i, "run_id");
            assertTrue(id.matches("(baseline|rapid-force)/m00[12]/r00[12]"), id);
            String member = id.substring(id.indexOf('/') + 1);
            String water = runs.text(i, hsim.results.Columns.param("cholera.water_transmission_per_day"));
            assertEquals(member.startsWith("m001") ? "0.5" : "1.8", water, id);
            assertEquals(id.startsWith("rapid-force") ? "true" : "false", runs.text(i, hsim.results.Columns.param("rapid_force.enabled")), id);
            assertEquals(id.substring(id.indexOf("/m") + 2, id.indexOf("/m") + 5), String.format("%03d", (int) runs.number(i, "design_point")));
            // common random numbers: the same (member, replicate) has the same seed in both options
            String prev = seedOf.putIfAbsent(member, runs.text(i, "seed"));
            if (prev != null) assertEquals(prev, runs.text(i, "seed"), member);
            assertTrue(runs.has("o_fuel_days_below_half"), "the runner's derived headline outcome");
        }
        CsvTable rob = CsvTable.read(out.resolve(Robustness.ROBUSTNESS));
        CsvTable reg = CsvTable.read(out.resolve(Robustness.REGRET));
        assertTrue(rob.size() >= 2 && reg.size() >= 2);
        for (int i = 0; i < rob.size(); i++) {
            assertEquals(2, (int) rob.number(i, "members"));
            assertEquals(1, rob.number(i, "share_better") + rob.number(i, "share_worse") + rob.number(i, "share_tied"), 1e-12);
        }
        for (int i = 0; i < reg.size(); i++) assertTrue(reg.number(i, "max_regret") >= 0);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("ensemble_file"));
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("Robustness over the ensemble"));
    }

    @Test
    void shardsMergedGetTheRobustnessTablesToo() throws Exception {
        String ens = ensemble().toString();
        for (String k : List.of("1", "2")) {
            assertEquals(0, Main.execute("compare", "--ensemble", ens, "--replicates", "1", "--days", "1", "--options", "baseline,rapid-force",
                    "--shard", k + "/2", "--out", dir.resolve("s" + k).toString()));
        }
        Path merged = dir.resolve("merged");
        assertEquals(0, Main.execute("merge", "--out", merged.toString(), dir.resolve("s1").toString(), dir.resolve("s2").toString()));
        CsvTable reg = CsvTable.read(merged.resolve(Robustness.REGRET));
        assertTrue(reg.size() >= 2, "regret per option and headline outcome");
        assertEquals(2, (int) reg.number(0, "members"));
    }

    @Test
    void singleKeepsOneParameterSetAndCannotBeCombinedWithAnEnsemble() throws Exception {
        assertEquals(2, Main.execute("compare", "--single", "--ensemble", ensemble().toString(), "--days", "1", "--out", dir.resolve("x").toString()));
        Path out = dir.resolve("single");
        assertEquals(0, Main.execute("compare", "--single", "--replicates", "1", "--days", "1", "--options", "baseline,rapid-force",
                "--no-report", "--out", out.toString()));
        assertEquals(3, Files.readAllLines(out.resolve("runs.csv")).size());
        assertFalse(Files.exists(out.resolve(Robustness.ROBUSTNESS)));
    }
}
