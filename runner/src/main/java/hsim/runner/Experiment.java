package hsim.runner;

import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.design.Factor;
import hsim.runner.design.PlannedRun;
import hsim.runner.design.Seeds;
import hsim.runner.design.Threshold;
import hsim.runner.exec.HeapSampler;
import hsim.runner.exec.Progress;
import hsim.runner.exec.RunFunction;
import hsim.runner.exec.RunOutcome;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import hsim.runner.stats.Analysis;
import hsim.runner.stats.RunColumns;
import hsim.results.FinalStateSchema;
import hsim.runner.store.FinalStates;
import hsim.runner.store.RunRecord;
import hsim.runner.store.ResultsStore;
import hsim.results.FileNames;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a design into a results folder: this shard's runs not yet finished, each logged the moment it
 * ends (with its final map state in {@code states/}); then the CSV/Parquet tables, statistics and manifest are rebuilt from everything logged. The
 * engine of {@code compare} and {@code sweep}.
 */
public final class Experiment {
    /**
     * What happened: runs this shard owns, how many were skipped as already done, the failures among
     * them, and the outcome names of the ok runs. No record of the other runs is kept; {@link #all()}
     * reads them back from the folder.
     */
    public record Report(int owned, int skipped, int executed, List<RunRecord> failed, List<String> outcomes, Path folder) {
        /** Every run of the folder (latest record per run, run-id order), read back from runs.log: holds them all. */
        public List<RunRecord> all() {
            try {
                return ResultsStore.readRecords(folder);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private final Design design;
    private final ScenarioLoader loader;
    private final Integer days;
    private final Shard shard;
    private final RunPool pool;
    private final String commandLine;
    private final List<PlannedRun> runs;
    private final Map<String, Object> extraManifest;

    public Experiment(Design design, ScenarioLoader loader, Integer days, Shard shard, RunPool pool, String commandLine) {
        this(design, null, Map.of(), loader, days, shard, pool, commandLine);
    }

    /**
     * An experiment whose runs are given rather than expanded from {@code design} (a comparison over ensemble
     * members); {@code design} still names the options for the analysis, {@code extraManifest} joins the manifest.
     */
    public Experiment(Design design, List<PlannedRun> runs, Map<String, Object> extraManifest, ScenarioLoader loader, Integer days,
                      Shard shard, RunPool pool, String commandLine) {
        this.design = design;
        this.loader = loader;
        this.days = days;
        this.shard = shard;
        this.pool = pool;
        this.commandLine = commandLine;
        this.runs = runs == null ? null : List.copyOf(runs);
        this.extraManifest = new LinkedHashMap<>(extraManifest);
    }

    public Report run(Path out, boolean resume, RunFunction fn, Progress.Factory progressFactory) throws Exception {
        List<PlannedRun> all = runs != null ? runs : design.runList(loader, days);
        List<PlannedRun> mine = shard.select(all, PlannedRun::index);
        int total = all.size();
        all = null; // only this shard's runs are needed from here on
        String start = Instant.now().toString();
        try (ResultsStore folder = ResultsStore.open(out, resume)) {
            List<PlannedRun> todo = notDone(mine, folder);
            folder.writeManifest(manifest(start, null, total, mine.size()));
            Progress progress = progressFactory.create(todo.size());
            HeapSampler heap = HeapSampler.fromEnv("sweep");
            // streamed: nothing of a finished run stays in memory once it is in the log
            pool.stream(todo, fn, o -> {
                // the map state first: a run in the log always has its state (a kill in between redoes the run)
                if (o.ok() && o.result().finalState() != null) {
                    FinalStates.write(FinalStateSchema.file(out, o.run().runId()), o.result().finalState());
                }
                folder.append(o);
                progress.finished(o.ok());
                heap.tick();
            });
            progress.close();
            folder.materialise();
            Analysed a = writeAnalysis(folder);
            folder.writeManifest(manifest(start, Instant.now().toString(), total, mine.size()));
            List<RunRecord> failed = a.failed();
            if (!failed.isEmpty()) {
                Set<String> mineIds = new java.util.HashSet<>();
                for (PlannedRun r : mine) mineIds.add(r.runId());
                failed = failed.stream().filter(r -> mineIds.contains(r.runId())).toList();
            }
            return new Report(mine.size(), mine.size() - todo.size(), todo.size(), failed, a.ok().outcomes(), out);
        }
    }

    /** This shard's runs that have not finished ok (the done-set lives only while this is worked out). */
    private static List<PlannedRun> notDone(List<PlannedRun> mine, ResultsStore folder) throws IOException {
        Set<String> done = folder.finishedOk();
        if (done.isEmpty()) return mine;
        return mine.stream().filter(r -> !done.contains(r.runId())).toList();
    }

    /** What one streaming pass over the log gathered for the analysis: the ok runs' columns and the failed records. */
    public record Analysed(RunColumns ok, List<RunRecord> failed) {}

    /**
     * summary and dictionary (always), and for sweeps design, sensitivity and prim tables, from every run
     * logged in {@code folder}, streamed from its log (one pass; only the numbers the statistics need are kept).
     */
    public Analysed writeAnalysis(ResultsStore folder) throws IOException {
        RunColumns ok = new RunColumns(design.factors());
        List<RunRecord> failed = new ArrayList<>();
        folder.each(r -> {
            ok.add(r);
            if (!r.ok()) failed.add(r);
        });
        writeTables(folder, ok);
        folder.writeDictionary(designColumns());
        return new Analysed(ok, failed);
    }

    /** As {@link #writeAnalysis(ResultsStore)}, from records in hand (sorted by run id). */
    public void writeAnalysis(ResultsStore folder, List<RunRecord> records) throws IOException {
        writeTables(folder, RunColumns.of(records, design.factors()));
        folder.writeDictionary(records, designColumns());
    }

    private void writeTables(ResultsStore folder, RunColumns ok) throws IOException {
        List<String> names = design.scenarioNames();
        String baseline = names.contains("baseline") ? "baseline" : loader.load(names.get(0)).name();
        folder.writeTable(FileNames.SUMMARY, Analysis.summary(ok, baseline));
        if (!design.factors().isEmpty()) {
            folder.writeTable(FileNames.DESIGN, Analysis.design(design));
            folder.writeTable(FileNames.SENSITIVITY, Analysis.sensitivity(ok));
            folder.writeTable(FileNames.PRIM, Analysis.prim(ok, design.thresholds()));
        }
    }

    private List<String> designColumns() {
        return design.factors().isEmpty() ? List.of() : Analysis.design(design).columns();
    }

    private Map<String, Object> manifest(String start, String end, int total, int owned) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hsim_version", Version.version());
        m.put("git_commit", Version.commit());
        m.put("command_line", commandLine);
        m.put("scenarios", design.scenarioNames());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", design.kind().text());
        d.put("source", design.source());
        d.put("points", design.kind() == hsim.runner.design.DesignKind.COMPARE ? 1 : design.points().size());
        d.put("replicates", design.replicates());
        d.put("days", days != null ? days : design.days());
        Map<String, Object> fs = new LinkedHashMap<>();
        for (Factor f : design.factors()) fs.put(f.key(), f.isRange() ? List.of(f.lo(), f.hi()) : f.levels());
        d.put("factors", fs);
        List<String> th = new ArrayList<>();
        for (Threshold t : design.thresholds()) th.add(t.outcome() + " " + t.text());
        d.put("thresholds", th);
        m.put("design", d);
        m.put("base_seed", design.seed());
        List<String> seeds = new ArrayList<>();
        for (int r = 1; r <= design.replicates(); r++) seeds.add(Long.toString(Seeds.replicateSeed(design.seed(), r)));
        m.put("replicate_seeds", seeds);
        m.put("seed_rule", "seed(r) = SplitMix64(SplitMix64(base_seed) + r * 0x9E3779B97F4A7C15), same in every option and design point");
        m.put("shard", shard.toString());
        m.put("runs_total", total);
        m.put("runs_in_shard", owned);
        m.put("threads_per_run", pool.threadsPerRun());
        m.put("concurrent_runs", pool.concurrentRuns());
        m.put("start_time", start);
        m.put("end_time", end);
        m.putAll(extraManifest);
        return m;
    }
}
