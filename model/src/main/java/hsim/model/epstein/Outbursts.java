package hsim.model.epstein;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outburst statistics of an Epstein run's rows ({@link EpsteinWorld#COLUMNS}): an outburst is a maximal
 * spell of steps with more than {@code threshold} actives; its waiting time is the number of steps from
 * the end of the previous outburst to its start; its total activation is the sum of actives over its
 * steps. A spell still going at the end of the run counts as an outburst but not in the duration and
 * activation figures. Undefined figures (no outburst, one waiting time) are NaN.
 */
public final class Outbursts {
    private Outbursts() {}

    public static Map<String, Double> of(List<double[]> rows, int threshold) {
        List<Double> waits = new ArrayList<>(), totals = new ArrayList<>(), durations = new ArrayList<>();
        int count = 0, start = -1, lastEnd = -1;
        double sum = 0, peak = 0, activeSum = 0, jailedSum = 0;
        int first = -1;
        for (int t = 0; t < rows.size(); t++) {
            double a = rows.get(t)[2];
            activeSum += a;
            jailedSum += rows.get(t)[3];
            peak = Math.max(peak, a);
            if (a > threshold) {
                if (start < 0) {
                    start = t;
                    sum = 0;
                    count++;
                    if (first < 0) first = t;
                    if (lastEnd >= 0) waits.add((double) (t - lastEnd));
                }
                sum += a;
            } else if (start >= 0) {
                totals.add(sum);
                durations.add((double) (t - start));
                lastEnd = t;
                start = -1;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        int n = rows.size();
        m.put("outbursts", (double) count);
        m.put("outburst_waiting_mean", mean(waits));
        m.put("outburst_waiting_sd", sd(waits));
        m.put("outburst_activation_mean", mean(totals));
        m.put("outburst_activation_sd", sd(totals));
        m.put("outburst_duration_mean", mean(durations));
        m.put("first_outburst_step", first < 0 ? Double.NaN : first);
        m.put("peak_active", peak);
        m.put("mean_active", n == 0 ? Double.NaN : activeSum / n);
        m.put("mean_jailed", n == 0 ? Double.NaN : jailedSum / n);
        m.put("final_active", n == 0 ? Double.NaN : rows.get(n - 1)[2]);
        m.put("final_jailed", n == 0 ? Double.NaN : rows.get(n - 1)[3]);
        return m;
    }

    private static double mean(List<Double> x) {
        if (x.isEmpty()) return Double.NaN;
        double s = 0;
        for (double v : x) s += v;
        return s / x.size();
    }

    private static double sd(List<Double> x) {
        if (x.size() < 2) return Double.NaN;
        double m = mean(x), ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (x.size() - 1));
    }
}
