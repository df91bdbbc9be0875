package hsim.viz.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes results folders in the runner's file format with plausible numbers: gang control falls and
 * fuel supply recovers faster under the intervention options, with replicate noise. The report reads
 * files only, so these are genuine inputs for it.
 */
final class ResultsFixture {
    static final List<String> OPTIONS = List.of("baseline", "rapid-force", "training", "special-force",
            "rapid-force+training", "rapid-force+special-force");
    static final String[] METRICS = {"fuel_need_met_share", "gang_control_share", "cholera_cases_cum",
            "displaced_people", "hnp_officers", "port_open"};
    static final String[] OUTCOMES = {"fuel_need_met_share_mean", "gang_control_share", "cholera_cases_cum",
            "displaced_people", "gang_control_share_180d_after_exit", "mystery_index"};

    private ResultsFixture() {}

    /** A compare folder: options x replicates x days, one failed run, and a manifest. */
    static void compare(Path dir, List<String> options, int replicates, int days) throws IOException {
        Files.createDirectories(dir);
        List<Run> runs = new ArrayList<>();
        for (String o : options) {
            for (int r = 0; r < replicates; r++) runs.add(simulate(o, -1, r, 1000L + r, days, effect(o), 1.0));
        }
        runs.get(runs.size() - 1).failed = "worker died: <OutOfMemoryError> & \"heap\"";
        writeAll(dir, runs, days, Map.of("intervention.troops", t -> t.effect > 0 ? Long.toString(Math.round(2000 * t.effect)) : "0",
                "run.days", t -> Integer.toString(days), "intervention.mode", t -> t.option));
        write(dir.resolve("manifest.json"), "{\n  \"hsim_version\": \"0.1.0-SNAPSHOT\",\n  \"git_commit\": \"3f2a9c1\",\n"
                + "  \"command\": \"hsim compare --replicates " + replicates + " --days " + days + " --out results\",\n"
                + "  \"scenarios\": " + json(options) + ",\n  \"design\": null,\n  \"seeds\": {\"base\": 1000, \"count\": "
                + replicates + "},\n  \"start\": \"2026-11-28T12:00:00Z\",\n  \"end\": \"2026-11-28T12:41:07Z\"\n}\n");
    }

    /** A sweep folder: design points over three factors, sensitivity and PRIM files. */
    static void sweep(Path dir, int points, int replicates, int days) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(7);
        List<Run> runs = new ArrayList<>();
        StringBuilder design = new StringBuilder("design_point,p_troops,p_training_months,p_embargo_strength\n");
        for (int p = 0; p < points; p++) {
            double troops = 500 + 2500 * (p + rnd.nextDouble()) / points;
            int months = 3 * (1 + rnd.nextInt(4));
            double embargo = Math.round(rnd.nextDouble() * 100) / 100.0;
            design.append(p).append(',').append(Math.round(troops)).append(',').append(months).append(',').append(embargo).append('\n');
            double effect = troops / 3000.0 * 0.8 + months / 12.0 * 0.3 + embargo * 0.15 * (months / 12.0);
            for (int r = 0; r < replicates; r++) runs.add(simulate("rapid-force+training", p, r, 5000L + r, days, effect, 0.3));
        }
        write(dir.resolve("design.csv"), design.toString());
        writeAll(dir, runs, days, Map.of("run.days", t -> Integer.toString(days)));
        write(dir.resolve("sensitivity.csv"), "outcome,factor,measure,value,rank\n"
                + "gang_control_share,troops,spearman,-0.81,1\ngang_control_share,training_months,spearman,-0.32,2\n"
                + "gang_control_share,embargo_strength,spearman,-0.08,3\n");
        write(dir.resolve("prim.csv"), "outcome,threshold,box,factor,lower,upper,coverage,density,n_in_box\n"
                + "gang_control_share,> 0.4,1,troops,1800,,0.72,0.86,21\n"
                + "gang_control_share,> 0.4,1,training_months,6,12,0.72,0.86,21\n"
                + "gang_control_share,> 0.4,2,troops,1200,1800,0.18,0.55,9\n");
        write(dir.resolve("manifest.json"), "{\"hsim_version\":\"0.1.0-SNAPSHOT\",\"git_commit\":\"3f2a9c1\","
                + "\"command\":\"hsim sweep --design lhs --points " + points + "\",\"scenarios\":[\"rapid-force+training\"]}\n");
    }

    static double effect(String option) {
        switch (option) {
            case "baseline": return 0;
            case "rapid-force": return 0.55;
            case "training": return 0.25;
            case "special-force": return 0.45;
            case "rapid-force+training": return 0.8;
            case "rapid-force+special-force": return 0.9;
            default: return 0.35;
        }
    }

    static final class Run {
        String option;
        int point;
        int replicate;
        long seed;
        double effect;
        double[][] daily;
        double[] outcomes;
        String failed;

        String id() {
            return (point < 0 ? option : String.format("p%03d", point)) + String.format("/r%03d", replicate);
        }
    }

    private static Run simulate(String option, int point, int replicate, long seed, int days, double effect, double noise) {
        Random rnd = new Random(seed * 31 + option.hashCode() + point);
        Run run = new Run();
        run.option = option;
        run.point = point;
        run.replicate = replicate;
        run.seed = seed;
        run.effect = effect;
        run.daily = new double[days][METRICS.length];
        double gang = 0.62 + 0.03 * rnd.nextGaussian();
        double fuel = 0.2;
        double cholera = 0;
        double displaced = 155000;
        double hnp = 9000;
        double fuelSum = 0;
        double gang180 = Double.NaN;
        double shock = 1 + 0.25 * noise * rnd.nextGaussian();
        for (int d = 0; d < days; d++) {
            double push = effect * shock * (d > 14 ? 1 : d / 14.0);
            gang += 0.002 * (0.65 - gang) - 0.0022 * push * gang + 0.004 * rnd.nextGaussian();
            gang = Math.max(0.05, Math.min(0.95, gang));
            fuel += 0.01 * ((0.25 + 0.7 * push) - fuel) + 0.01 * rnd.nextGaussian();
            fuel = Math.max(0, Math.min(1, fuel));
            cholera += Math.max(0, 40 * (1 - fuel) * gang + 8 * rnd.nextGaussian());
            displaced = Math.max(0, displaced + 500 * (gang - 0.45) + 150 * rnd.nextGaussian());
            hnp += 2 * effect + rnd.nextGaussian();
            fuelSum += fuel;
            if (d == Math.min(days - 1, days * 3 / 4)) gang180 = gang;
            run.daily[d] = new double[] {fuel, gang, Math.round(cholera), Math.round(displaced), Math.round(hnp),
                    fuel > 0.4 ? 1 : 0};
        }
        run.outcomes = new double[] {fuelSum / days, gang, Math.round(cholera), Math.round(displaced), gang180,
                rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextGaussian()};
        return run;
    }

    private static void writeAll(Path dir, List<Run> runs, int days, Map<String, java.util.function.Function<Run, String>> params)
            throws IOException {
        runs.sort((a, b) -> a.id().compareTo(b.id()));
        List<String> keys = new ArrayList<>(params.keySet());
        keys.sort(null);
        try (Writer w = Files.newBufferedWriter(dir.resolve("runs.csv"), StandardCharsets.UTF_8)) {
            w.write("run_id,option,design_point,replicate,seed,status,error,wall_seconds");
            for (String k : keys) w.write("," + hsim.results.Columns.param(k));
            for (String o : OUTCOMES) w.write("," + hsim.results.Columns.outcome(o));
            w.write('\n');
            for (Run r : runs) {
                w.write(r.id() + "," + r.option + "," + r.point + "," + r.replicate + "," + r.seed + ","
                        + (r.failed == null ? "ok," : "failed," + quote(r.failed)) + ",12.5");
                for (String k : keys) w.write("," + quote(params.get(k).apply(r)));
                for (double v : r.outcomes) w.write("," + num(r.failed == null ? v : Double.NaN));
                w.write('\n');
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("daily.csv"), StandardCharsets.UTF_8)) {
            w.write("run_id,option,design_point,replicate,seed,day," + String.join(",", METRICS) + "\n");
            for (Run r : runs) {
                if (r.failed != null) continue;
                for (int d = 0; d < days; d++) {
                    w.write(r.id() + "," + r.option + "," + r.point + "," + r.replicate + "," + r.seed + "," + (d + 1));
                    for (double v : r.daily[d]) w.write("," + num(v));
                    w.write('\n');
                }
            }
        }
        writeSummary(dir, runs);
    }

    /** Per option and outcome: distribution, 95% t-interval and paired differences from baseline. */
    private static void writeSummary(Path dir, List<Run> runs) throws IOException {
        Map<String, List<Run>> byOption = new LinkedHashMap<>();
        for (Run r : runs) if (r.failed == null) byOption.computeIfAbsent(r.option, k -> new ArrayList<>()).add(r);
        StringBuilder b = new StringBuilder(
                "option,outcome,n,mean,sd,median,p10,p90,ci_low,ci_high,diff_n,diff_mean,diff_sd,diff_ci_low,diff_ci_high\n");
        for (Map.Entry<String, List<Run>> e : byOption.entrySet()) {
            for (int o = 0; o < OUTCOMES.length; o++) {
                final int oi = o;
                double[] v = e.getValue().stream().mapToDouble(r -> r.outcomes[oi]).filter(Double::isFinite).toArray();
                double[] s = stats(v);
                b.append(e.getKey()).append(',').append(OUTCOMES[o]).append(',').append(v.length);
                for (double x : s) b.append(',').append(num(x));
                List<Run> base = byOption.get("baseline");
                if (e.getKey().equals("baseline") || base == null) {
                    b.append(",,,,,\n");
                    continue;
                }
                List<Double> diffs = new ArrayList<>();
                for (Run r : e.getValue()) {
                    for (Run q : base) {
                        if (q.replicate == r.replicate && Double.isFinite(r.outcomes[o]) && Double.isFinite(q.outcomes[o])) {
                            diffs.add(r.outcomes[o] - q.outcomes[o]);
                        }
                    }
                }
                double[] d = diffs.stream().mapToDouble(Double::doubleValue).toArray();
                double[] ds = stats(d);
                b.append(',').append(d.length).append(',').append(num(ds[0])).append(',').append(num(ds[1])).append(',')
                        .append(num(ds[5])).append(',').append(num(ds[6])).append('\n');
            }
        }
        write(dir.resolve("summary.csv"), b.toString());
    }

    /** mean, sd, median, p10, p90, ci_low, ci_high (t with a normal-ish critical value, fine for a fixture). */
    private static double[] stats(double[] v) {
        if (v.length == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        double[] s = v.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : s) ss += (x - mean) * (x - mean);
        double sd = s.length > 1 ? Math.sqrt(ss / (s.length - 1)) : Double.NaN;
        double half = (s.length > 1 ? 2.3 : Double.NaN) * sd / Math.sqrt(s.length);
        return new double[] {mean, sd, q(s, 0.5), q(s, 0.1), q(s, 0.9), mean - half, mean + half};
    }

    private static double q(double[] s, double p) {
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** One field as the results' CSV dialect writes it (quoted only when needed). */
    static String quote(String s) {
        String line = hsim.results.Csv.line(List.of(s));
        return line.substring(0, line.length() - 1);
    }

    private static String json(List<String> l) {
        return "[" + String.join(", ", l.stream().map(s -> "\"" + s + "\"").toList()) + "]";
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
