package hsim.runner.calibrate;

import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.PlannedRun;
import hsim.runner.design.Seeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs of a comparison over ensemble members: every option x member x replicate. Member m's calibrated
 * values replace the option's, except where the option itself sets a parameter away from baseline (then that
 * value is the option's lever and stays). Replicate r has the same seed in every option and member (common
 * random numbers), so option differences within a member are paired. Run ids are {@code option/m003/r002};
 * the design point is the member's position in the draw, the replicate is r.
 */
public final class EnsembleRuns {
    private EnsembleRuns() {}

    public static List<PlannedRun> plan(List<String> options, ScenarioLoader loader, List<Ensemble.Member> members, int replicates,
                                        long seed, Integer days) {
        Scenario baseline = loader.load("baseline");
        String mFmt = "m%0" + Math.max(3, Integer.toString(members.size()).length()) + "d";
        String rFmt = "r%0" + Math.max(3, Integer.toString(replicates).length()) + "d";
        List<PlannedRun> out = new ArrayList<>();
        for (String name : options) {
            Scenario option = loader.load(name);
            for (int m = 0; m < members.size(); m++) {
                Map<String, String> ov = new LinkedHashMap<>();
                List<String> sets = new ArrayList<>();
                members.get(m).values().forEach((k, v) -> {
                    if (!option.text(k).equals(baseline.text(k))) return; // the option's own lever wins
                    ov.put(k, v);
                    sets.add(k + "=" + v);
                });
                Scenario s = sets.isEmpty() ? option : loader.override(option, sets);
                int d = days != null ? days : s.integer("run.days");
                for (int r = 1; r <= replicates; r++) {
                    String id = option.name() + "/" + String.format(Locale.ROOT, mFmt, m + 1) + "/" + String.format(Locale.ROOT, rFmt, r);
                    out.add(new PlannedRun(out.size(), id, s.name(), m + 1, r, Seeds.replicateSeed(seed, r), d, s, ov));
                }
            }
        }
        return out;
    }
}
