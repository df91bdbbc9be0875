package hsim.viz.report;

import hsim.model.InputException;
import hsim.model.engine.HaitiModel;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ParameterCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-runs one recorded run with the model. A run is fully determined by its scenario name, its
 * {@code p.*} parameters, seed and days, so the scenario is rebuilt through {@link ScenarioLoader} with
 * the recorded values as overrides (validation applies) and must reproduce every recorded value;
 * anything this model version cannot rebuild is reported as a {@link CannotReplay} with the reason.
 */
final class Replay {
    /** Why a recorded run cannot be re-run by this model version. */
    static final class CannotReplay extends Exception {
        CannotReplay(String why) { super(why); }
    }

    private Replay() {}

    static Scenario scenario(RunRecord run) throws CannotReplay {
        ParameterCatalog catalog = ModelCatalog.standard();
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, String> e : run.params().entrySet()) {
            if (!catalog.contains(e.getKey())) throw new CannotReplay("parameter '" + e.getKey() + "' is unknown to this model version");
            sets.add(e.getKey() + "=" + e.getValue());
        }
        ScenarioLoader loader = ModelCatalog.loader();
        Scenario s;
        try {
            s = loader.override(loader.load(run.option()), sets);
        } catch (InputException e) {
            throw new CannotReplay("scenario '" + run.option() + "' cannot be rebuilt: " + e.getMessage());
        }
        for (Map.Entry<String, String> e : s.values().entrySet()) {
            if (!run.params().containsKey(e.getKey())) throw new CannotReplay("runs.csv has no p." + e.getKey() + " (another model version)");
        }
        return s;
    }

    /** Runs {@code days} days and returns the model in its final state (finished, so its threads are gone). */
    static InterventionModel run(RunRecord run, int days) throws CannotReplay {
        InterventionModel m = new InterventionModel(scenario(run), run.seed(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        m.start();
        try {
            for (long h = 0; h < (long) days * HaitiModel.HOURS_PER_DAY; h++) m.stepHour();
        } finally {
            m.finish();
        }
        return m;
    }
}
