package hsim.viz.report;

import hsim.model.InputException;
import hsim.results.CsvTable;
import hsim.results.Json;
import hsim.results.Measures;
import hsim.results.ResultsException;
import hsim.viz.charts.CalibrationCharts;
import hsim.viz.charts.ChartStyle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static hsim.viz.report.Html.esc;
import static hsim.viz.report.Html.num;

/**
 * The report page of a calibration folder ({@code hsim calibrate}): per parameter the prior (the first wave's
 * design) against the posterior (the weighted ensemble); per target metric its history against the ensemble's
 * median and 80 % band over time; the per-target fit table and the waves. Reads only the folder's files
 * (particles.csv, ensemble.csv, targets.csv, series.csv, history_points.csv, calibration.json).
 */
public final class CalibrationReport {
    private static final int BINS = 12;

    private CalibrationReport() {}

    public static Path write(Path folder) throws IOException {
        try {
            return render(folder);
        } catch (ResultsException e) {
            throw new InputException(e.source(), e.line(), e.field(), e.problem(), e);
        }
    }

    private static Path render(Path folder) throws IOException {
        Path dir = folder.resolve("report");
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.png")) {
            for (Path p : old) Files.delete(p);
        }
        Object manifestJson = Json.parse(folder.resolve("calibration.json").toString(),
                Files.readString(folder.resolve("calibration.json"), StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked") Map<String, Object> manifest = manifestJson instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        @SuppressWarnings("unchecked") Map<String, Object> priors = manifest.get("priors") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        CsvTable particles = CsvTable.read(folder.resolve("particles.csv"));
        CsvTable targets = CsvTable.read(folder.resolve("targets.csv"));
        CsvTable series = CsvTable.read(folder.resolve("series.csv"));
        CsvTable history = CsvTable.read(folder.resolve("history_points.csv"));
        int lastWave = 0;
        for (int i = 0; i < particles.size(); i++) lastWave = Math.max(lastWave, (int) particles.number(i, "wave"));
        PngNames names = new PngNames();
        StringBuilder post = new StringBuilder("<div class=\"grid\">\n");
        for (Map.Entry<String, Object> e : priors.entrySet()) {
            String key = e.getKey();
            List<?> range = (List<?>) e.getValue();
            double lo = dbl(range.get(0)), hi = dbl(range.get(1));
            List<Double> pr = new ArrayList<>(), po = new ArrayList<>(), pw = new ArrayList<>();
            for (int i = 0; i < particles.size(); i++) {
                int w = (int) particles.number(i, "wave");
                if (w == 1) pr.add(particles.number(i, key));
                if (w == lastWave && particles.number(i, "accepted") == 1) {
                    po.add(particles.number(i, key));
                    pw.add(particles.number(i, "weight"));
                }
            }
            String file = names.png("posterior", key);
            ChartStyle.savePng(CalibrationCharts.priorPosterior(key, "Uniform prior [" + num(lo) + ", " + num(hi) + "]; "
                            + po.size() + " accepted of wave " + lastWave, key, lo, hi, BINS, arr(pr), arr(po), arr(pw)),
                    dir.resolve(file), ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT);
            post.append(new Figure(file, "prior and posterior of " + key, "<b><code>" + esc(key) + "</code></b>: grey, the "
                    + "first wave's design points (a space-filling sample of the prior); blue, the accepted ensemble weighted by "
                    + "its importance weights. A posterior narrower than the prior means the targets inform the parameter.",
                    ChartStyle.HALF_WIDTH, ChartStyle.HALF_HEIGHT).html());
        }
        post.append("</div>\n");

        Measures measures = Measures.standard();
        Map<String, List<CalibrationCharts.Band>> bands = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            bands.computeIfAbsent(series.text(i, "model_metric"), k -> new ArrayList<>()).add(new CalibrationCharts.Band(
                    (int) series.number(i, "day"), series.number(i, "median"), series.number(i, "p10"), series.number(i, "p90")));
        }
        Map<String, List<CalibrationCharts.Observed>> obs = new LinkedHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            obs.computeIfAbsent(history.text(i, "model_metric"), k -> new ArrayList<>()).add(new CalibrationCharts.Observed(
                    (int) history.number(i, "day"), history.number(i, "value"), history.number(i, "low"), history.number(i, "high")));
        }
        StringBuilder ts = new StringBuilder("<div>\n");
        for (Map.Entry<String, List<CalibrationCharts.Band>> e : bands.entrySet()) {
            String label = measures.label(Measures.Kind.DAILY, e.getKey());
            String file = names.png("target", e.getKey());
            ChartStyle.savePng(CalibrationCharts.targetSeries(label, "Ensemble median and 10th-90th percentile (weighted members x replicates); "
                    + "red: history x metro share with its tolerance band", label, e.getValue(), obs.getOrDefault(e.getKey(), List.of())),
                    dir.resolve(file), ChartStyle.HEIGHT);
            ts.append(new Figure(file, label + ": history against the ensemble", "<b>" + esc(label) + "</b> (<code>" + esc(e.getKey())
                    + "</code>). A count over a period (homicides in a year) is drawn where the cumulative metric should stand: the "
                    + "ensemble median at the period's start plus the metro count for the days the run covers.").html());
        }
        ts.append("</div>\n");

        StringBuilder tt = new StringBuilder("<table>\n<thead><tr><th>target</th><th>model metric</th><th>history (metro)</th>"
                + "<th>band (metro)</th><th>ensemble median</th><th>80 % band</th><th>inside</th><th>mean distance</th>"
                + "<th>implausibility</th><th>status</th></tr></thead>\n<tbody>\n");
        int used = 0, inside = 0;
        for (int i = 0; i < targets.size(); i++) {
            boolean u = targets.text(i, "status").equals("used");
            if (u) used++;
            if (u && targets.text(i, "inside_band").equals("yes")) inside++;
            tt.append("<tr><td>").append(esc(targets.text(i, "target"))).append("</td><td><code>").append(esc(targets.text(i, "model_metric")))
                    .append("</code></td><td class=\"num\">").append(num(targets.number(i, "metro_value"))).append("</td><td class=\"num\">[")
                    .append(num(targets.number(i, "metro_low"))).append(", ").append(num(targets.number(i, "metro_high"))).append("]</td><td class=\"num\">")
                    .append(u ? num(targets.number(i, "ensemble_median")) : "").append("</td><td class=\"num\">")
                    .append(u ? "[" + num(targets.number(i, "ensemble_p10")) + ", " + num(targets.number(i, "ensemble_p90")) + "]" : "")
                    .append("</td><td>").append(esc(targets.text(i, "inside_band"))).append("</td><td class=\"num\">")
                    .append(u ? num(targets.number(i, "mean_distance")) : "").append("</td><td class=\"num\">")
                    .append(u ? num(targets.number(i, "implausibility")) : "").append("</td><td>").append(esc(targets.text(i, "status")))
                    .append("</td></tr>\n");
        }
        tt.append("</tbody></table>\n");

        StringBuilder wv = new StringBuilder("<table>\n<thead><tr><th>wave</th><th>tolerance</th><th>accepted</th><th>effective sample size</th></tr></thead>\n<tbody>\n");
        if (manifest.get("waves") instanceof List<?> ws) {
            for (Object o : ws) {
                if (!(o instanceof Map<?, ?> w)) continue;
                wv.append("<tr><td>").append(esc(String.valueOf(w.get("wave")))).append("</td><td class=\"num\">").append(num(dbl(w.get("tolerance"))))
                        .append("</td><td class=\"num\">").append(esc(String.valueOf(w.get("accepted")))).append("</td><td class=\"num\">")
                        .append(num(dbl(w.get("ess")))).append("</td></tr>\n");
            }
        }
        wv.append("</tbody></table>\n");

        String name = folder.toAbsolutePath().normalize().getFileName() == null ? "calibration" : folder.toAbsolutePath().normalize().getFileName().toString();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>hsim calibration: ").append(esc(name))
                .append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n<header>\n<h1>hsim calibration: ").append(esc(name))
                .append("</h1>\n<p class=\"lede\">").append(esc(String.valueOf(manifest.getOrDefault("method", "")))).append(". Config <code>")
                .append(esc(String.valueOf(manifest.getOrDefault("config", "")))).append("</code>, scenario <code>")
                .append(esc(String.valueOf(manifest.getOrDefault("scenario", "")))).append("</code>, ").append(used).append(" targets used, ")
                .append(inside).append(" with the ensemble median inside the band.")
                .append(manifest.get("note") instanceof String n && !n.isEmpty() ? " Note: " + esc(n) : "").append("</p>\n")
                .append("<nav><ol><li><a href=\"#waves\">Waves</a></li><li><a href=\"#posterior\">Prior and posterior</a></li>")
                .append("<li><a href=\"#targets\">Targets over time</a></li><li><a href=\"#fit\">Fit per target</a></li></ol></nav>\n</header>\n<main>\n")
                .append("<section id=\"waves\">\n<h2>Waves</h2>\n").append(wv).append("</section>\n")
                .append("<section id=\"posterior\">\n<h2>Prior and posterior</h2>\n").append(post).append("</section>\n")
                .append("<section id=\"targets\">\n<h2>Targets over time</h2>\n").append(ts).append("</section>\n")
                .append("<section id=\"fit\">\n<h2>Fit per target</h2>\n<p class=\"note\">Distance: the miss in band half-widths "
                        + "(1 = the band's edge). Implausibility: |ensemble mean - history| / sqrt(observation variance + ensemble variance), "
                        + "the band read as +-2 sd; above 3 the ensemble is implausible on that target.</p>\n").append(tt).append("</section>\n")
                .append("</main>\n<footer>Generated by hsim from the files in this calibration folder.</footer>\n</body>\n</html>\n");
        Path index = dir.resolve("index.html");
        Path tmp = dir.resolve("index.html.tmp");
        Files.writeString(tmp, b.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return index;
    }

    private static double dbl(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(String.valueOf(o));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double[] arr(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String css() throws IOException {
        try (java.io.InputStream in = ReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
