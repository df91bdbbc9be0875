package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.results.CsvTable;
import hsim.results.FileNames;
import hsim.runner.design.LatinHypercube;
import hsim.runner.design.Nolh;
import hsim.runner.design.PlannedRun;
import hsim.runner.design.Seeds;
import hsim.runner.exec.Progress;
import hsim.runner.exec.RunFunction;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import hsim.runner.store.RunRecord;
import hsim.runner.store.ResultsStore;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs a calibration wave by wave. Each wave is an ordinary results folder ({@code wave-N/}: runs.log,
 * runs.csv, daily.csv) of design points x replicates, replicate r seeded alike in every point and wave
 * (common random numbers), so {@code --resume} skips finished runs and every wave's candidates follow from
 * the config and the earlier waves alone. A shard of a wave ({@code --wave W --shard K/N}) writes
 * {@code wave-W-shard-K-of-N/}; the next unsharded call takes those runs over instead of re-running them.
 * Outputs at the top of the folder: {@code ensemble.csv}, {@code particles.csv}, {@code target_fit.csv},
 * {@code targets.csv}, {@code series.csv}, {@code history_points.csv}, {@code calibration.json}.
 */
public final class Calibration {
    public static final String ENSEMBLE = "ensemble.csv";
    public static final String PARTICLES = "particles.csv";
    public static final String TARGETS = "targets.csv";
    public static final String TARGET_FIT = "target_fit.csv";
    public static final String SERIES = "series.csv";
    public static final String HISTORY = "history_points.csv";
    public static final String MANIFEST = "calibration.json";

    /** What happened, for the command's summary line and tests. */
    public record Result(int wavesDone, int runsExecuted, int runsFailed, List<Abc.Particle> ensemble, double tolerance, boolean complete) {}

    /** A wave's outcome: every point's values and distance, the accepted ones and their weights. */
    record Wave(int number, List<double[]> thetas, double[] distances, double[][] targetValues, double[][] targetDistances,
                boolean[] accepted, double[] weights, double tolerance, int executed, int failed) {
        List<Abc.Particle> population() {
            List<Abc.Particle> p = new ArrayList<>();
            for (int i = 0; i < thetas.size(); i++) if (accepted[i]) p.add(new Abc.Particle(thetas.get(i), distances[i], weights[i]));
            return p;
        }
    }

    private final CalibrationConfig config;
    private final ScenarioLoader loader;
    private final RunPool pool;
    private final RunFunction fn;
    private final String commandLine;
    private final CalibrationOutputs outputs;

    public Calibration(CalibrationConfig config, ScenarioLoader loader, RunPool pool, RunFunction fn, String commandLine, String note) {
        this.config = config;
        this.loader = loader;
        this.pool = pool;
        this.fn = fn;
        this.commandLine = commandLine;
        this.outputs = new CalibrationOutputs(config, commandLine, note == null ? "" : note);
    }

    /** The scenario every run starts from: the config's scenario with its fixed settings. */
    public Scenario base() {
        Scenario s = loader.load(config.scenario());
        List<String> sets = new ArrayList<>();
        config.fixed().forEach((k, v) -> sets.add(k + "=" + v));
        return sets.isEmpty() ? s : loader.override(s, sets);
    }

    public int days() { return config.days() != null ? config.days() : base().integer("run.days"); }

    /** Runs waves {@code 1..config.waves()}; with {@code onlyWave} and a shard, just that shard of that wave. */
    public Result run(Path out, boolean resume, Integer onlyWave, Shard shard, Progress.Factory progress) throws Exception {
        Scenario base = base();
        LocalDate start = base.date("run.start_date");
        int days = days();
        List<Target> all = new ArrayList<>();
        for (Target t : TargetsFile.read(config.targetsFile(), config.until()).calibration()) all.add(config.apply(t));
        Files.createDirectories(out);
        String started = Instant.now().toString();
        List<Wave> waves = new ArrayList<>();
        int executed = 0, failed = 0;
        List<String> metrics = List.of();
        List<Target> used = null;
        int last = onlyWave != null ? onlyWave : config.waves();
        if (onlyWave != null && (onlyWave < 1 || onlyWave > config.waves())) {
            throw new InputException("command line", 0, "--wave", onlyWave + " is out of range; allowed 1.." + config.waves());
        }
        for (int w = 1; w <= last; w++) {
            List<double[]> thetas = w == 1 ? firstWave() : Abc.propose(waves.get(w - 2).population(), config.priors(),
                    config.runsPerWave(), config.seed(), w);
            List<PlannedRun> runs = plan(base, thetas, days);
            boolean sharded = onlyWave != null && shard.n() > 1;
            Path dir = out.resolve("wave-" + w);
            int[] ef;
            if (sharded && w < onlyWave) {
                requireComplete(dir, runs, w, onlyWave); // many array tasks read it at once: never open it for writing
                ef = new int[] {0, 0};
            } else if (sharded) {
                Path sd = out.resolve("wave-" + w + "-shard-" + shard.k() + "-of-" + shard.n());
                ef = runWave(sd, runs, shard, true, null, w, progress);
                return new Result(w - 1, ef[0], ef[1], List.of(), Double.NaN, false);
            } else {
                ef = runWave(dir, runs, Shard.ALL, resume, out, w, progress);
            }
            executed += ef[0];
            failed += ef[1];
            Map<String, Map<String, double[]>> series = readSeries(dir.resolve(FileNames.csv(FileNames.DAILY)), all);
            if (used == null) {
                metrics = dailyMetrics(dir.resolve(FileNames.csv(FileNames.DAILY)));
                used = new ArrayList<>();
                for (Target t : all) if (TargetMatch.unusable(t, start, days, metrics, config.exclude()) == null) used.add(t);
                if (used.isEmpty()) {
                    java.util.Set<String> why = new java.util.TreeSet<>();
                    for (Target t : all) why.add(TargetMatch.unusable(t, start, days, metrics, config.exclude()).replaceAll(" \\(day.*", ""));
                    throw new InputException(config.source(), 0, "targets", "no target can be compared with these runs (" + days
                            + " days from " + start + "): " + String.join("; ", why));
                }
            }
            Wave scored = score(w, thetas, runs, series, used, start, waves.isEmpty() ? null : waves.get(w - 2), ef);
            if (scored.population().isEmpty()) {
                throw new IllegalStateException("no design point of wave " + w + " has a value for every target (runs failed: "
                        + ef[1] + "; see " + dir.resolve(FileNames.csv(FileNames.RUNS)) + "); --resume retries failed runs");
            }
            waves.add(scored);
            outputs.writeProgress(out, waves, all, used, start, days, metrics, started, null);
        }
        Wave fin = waves.get(waves.size() - 1);
        outputs.writeProgress(out, waves, all, used, start, days, metrics, started, Instant.now().toString());
        outputs.writeEnsembleOutputs(out, fin, all, used, start, days, metrics);
        return new Result(waves.size(), executed, failed, fin.population(), fin.tolerance(), waves.size() == config.waves());
    }

    private List<double[]> firstWave() {
        List<Prior> pr = config.priors();
        int n = config.runsPerWave(), k = pr.size();
        List<double[]> out = new ArrayList<>();
        if (config.firstDesign().equals("nolh")) {
            for (int[] row : Nolh.design(n, k)) {
                double[] th = new double[k];
                for (int j = 0; j < k; j++) th[j] = Double.parseDouble(pr.get(j).factor().level(row[j], n));
                out.add(th);
            }
        } else {
            for (double[] row : LatinHypercube.design(n, k, config.seed())) {
                double[] th = new double[k];
                for (int j = 0; j < k; j++) th[j] = Double.parseDouble(pr.get(j).factor().at(row[j]));
                out.add(th);
            }
        }
        return out;
    }

    private List<PlannedRun> plan(Scenario base, List<double[]> thetas, int days) {
        List<PlannedRun> runs = new ArrayList<>();
        String pFmt = "p%0" + Math.max(3, Integer.toString(thetas.size()).length()) + "d";
        String rFmt = "r%0" + Math.max(3, Integer.toString(config.replicates()).length()) + "d";
        for (int p = 0; p < thetas.size(); p++) {
            Map<String, String> ov = new LinkedHashMap<>();
            List<String> sets = new ArrayList<>();
            for (int j = 0; j < config.priors().size(); j++) {
                Prior pr = config.priors().get(j);
                String v = pr.text(thetas.get(p)[j]);
                thetas.get(p)[j] = Double.parseDouble(v); // the value the run really gets
                ov.put(pr.key(), v);
                sets.add(pr.key() + "=" + v);
            }
            Scenario s = loader.override(base, sets);
            for (int r = 1; r <= config.replicates(); r++) {
                String id = String.format(Locale.ROOT, pFmt, p + 1) + "/" + String.format(Locale.ROOT, rFmt, r);
                runs.add(new PlannedRun(runs.size(), id, base.name(), p + 1, r, Seeds.replicateSeed(config.seed(), r), days, s, ov));
            }
        }
        return runs;
    }

    /** Runs what is not done yet in {@code dir}, first taking over finished runs from this wave's shard folders. */
    private int[] runWave(Path dir, List<PlannedRun> runs, Shard shard, boolean resume, Path shardsParent, int wave,
                          Progress.Factory progressFactory) throws Exception {
        List<PlannedRun> mine = shard.select(runs, PlannedRun::index);
        Map<String, PlannedRun> byId = new HashMap<>();
        for (PlannedRun r : runs) byId.put(r.runId(), r);
        try (ResultsStore store = ResultsStore.open(dir, resume)) {
            Set<String> done = new LinkedHashSet<>(store.finishedOk());
            for (String id : done) {
                if (!byId.containsKey(id)) {
                    throw new InputException(dir.toString(), 0, FileNames.RUNS_LOG, "holds run " + id
                            + ", which this config does not plan; the config changed since these runs (use another --out)");
                }
            }
            if (shardsParent != null) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(shardsParent, "wave-" + wave + "-shard-*")) {
                    for (Path sd : ds) {
                        if (!Files.isRegularFile(sd.resolve(FileNames.RUNS_LOG))) continue;
                        for (RunRecord r : ResultsStore.readRecords(sd)) {
                            if (r.ok() && byId.containsKey(r.runId()) && !done.contains(r.runId())) {
                                store.append(r);
                                done.add(r.runId());
                            }
                        }
                    }
                }
            }
            List<PlannedRun> todo = mine.stream().filter(r -> !done.contains(r.runId())).toList();
            store.writeManifest(waveManifest(wave, runs.size(), mine.size(), shard));
            Progress progress = progressFactory.create(todo.size());
            int[] failed = new int[1];
            pool.execute(todo, fn, o -> {
                store.append(o);
                if (!o.ok()) failed[0]++;
                progress.finished(o.ok());
            }, false);
            progress.close();
            store.materialise();
            return new int[] {todo.size(), failed[0]};
        }
    }

    private static void requireComplete(Path dir, List<PlannedRun> runs, int wave, int onlyWave) throws IOException {
        Set<String> ok = new java.util.HashSet<>();
        if (Files.isRegularFile(dir.resolve(FileNames.RUNS_LOG))) {
            for (RunRecord r : ResultsStore.readRecords(dir)) if (r.ok()) ok.add(r.runId());
        }
        for (PlannedRun r : runs) {
            if (!ok.contains(r.runId())) {
                throw new InputException("command line", 0, "--wave", "wave " + onlyWave + " needs wave " + wave + " complete in " + dir
                        + " (run " + r.runId() + " is missing); run 'hsim calibrate CONFIG --wave " + wave + " --resume' first");
            }
        }
    }

    private Map<String, Object> waveManifest(int wave, int total, int owned, Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hsim_version", hsim.runner.Version.version());
        m.put("git_commit", hsim.runner.Version.commit());
        m.put("command_line", commandLine);
        m.put("scenarios", List.of(config.scenario()));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "calibration wave " + wave);
        d.put("source", config.source());
        d.put("points", config.runsPerWave());
        d.put("replicates", config.replicates());
        d.put("days", days());
        Map<String, Object> fs = new LinkedHashMap<>();
        for (Prior p : config.priors()) fs.put(p.key(), List.of(p.lo(), p.hi()));
        d.put("factors", fs);
        m.put("design", d);
        m.put("base_seed", config.seed());
        m.put("seed_rule", "seed(r) = SplitMix64(SplitMix64(base_seed) + r * 0x9E3779B97F4A7C15), same in every point and wave");
        m.put("shard", shard.toString());
        m.put("runs_total", total);
        m.put("runs_in_shard", owned);
        return m;
    }

    /** Per run id, the daily series of each target's model metric (index 0 = day 1). */
    static Map<String, Map<String, double[]>> readSeries(Path daily, List<Target> targets) throws IOException {
        Set<String> wanted = new LinkedHashSet<>();
        for (Target t : targets) wanted.addAll(TargetMatch.columns(t.modelMetric()));
        Map<String, Map<String, List<double[]>>> tmp = new LinkedHashMap<>();
        if (!Files.isRegularFile(daily)) return Map.of();
        CsvTable.stream(daily, new CsvTable.RowHandler() {
            @Override
            public void row(CsvTable t, int i) {
                String id = t.text(0, "run_id");
                int day = (int) t.number(0, "day");
                Map<String, List<double[]>> m = tmp.computeIfAbsent(id, k -> new LinkedHashMap<>());
                for (String w : wanted) {
                    if (!t.has(w)) continue;
                    m.computeIfAbsent(w, k -> new ArrayList<>()).add(new double[] {day, t.number(0, w)});
                }
            }
        });
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        tmp.forEach((id, m) -> {
            Map<String, double[]> s = new LinkedHashMap<>();
            m.forEach((metric, rows) -> {
                int n = 0;
                for (double[] r : rows) n = Math.max(n, (int) r[0]);
                double[] v = new double[n];
                Arrays.fill(v, Double.NaN);
                for (double[] r : rows) if (r[0] >= 1) v[(int) r[0] - 1] = r[1];
                s.put(metric, v);
            });
            out.put(id, s);
        });
        return out;
    }

    static List<String> dailyMetrics(Path daily) throws IOException {
        if (!Files.isRegularFile(daily)) return List.of();
        List<String> cols = new ArrayList<>();
        CsvTable.stream(daily, new CsvTable.RowHandler() {
            @Override
            public void header(CsvTable t) { cols.addAll(t.header()); }

            @Override
            public void row(CsvTable t, int i) {}
        });
        return cols;
    }

    private Wave score(int w, List<double[]> thetas, List<PlannedRun> runs, Map<String, Map<String, double[]>> series,
                       List<Target> used, LocalDate start, Wave previous, int[] ef) {
        int n = thetas.size();
        double[][] values = new double[n][used.size()];
        double[][] dists = new double[n][used.size()];
        double[] d = new double[n];
        for (int p = 0; p < n; p++) {
            for (int t = 0; t < used.size(); t++) {
                double sum = 0;
                int k = 0;
                boolean missing = false;
                for (PlannedRun r : runs) {
                    if (r.designPoint() != p + 1) continue;
                    Map<String, double[]> s = series.get(r.runId());
                    double v = s == null ? Double.NaN : TargetMatch.modelValue(used.get(t), start, TargetMatch.series(used.get(t).modelMetric(), s));
                    if (Double.isNaN(v)) missing = true;
                    sum += v;
                    k++;
                }
                values[p][t] = missing || k == 0 ? Double.NaN : sum / k;
                dists[p][t] = TargetMatch.distance(used.get(t), values[p][t], config.zeroBandTolerance());
            }
            d[p] = TargetMatch.combine(used, dists[p]);
        }
        double eps = previous == null ? Abc.firstTolerance(d, config.acceptShare(), config.minAccepted())
                : Abc.nextTolerance(previous.population(), d, config.acceptShare(), config.minAccepted());
        boolean[] acc = new boolean[n];
        List<double[]> accepted = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            acc[p] = Double.isFinite(d[p]) && d[p] <= eps;
            if (acc[p]) accepted.add(thetas.get(p));
        }
        double[] wAcc = Abc.weights(accepted, previous == null ? null : previous.population(), config.priors());
        double[] weights = new double[n];
        for (int p = 0, a = 0; p < n; p++) if (acc[p]) weights[p] = wAcc[a++];
        return new Wave(w, thetas, d, values, dists, acc, weights, eps, ef[0], ef[1]);
    }

}
