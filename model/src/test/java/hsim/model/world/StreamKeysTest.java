package hsim.model.world;

import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Rng's promise: no two processes draw from the same stream, checked on the keys of a real run. */
class StreamKeysTest {
    @Test
    void noTwoProcessesShareAStreamKeyInARealRun() {
        ScenarioLoader l = hsim.model.run.ModelCatalog.loader();
        Scenario s = l.override(l.load("rapid-force+special-force"),
                List.of(Runs.COARSE, "rapid_force.deployment_delay_days=1", "special_force.start_day=1"));
        Streams.Log log = new Streams.Log();
        InterventionModel m = new InterventionModel(s, 11, 2, 256, null) {
            @Override protected Streams.Log streamLog() { return log; }
        };
        m.start();
        for (int h = 0; h < 20 * 24; h++) m.stepHour();
        m.finish();
        assertEquals(List.of(), List.copyOf(log.clashes()), "purposes that share random streams");
        // the check means something only if every purpose drew in the run
        assertEquals(EnumSet.allOf(Stream.class), log.purposes());
        assertTrue(log.keys() > 20 * m.state().civ.size(), "civilian days alone use more keys than this: " + log.keys());
    }

    @Test
    void everyPurposeHasItsOwnTag() {
        Set<Long> tags = new HashSet<>();
        for (Stream p : Stream.values()) assertTrue(tags.add(p.tag), p + " reuses another purpose's tag");
    }
}
