package hsim.runner;

import hsim.model.run.RunResult;
import hsim.runner.exec.RunFunction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcomes the runner derives from a run's daily table, for headlines that do not saturate: the share of fuel
 * need met at day 365 is 1.000 in three options, but the days the city spent short of fuel tell them apart.
 * Each counts the days on which a daily share was below one half; a model without that metric gets none.
 * Listed in measures.csv like the model's own outcomes.
 */
public final class DerivedOutcomes {
    /** outcome key -> daily metric whose days below {@link #SHORTFALL} it counts. */
    public static final Map<String, String> DAYS_BELOW = Map.of(
            "fuel_days_below_half", "fuel_need_met_share",
            "water_days_below_half", "water_need_met_share");
    /** The shortfall line: half the need met (an analysis threshold, not a model rule). */
    public static final double SHORTFALL = 0.5;

    private DerivedOutcomes() {}

    public static List<String> keys() { return List.of("fuel_days_below_half", "water_days_below_half"); }

    /** {@code fn} with the derived outcomes added to each result's summary. */
    public static RunFunction wrap(RunFunction fn) {
        return spec -> add(fn.run(spec));
    }

    static RunResult add(RunResult r) {
        if (r == null) return null;
        Map<String, Double> s = new LinkedHashMap<>(r.summary());
        for (String key : keys()) {
            int col = r.dailyColumns().indexOf(DAYS_BELOW.get(key));
            if (col < 0) continue;
            double n = 0;
            for (double[] d : r.daily()) if (d[col] < SHORTFALL) n++;
            s.put(key, n);
        }
        return new RunResult(r.dailyColumns(), r.daily(), s, r.finalState());
    }
}
