package hsim.runner;

import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.design.Factor;
import hsim.runner.design.PlannedRun;
import hsim.runner.design.Seeds;
import hsim.runner.design.Threshold;
import hsim.runner.exec.Progress;
import hsim.runner.exec.RunFunction;
import hsim.runner.exec.RunOutcome;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import hsim.runner.stats.Analysis;
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
    /** What happened: runs this shard owns, how many were skipped as already done, and the failures. */
    public record Report(int owned, int skipped, int executed, List<RunRecord> failed, List<RunRecord> all) {}

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
        String start = Instant.now().toString();
        try (ResultsStore folder = ResultsStore.open(out, resume)) {
            Set<String> done = folder.finishedOk();
            List<PlannedRun> todo = mine.stream().filter(r -> !done.contains(r.runId())).toList();
            folder.writeManifest(manifest(start, null, all.size(), mine.size()));
            Progress progress = progressFactory.create(todo.size());
            pool.execute(todo, fn, o -> {
                // the map state first: a run in the log always has its state (a kill in between redoes the run)
                if (o.ok() && o.result().finalState() != null) {
                    FinalStates.write(FinalStateSchema.file(out, o.run().runId()), o.result().finalState());
                }
                folder.append(o);
                progress.finished(o.ok());
            }, false);
            progress.close();
            folder.materialise();
            List<RunRecord> records = new ArrayList<>(new java.util.TreeMap<>(byId(folder.records())).values());
            writeAnalysis(folder, records);
            folder.writeManifest(manifest(start, Instant.now().toString(), all.size(), mine.size()));
            Set<String> mineIds = new java.util.HashSet<>();
            for (PlannedRun r : mine) mineIds.add(r.runId());
            List<RunRecord> failed = records.stream().filter(r -> !r.ok() && mineIds.contains(r.runId())).toList();
            return new Report(mine.size(), mine.size() - todo.size(), todo.size(), failed, records);
        }
    }

    private static Map<String, RunRecord> byId(List<RunRecord> rs) {
        Map<String, RunRecord> m = new LinkedHashMap<>();
        for (RunRecord r : rs) m.put(r.runId(), r);
        return m;
    }

    /** summary and dictionary (always), and for sweeps design, sensitivity and prim tables. */
    public void writeAnalysis(ResultsStore folder, List<RunRecord> records) throws IOException {
        List<String> names = design.scenarioNames();
        String baseline = names.contains("baseline") ? "baseline" : loader.load(names.get(0)).name();
        folder.writeTable(FileNames.SUMMARY, Analysis.summary(records, baseline));
        List<String> designColumns = List.of();
        if (!design.factors().isEmpty()) {
            hsim.runner.store.Table d = Analysis.design(design);
            designColumns = d.columns();
            folder.writeTable(FileNames.DESIGN, d);
            folder.writeTable(FileNames.SENSITIVITY, Analysis.sensitivity(records, design.factors()));
            folder.writeTable(FileNames.PRIM, Analysis.prim(records, design.factors(), design.thresholds()));
        }
        folder.writeDictionary(records, designColumns);
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
