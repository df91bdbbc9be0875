package hsim.runner.calibrate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a run's daily table to targets and measures the distance. Day 1 of a run is its {@code run.start_date};
 * a target dated D is read on day D - start + 1. A count over a period (homicides in 2023) is the increase of
 * the cumulative metric over the part of the period the run covers, scaled to the whole period (a run from
 * 1 Oct 2022 covers 92 of 2022's 365 days: the model's daily rate is compared with the year's). The distance
 * of one target is the model's miss in units of the band's half-width on the side it misses
 * ({@code (m - v) / (high - v)} above, {@code (v - m) / (v - low)} below), so 1 is the band's edge; a band of
 * zero width (a flag) uses the config's {@code zero_band_tolerance}.
 */
public final class TargetMatch {
    private TargetMatch() {}

    /** Why {@code t} cannot be compared with runs of {@code days} days from {@code start}, or null when it can. */
    public static String unusable(Target t, LocalDate start, int days, Collection<String> dailyMetrics, Collection<String> excluded) {
        if (excluded.contains(t.metric())) return "excluded by the config";
        if (t.modelMetric().isEmpty()) return "no model metric (model_metric is empty in the targets file)";
        for (String c : columns(t.modelMetric())) {
            if (!dailyMetrics.isEmpty() && !dailyMetrics.contains(c)) return "the model has no daily metric " + c;
        }
        if (Double.isNaN(t.metroShare())) return "no metro share stated (targets file or config metro_share)";
        long day = day(start, t.date());
        if (day < 1) return "dated before the run starts (" + start + ")";
        if (day > days) return "after the horizon (day " + day + " > " + days + ")";
        return null;
    }

    /** The daily columns a model metric reads: one column, or the two of a ratio {@code a/b} (the cholera CFR). */
    public static List<String> columns(String modelMetric) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : modelMetric.split("/")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** The daily series of a model metric in one run's columns: the column, or a ratio a/b day by day (NaN where b is 0). */
    public static double[] series(String modelMetric, Map<String, double[]> run) {
        List<String> c = columns(modelMetric);
        if (c.size() == 1) return run.get(c.get(0));
        if (c.size() != 2 || run.get(c.get(0)) == null || run.get(c.get(1)) == null) return null;
        double[] a = run.get(c.get(0)), b = run.get(c.get(1));
        double[] r = new double[Math.min(a.length, b.length)];
        for (int i = 0; i < r.length; i++) r[i] = b[i] != 0 ? a[i] / b[i] : Double.NaN;
        return r;
    }

    /** Run day (1 = start date) of {@code date}. */
    public static long day(LocalDate start, LocalDate date) {
        return ChronoUnit.DAYS.between(start, date) + 1;
    }

    /** The model's value comparable with {@code t.metroValue()}; NaN when the series lacks the day. */
    public static double modelValue(Target t, LocalDate start, double[] series) {
        int d = (int) day(start, t.date());
        if (series == null || d < 1 || d > series.length) return Double.NaN;
        double v = series[d - 1];
        if (t.periodStart() == null) return v;
        LocalDate from = t.periodStart().isBefore(start) ? start : t.periodStart();
        int f = (int) day(start, from);
        double before = f >= 2 ? series[f - 2] : 0;
        double covered = d - f + 1;
        double period = ChronoUnit.DAYS.between(t.periodStart(), t.date()) + 1;
        return (v - before) * period / covered;
    }

    /** Distance of model value {@code m} from {@code t} in band half-widths (metro units). */
    public static double distance(Target t, double m, double zeroBandTolerance) {
        if (Double.isNaN(m)) return Double.NaN;
        double v = t.metroValue();
        double half = m >= v ? t.metroHigh() - v : v - t.metroLow();
        if (!(half > 0)) half = zeroBandTolerance;
        return Math.abs(m - v) / half;
    }

    /**
     * A design point's overall distance: the root of the mean squared target distance, each target metric
     * weighted equally (eight cholera rows count as much as one gang-control row, not eight times as much).
     */
    public static double combine(List<Target> targets, double[] distances) {
        Map<String, double[]> byMetric = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            if (Double.isNaN(distances[i])) return Double.NaN;
            double[] s = byMetric.computeIfAbsent(targets.get(i).metric(), k -> new double[2]);
            s[0] += distances[i] * distances[i];
            s[1]++;
        }
        if (byMetric.isEmpty()) return Double.NaN;
        double sum = 0;
        for (double[] s : byMetric.values()) sum += s[0] / s[1];
        return Math.sqrt(sum / byMetric.size());
    }

    /**
     * History-matching implausibility (Craig et al. 1997; Vernon et al. 2010) of the ensemble on {@code t}:
     * |mean - v| / sqrt(obs variance + ensemble variance), the band taken as +-2 observation sd.
     */
    public static double implausibility(Target t, double mean, double variance, double zeroBandTolerance) {
        double halfBand = Math.max(t.metroHigh() - t.metroValue(), t.metroValue() - t.metroLow());
        if (!(halfBand > 0)) halfBand = zeroBandTolerance;
        double sdObs = halfBand / 2;
        return Math.abs(mean - t.metroValue()) / Math.sqrt(sdObs * sdObs + Math.max(0, variance));
    }
}
