package hsim.runner.calibrate;

import hsim.results.Csv;
import hsim.results.FileNames;
import hsim.results.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The files a calibration writes as its waves finish: particles, per-target fit, the history points and series
 * behind the report page, and at the end the ensemble with the header saying how it was made. Apart from
 * {@link Calibration} so that the wave logic and the output formats each stay small.
 */
final class CalibrationOutputs {
    private final CalibrationConfig config;
    private final String commandLine;
    private final String note;

    CalibrationOutputs(CalibrationConfig config, String commandLine, String note) {
        this.config = config;
        this.commandLine = commandLine;
        this.note = note;
    }

    void writeProgress(Path out, List<Calibration.Wave> waves, List<Target> all, List<Target> used, LocalDate start, int days,
                               List<String> metrics, String started, String ended) throws IOException {
        List<String> keys = config.priorKeys();
        StringBuilder p = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("wave", "point", "accepted", "weight", "distance", "tolerance"));
        head.addAll(keys);
        p.append(Csv.line(head));
        StringBuilder f = new StringBuilder(Csv.line(List.of("wave", "point", "accepted", "target", "model_value", "distance")));
        for (Calibration.Wave w : waves) {
            for (int i = 0; i < w.thetas().size(); i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(w.number()), Integer.toString(i + 1), w.accepted()[i] ? "1" : "0",
                        Csv.number(w.weights()[i]), Csv.number(w.distances()[i]), Csv.number(w.tolerance())));
                for (double v : w.thetas().get(i)) row.add(Csv.number(v));
                p.append(Csv.line(row));
                for (int t = 0; t < used.size(); t++) {
                    f.append(Csv.line(List.of(Integer.toString(w.number()), Integer.toString(i + 1), w.accepted()[i] ? "1" : "0",
                            used.get(t).id(), Csv.number(w.targetValues()[i][t]), Csv.number(w.targetDistances()[i][t]))));
                }
            }
        }
        write(out.resolve(Calibration.PARTICLES), p.toString());
        write(out.resolve(Calibration.TARGET_FIT), f.toString());

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "hsim calibrate");
        m.put("method", "ABC-SMC (Toni et al. 2009; Beaumont et al. 2009): wave 1 " + config.firstDesign()
                + " over uniform priors, later waves Gaussian-kernel moves; tolerance = accept_share quantile");
        m.put("hsim_version", hsim.runner.Version.version());
        m.put("git_commit", hsim.runner.Version.commit());
        m.put("command_line", commandLine);
        m.put("config", config.source());
        m.put("note", note);
        m.put("scenario", config.scenario());
        m.put("fixed", new LinkedHashMap<>(config.fixed()));
        Map<String, Object> pri = new LinkedHashMap<>();
        for (Prior pr : config.priors()) pri.put(pr.key(), List.of(pr.lo(), pr.hi()));
        m.put("priors", pri);
        m.put("targets_file", config.targetsFile().toString());
        m.put("targets_until", config.until().toString());
        m.put("targets_calibration_rows", all.size());
        m.put("targets_used", used.size());
        m.put("start_date", start.toString());
        m.put("days", days);
        m.put("replicates", config.replicates());
        m.put("runs_per_wave", config.runsPerWave());
        m.put("base_seed", config.seed());
        List<Object> ws = new ArrayList<>();
        for (Calibration.Wave w : waves) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("wave", w.number());
            e.put("tolerance", w.tolerance());
            int a = 0;
            for (boolean b : w.accepted()) if (b) a++;
            e.put("accepted", a);
            e.put("ess", Abc.ess(w.population().stream().mapToDouble(Abc.Particle::weight).toArray()));
            e.put("runs_executed_this_call", w.executed());
            e.put("runs_failed_this_call", w.failed());
            ws.add(e);
        }
        m.put("waves", ws);
        m.put("start_time", started);
        m.put("end_time", ended);
        write(out.resolve(Calibration.MANIFEST), Json.write(m) + "\n");
    }

    void writeEnsembleOutputs(Path out, Calibration.Wave fin, List<Target> all, List<Target> used, LocalDate start, int days,
                                      List<String> metrics) throws IOException {
        List<Abc.Particle> pop = fin.population();
        // ensemble.csv: the accepted parameter sets of the last wave, with the header saying how they were made
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("made_by", "hsim calibrate " + config.source());
        meta.put("command_line", commandLine);
        meta.put("hsim_version", hsim.runner.Version.version());
        meta.put("git_commit", hsim.runner.Version.commit());
        meta.put("created", Instant.now().toString());
        meta.put("note", note);
        meta.put("scenario", config.scenario());
        List<String> fx = new ArrayList<>();
        config.fixed().forEach((k, v) -> fx.add(k + "=" + v));
        meta.put("fixed", String.join("; ", fx));
        meta.put("method", "ABC-SMC, " + fin.number() + (fin.number() < config.waves() ? " of " + config.waves() : "") + " waves x " + config.runsPerWave() + " points x " + config.replicates()
                + " replicates, " + days + " days from " + start + ", first wave " + config.firstDesign() + ", accept_share " + config.acceptShare());
        meta.put("targets", used.size() + " of " + all.size() + " calibration rows of " + config.targetsFile() + " (<= " + config.until() + ")");
        meta.put("tolerance", Csv.number(fin.tolerance()));
        List<Ensemble.Member> members = new ArrayList<>();
        int idx = 0;
        for (int i = 0; i < fin.thetas().size(); i++) {
            if (!fin.accepted()[i]) continue;
            Map<String, String> v = new LinkedHashMap<>();
            for (int j = 0; j < config.priors().size(); j++) v.put(config.priors().get(j).key(), config.priors().get(j).text(fin.thetas().get(i)[j]));
            members.add(new Ensemble.Member(++idx, fin.number(), i + 1, fin.weights()[i], fin.distances()[i], v));
        }
        new Ensemble(meta, config.priorKeys(), members).write(out.resolve(Calibration.ENSEMBLE));

        // targets.csv: every calibration row, why it was or was not used, and the ensemble against it
        Map<String, Integer> usedIndex = new HashMap<>();
        for (int t = 0; t < used.size(); t++) usedIndex.put(used.get(t).id(), t);
        StringBuilder tb = new StringBuilder(Csv.line(List.of("target", "date", "metric", "model_metric", "value", "low", "high", "metro_share",
                "metro_value", "metro_low", "metro_high", "status", "ensemble_median", "ensemble_p10", "ensemble_p90", "inside_band",
                "mean_distance", "implausibility", "implausible", "source")));
        for (Target t : all) {
            String why = TargetMatch.unusable(t, start, days, metrics, config.exclude());
            Integer ti = usedIndex.get(t.id());
            String med = "", p10 = "", p90 = "", inside = "", md = "", imp = "", impl = "";
            if (why == null && ti != null) {
                double[] vals = new double[pop.size()];
                double[] ws = new double[pop.size()];
                double mean = 0, meanD = 0;
                int a = 0;
                for (int i = 0; i < fin.thetas().size(); i++) {
                    if (!fin.accepted()[i]) continue;
                    vals[a] = fin.targetValues()[i][ti];
                    ws[a] = fin.weights()[i];
                    mean += ws[a] * vals[a];
                    meanD += ws[a] * fin.targetDistances()[i][ti];
                    a++;
                }
                double var = 0;
                for (int i = 0; i < a; i++) var += ws[i] * (vals[i] - mean) * (vals[i] - mean);
                double m = Quantile.weighted(vals, ws, 0.5);
                med = Csv.number(m);
                p10 = Csv.number(Quantile.weighted(vals, ws, 0.1));
                p90 = Csv.number(Quantile.weighted(vals, ws, 0.9));
                inside = m >= t.metroLow() - 1e-12 && m <= t.metroHigh() + 1e-12 ? "yes" : "no";
                md = Csv.number(meanD);
                double I = TargetMatch.implausibility(t, mean, var, config.zeroBandTolerance());
                imp = Csv.number(I);
                impl = I > 3 ? "yes" : "no";
            }
            tb.append(Csv.line(List.of(t.id(), t.date().toString(), t.metric(), t.modelMetric(), Csv.number(t.value()), Csv.number(t.low()),
                    Csv.number(t.high()), Csv.number(t.metroShare()), Csv.number(t.metroValue()), Csv.number(t.metroLow()),
                    Csv.number(t.metroHigh()), why == null ? "used" : "not used: " + why, med, p10, p90, inside, md, imp, impl, t.source())));
        }
        write(out.resolve(Calibration.TARGETS), tb.toString());

        // series.csv and history_points.csv: the ensemble's median and 80 % band of each target metric over time
        Path daily = out.resolve("wave-" + fin.number()).resolve(FileNames.csv(FileNames.DAILY));
        Map<String, Map<String, double[]>> series = Calibration.readSeries(daily, used);
        Map<String, Double> runWeight = new LinkedHashMap<>();
        for (int i = 0; i < fin.thetas().size(); i++) {
            if (!fin.accepted()[i]) continue;
            String prefix = String.format(Locale.ROOT, "p%0" + Math.max(3, Integer.toString(fin.thetas().size()).length()) + "d/", i + 1);
            for (String id : series.keySet()) if (id.startsWith(prefix)) runWeight.put(id, fin.weights()[i] / config.replicates());
        }
        Set<String> metricSet = new LinkedHashSet<>();
        for (Target t : used) metricSet.add(t.modelMetric());
        StringBuilder sb = new StringBuilder(Csv.line(List.of("model_metric", "day", "date", "median", "p10", "p90", "members", "runs")));
        for (String metric : metricSet) {
            for (int day = 1; day <= days; day++) {
                double[] v = new double[runWeight.size()];
                double[] w = new double[runWeight.size()];
                int k = 0;
                for (Map.Entry<String, Double> e : runWeight.entrySet()) {
                    double[] s = TargetMatch.series(metric, series.get(e.getKey()));
                    if (s == null || day > s.length || Double.isNaN(s[day - 1])) continue;
                    v[k] = s[day - 1];
                    w[k++] = e.getValue();
                }
                if (k == 0) continue;
                v = Arrays.copyOf(v, k);
                w = Arrays.copyOf(w, k);
                sb.append(Csv.line(List.of(metric, Integer.toString(day), start.plusDays(day - 1).toString(), Csv.number(Quantile.weighted(v, w, 0.5)),
                        Csv.number(Quantile.weighted(v, w, 0.1)), Csv.number(Quantile.weighted(v, w, 0.9)), Integer.toString(pop.size()), Integer.toString(k))));
            }
        }
        write(out.resolve(Calibration.SERIES), sb.toString());
        StringBuilder hb = new StringBuilder(Csv.line(List.of("model_metric", "target", "day", "date", "value", "low", "high")));
        for (Target t : used) {
            // a count over a period is drawn where the cumulative metric should stand: the ensemble median at the
            // period's start plus the metro count for the days the run covers
            double offset = 0, scale = 1;
            if (t.periodStart() != null) {
                LocalDate from = t.periodStart().isBefore(start) ? start : t.periodStart();
                long f = TargetMatch.day(start, from);
                long d = TargetMatch.day(start, t.date());
                scale = (double) (d - f + 1) / (java.time.temporal.ChronoUnit.DAYS.between(t.periodStart(), t.date()) + 1);
                double[] v = new double[runWeight.size()], w = new double[runWeight.size()];
                int k = 0;
                for (Map.Entry<String, Double> e : runWeight.entrySet()) {
                    double[] s = TargetMatch.series(t.modelMetric(), series.get(e.getKey()));
                    v[k] = f >= 2 && s != null ? s[(int) f - 2] : 0;
                    w[k++] = e.getValue();
                }
                offset = k == 0 ? 0 : Quantile.weighted(Arrays.copyOf(v, k), Arrays.copyOf(w, k), 0.5);
            }
            hb.append(Csv.line(List.of(t.modelMetric(), t.id(), Long.toString(TargetMatch.day(start, t.date())), t.date().toString(),
                    Csv.number(offset + scale * t.metroValue()), Csv.number(offset + scale * t.metroLow()), Csv.number(offset + scale * t.metroHigh()))));
        }
        write(out.resolve(Calibration.HISTORY), hb.toString());
    }

    /** Writes {@code text} to {@code file} through a temporary sibling and an atomic move. */
    static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
