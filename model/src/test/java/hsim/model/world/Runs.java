package hsim.model.world;

import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small helpers for scenario-level tests: coarse runs of built-in scenarios and column access. */
final class Runs {
    /** Coarse scale for CI: one agent per 2,000 residents (~1,500 agents). */
    static final String COARSE = "run.people_per_agent=2000";

    private Runs() {}

    static RunResult run(String scenario, int days, long seed, String... overrides) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new ArrayList<>(Arrays.asList(overrides));
        o.add(0, COARSE);
        Scenario s = l.override(l.load(scenario), o);
        return Simulation.run(new RunSpec(s, seed, days, 2, 256));
    }

    static double[] col(RunResult r, String name) {
        int k = r.dailyColumns().indexOf(name);
        if (k < 0) throw new IllegalArgumentException("no column " + name);
        double[] out = new double[r.daily().size()];
        for (int i = 0; i < out.length; i++) out[i] = r.daily().get(i)[k];
        return out;
    }

    /** Mean of a column over days [from, to] (1-based, inclusive). */
    static double mean(RunResult r, String name, int from, int to) {
        double[] c = col(r, name);
        double s = 0;
        for (int d = from; d <= to; d++) s += c[d - 1];
        return s / (to - from + 1);
    }

    static double at(RunResult r, String name, int day) { return col(r, name)[day - 1]; }
}
