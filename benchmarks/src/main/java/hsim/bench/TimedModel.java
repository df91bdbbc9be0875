package hsim.bench;

import hsim.model.city.Commune;
import hsim.model.core.Rate;
import hsim.model.engine.ModelProcess;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full model with every registered process timed: {@link #addProcess} is wrapped, so whatever the
 * model registers (its process list, not a hand-kept one) is measured under its own name. The wrapped
 * processes are also kept so a benchmark can run one of them on its own.
 */
final class TimedModel extends InterventionModel {
    private static final long serialVersionUID = 1L;

    /** Nanoseconds spent in each process, by name, in registration order. */
    final Map<String, long[]> nanos = new LinkedHashMap<>();
    /** The processes as registered (unwrapped), by name. */
    final Map<String, ModelProcess> processes = new LinkedHashMap<>();
    /** When set, only these processes run (the others are skipped, so the world they update holds still). */
    java.util.Set<String> only;

    TimedModel(Scenario scenario, long seed, int threads) {
        super(scenario, seed, threads);
    }

    @Override
    public void addProcess(String name, Rate rate, int order, ModelProcess process) {
        long[] t = nanos.computeIfAbsent(name, k -> new long[2]);
        processes.put(name, process);
        super.addProcess(name, rate, order, (m, h) -> {
            if (only != null && !only.contains(name)) return;
            long t0 = System.nanoTime();
            process.run(m, h);
            t[0] += System.nanoTime() - t0;
            t[1]++;
        });
    }

    void resetTimes() { for (long[] t : nanos.values()) { t[0] = 0; t[1] = 0; } }

    void days(int days) { for (int i = 0; i < days * HOURS_PER_DAY; i++) stepHour(); }

    /** A built-in option with "key=value" overrides. */
    static Scenario scenario(String option, String... sets) {
        ScenarioLoader l = ModelCatalog.loader();
        return l.override(l.load(option), new ArrayList<>(List.of(sets)));
    }

    /** People per agent that gives about {@code agents} civilian agents on the bundled map. */
    static double peoplePerAgent(int agents) {
        long people = 0;
        for (Commune c : InterventionModel.portAuPrince().communeMap().values()) people += c.population();
        return people / (double) agents;
    }
}
