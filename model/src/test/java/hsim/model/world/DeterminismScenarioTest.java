package hsim.model.world;

import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A run is determined by scenario and seed: the same on one thread or two, different for another seed. */
class DeterminismScenarioTest {
    @Test
    void sameSeedSameSeriesWhateverTheThreads() {
        ScenarioLoader l = ModelCatalog.loader();
        Scenario s = l.override(l.load("rapid-force+special-force"), List.of(Runs.COARSE, "rapid_force.deployment_delay_days=2",
                "special_force.start_day=2"));
        RunResult a = Simulation.run(new RunSpec(s, 5, 12, 1, 64));
        RunResult b = Simulation.run(new RunSpec(s, 5, 12, 2, 1000));
        RunResult c = Simulation.run(new RunSpec(s, 6, 12, 2, 1000));
        for (int d = 0; d < 12; d++) assertArrayEquals(a.daily().get(d), b.daily().get(d), "day " + (d + 1));
        boolean differs = false;
        for (int d = 0; d < 12; d++) differs |= !java.util.Arrays.equals(a.daily().get(d), c.daily().get(d));
        assertTrue(differs);
        assertEquals(a.summary(), b.summary());
    }
}
