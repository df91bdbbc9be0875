package hsim.runner;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.Simulation;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.design.DesignFile;
import hsim.runner.exec.Progress;
import hsim.runner.exec.RunFunction;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import hsim.results.Csv;
import hsim.runner.store.Merge;
import hsim.runner.store.ResultsStore;
import hsim.runner.store.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentTest {
    @TempDir Path dir;
    static final ScenarioLoader LOADER = ModelCatalog.loader();
    static final String SWEEP = """
            design: nolh
            replicates: 2
            options: [baseline, rapid-force]
            factors:
              run.people_per_agent: [50, 200]
            seed: 42
            thresholds:
              y: "> 1.5"
            """;

    static Design design() {
        return DesignFile.parse("sweep.yaml", SWEEP, ModelCatalog.standard(), LOADER);
    }

    static Experiment experiment(Shard shard) {
        return new Experiment(design(), LOADER, 3, shard, new RunPool(2, 1), "hsim sweep sweep.yaml");
    }

    /** runs.csv without the wall_seconds column, which legitimately differs between executions. */
    static List<String> runsCsvWithoutWall(Path folder) throws Exception {
        List<String[]> lines = Csv.records("runs.csv", Files.readString(folder.resolve("runs.csv")));
        int wall = List.of(lines.get(0)).indexOf("wall_seconds");
        List<String> out = new ArrayList<>();
        for (String[] l : lines) {
            List<String> f = new ArrayList<>(List.of(l));
            f.remove(wall);
            out.add(String.join("|", f));
        }
        return out;
    }

    @Test
    void sweepWritesEveryTableAndDuckDbReadsTheParquet() throws Exception {
        Path out = dir.resolve("all");
        Experiment.Report rep = experiment(Shard.ALL).run(out, false, Fakes.model(1e9), Progress::silent);
        assertEquals(68, rep.owned());
        assertEquals(0, rep.failed().size());
        for (String f : List.of("runs", "daily", "summary", "design", "sensitivity", "prim")) {
            assertTrue(Files.exists(out.resolve(f + ".csv")), f);
            assertTrue(Files.exists(out.resolve(f + ".parquet")), f);
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"replicate_seeds\""));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(69, runs.size());
        // every catalog parameter becomes a p_ column (sorted by key), then the outcomes
        assertTrue(runs.get(0).startsWith("run_id,option,design_point,replicate,seed,status,error,wall_seconds,p_"), runs.get(0));
        List<String> header = List.of(runs.get(0).split(","));
        List<String> runKeys = header.stream().filter(h -> h.startsWith("p_run__")).toList();
        assertEquals(runKeys.stream().sorted().toList(), runKeys, "p_ columns are sorted by key");
        assertTrue(runKeys.containsAll(List.of("p_run__days", "p_run__people_per_agent", "p_run__start_date")), runKeys.toString());
        assertTrue(runs.get(0).endsWith(",o_y,o_z"), runs.get(0));
        assertTrue(runs.get(1).startsWith("baseline/p001/r001,baseline,1,1,"));
        List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
        assertEquals(68 * 3 + 1, daily.size());
        assertTrue(daily.get(2).endsWith(",NaN"), "NaN is written as NaN: " + daily.get(2));
        assertTrue(Files.readString(out.resolve("dictionary.csv")).contains("runs.csv,p_run__people_per_agent,run.people_per_agent,parameter,"),
                "the dictionary maps each column to its key");
        // y = ppa / 100 + U(0,1) and ppa spans [50, 200]: people_per_agent must be the top factor
        List<String> sens = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertTrue(sens.contains("y,run.people_per_agent,src," + sens.get(1).split(",")[3] + ",1"), String.join("\n", sens));
        assertTrue(Files.readAllLines(out.resolve("prim.csv")).size() > 1);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT run_id), min(run_id), sum(o_y) FROM read_parquet('"
                    + out.resolve("runs.parquet") + "')");
            rs.next();
            assertEquals(68, rs.getLong(1));
            assertEquals(68, rs.getLong(2));
            assertEquals("baseline/p001/r001", rs.getString(3));
            double sum = 0;
            for (RunRecord r : rep.all()) sum += Double.parseDouble(r.outcome("y"));
            assertEquals(sum, rs.getDouble(4), 1e-9);
            ResultSet d = c.createStatement().executeQuery("SELECT count(*), count(w), count(*) FILTER (WHERE isnan(w)) FROM read_parquet('"
                    + out.resolve("daily.parquet") + "')");
            d.next();
            assertEquals(204, d.getLong(1));
            assertEquals(204, d.getLong(2), "w is NaN on even days, which is a value, not a missing one (null)");
            assertEquals(68, d.getLong(3));
        }
    }

    @Test
    void shardsMergeToTheUnshardedResult() throws Exception {
        Path all = dir.resolve("all");
        experiment(Shard.ALL).run(all, false, Fakes.model(1e9), Progress::silent);
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path s = dir.resolve("shard" + k);
            Experiment.Report r = experiment(new Shard(k, 3)).run(s, false, Fakes.model(1e9), Progress::silent);
            assertTrue(r.owned() == 22 || r.owned() == 23);
            shards.add(s);
        }
        // fixed column types: DuckDB can read all shards as one table, as the Slurm notes recommend
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*), typeof(any_value(o_y)), typeof(any_value(p_run__people_per_agent)) FROM read_parquet('"
                    + dir.resolve("shard*").resolve("runs.parquet") + "')");
            rs.next();
            assertEquals(68, rs.getLong(1));
            assertEquals("DOUBLE", rs.getString(2));
            assertEquals("DOUBLE", rs.getString(3));
        }
        shards.add(shards.get(0)); // a folder given twice merges cleanly
        Path merged = dir.resolve("merged");
        List<RunRecord> m = Merge.merge(shards, merged);
        experiment(Shard.ALL).writeAnalysis(ResultsStore.open(merged, true), m);
        assertEquals(runsCsvWithoutWall(all), runsCsvWithoutWall(merged));
        assertEquals(Files.readAllLines(all.resolve("daily.csv")), Files.readAllLines(merged.resolve("daily.csv")));
        assertEquals(Files.readAllLines(all.resolve("summary.csv")), Files.readAllLines(merged.resolve("summary.csv")));
    }

    @Test
    void mergeRejectsConflictingDuplicates() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        experiment(Shard.ALL).run(a, false, Fakes.model(1e9), Progress::silent);
        RunFunction shifted = spec -> {
            RunResult r = Fakes.model(1e9).run(spec);
            java.util.Map<String, Double> s = new java.util.LinkedHashMap<>(r.summary());
            s.put("y", s.get("y") + 1);
            return new RunResult(r.dailyColumns(), r.daily(), s);
        };
        experiment(new Shard(1, 2)).run(b, false, shifted, Progress::silent);
        InputException e = assertThrows(InputException.class, () -> Merge.merge(List.of(a, b), dir.resolve("m")));
        assertTrue(e.getMessage().contains("different results"), e.getMessage());
    }

    @Test
    void resumeAfterAKillRunsOnlyWhatIsMissingAndNeverDuplicates() throws Exception {
        Path out = dir.resolve("killed");
        // first attempt: half the runs finish (shard 1/2), then the process "dies" mid-append
        experiment(new Shard(1, 2)).run(out, false, Fakes.model(1e9), Progress::silent);
        Path log = out.resolve(ResultsStore.LOG);
        byte[] bytes = Files.readAllBytes(log);
        Files.write(log, java.util.Arrays.copyOf(bytes, bytes.length - 10)); // torn last record
        int survived = ResultsStore.readRecords(out).size();
        assertEquals(33, survived);
        assertThrows(InputException.class, () -> experiment(Shard.ALL).run(out, false, Fakes.model(1e9), Progress::silent));
        AtomicInteger calls = new AtomicInteger();
        RunFunction counting = spec -> {
            calls.incrementAndGet();
            return Fakes.model(1e9).run(spec);
        };
        Experiment.Report rep = experiment(Shard.ALL).run(out, true, counting, Progress::silent);
        assertEquals(68 - survived, calls.get());
        assertEquals(survived, rep.skipped());
        Path clean = dir.resolve("clean");
        experiment(Shard.ALL).run(clean, false, Fakes.model(1e9), Progress::silent);
        assertEquals(runsCsvWithoutWall(clean), runsCsvWithoutWall(out));
        assertEquals(Files.readAllLines(clean.resolve("daily.csv")), Files.readAllLines(out.resolve("daily.csv")));
    }

    @Test
    void failedRunsAreReportedWithSeedAndParametersAndRetriedOnResume() throws Exception {
        Path out = dir.resolve("fails");
        Experiment.Report rep = experiment(Shard.ALL).run(out, false, Fakes.model(120), Progress::silent);
        assertTrue(!rep.failed().isEmpty());
        for (RunRecord r : rep.failed()) {
            assertEquals("failed", r.row().get("status"));
            assertTrue(Double.parseDouble(r.param("run.people_per_agent")) > 120);
            assertTrue(r.row().get("error").contains("planted failure"));
            assertTrue(!r.row().get("seed").isEmpty());
        }
        Experiment.Report again = experiment(Shard.ALL).run(out, true, Fakes.model(1e9), Progress::silent);
        assertEquals(0, again.failed().size());
        assertEquals(rep.failed().size(), again.executed());
        assertEquals(69, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    @Test
    void compareRunsTheRealModel() throws Exception {
        Design d = Design.compare(List.of("baseline", "rapid-force"), 2, 7, 2);
        Path out = dir.resolve("compare");
        Experiment.Report rep = new Experiment(d, LOADER, null, Shard.ALL, new RunPool(2, 1), "hsim compare")
                .run(out, false, Simulation::run, Progress::silent);
        assertEquals(4, rep.owned());
        assertEquals(0, rep.failed().size());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(1).startsWith("baseline/r001,baseline,-1,1,"), runs.get(1));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("option,outcome,n,mean,sd,median,p10,p90,ci_low,ci_high,diff_n,diff_mean,diff_sd,diff_ci_low,diff_ci_high", summary.get(0));
        // outcome names belong to the model; check the structure only
        assertTrue(summary.size() > 2);
        for (String[] f : Csv.records("summary.csv", Files.readString(out.resolve("summary.csv"))).subList(1, summary.size())) {
            String line = String.join(",", f);
            assertEquals("2", f[2], line);
            assertEquals(f[0].equals("baseline") ? "" : "2", f[10], line);
        }
        assertTrue(!Files.exists(out.resolve("design.csv")));
    }
}
