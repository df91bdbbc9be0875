package hsim.model.run;

import hsim.model.engine.DayListener;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A run with the truce lever restored from a checkpoint taken before the negotiation (day 2) and during the
 * truce (day 5) goes on bit for bit, including the truce's own books (who is bound, what was paid).
 */
class TruceCheckpointTest {
    @Test
    void aTruceRunRestoredBeforeAndDuringTheTruceContinuesBitForBit() {
        ScenarioLoader l = ModelCatalog.loader();
        Scenario s = l.override(l.load("rapid-force+truce"), List.of("run.people_per_agent=2000", "truce.start_day=3",
                "truce.days=5", "rapid_force.deployment_delay_days=2"));
        Map<Integer, byte[]> ck = new TreeMap<>();
        InterventionModel[] last = new InterventionModel[1];
        RunResult whole = Simulation.run(new RunSpec(s, 11, 9, 2, 128), (m, d) -> {
            last[0] = (InterventionModel) m;
            if (d == 2 || d == 5) ck.put(d, bytes((InterventionModel) m));
        });
        double paid = last[0].truce().paidUsd();
        assertTrue(paid > 0);
        for (int day : ck.keySet()) {
            InterventionModel m = RunCheckpoint.read(new ByteArrayInputStream(ck.get(day)), "ckpt", s, 11);
            RunResult r = Simulation.resume(m, 9, DayListener.NONE);
            assertEquals(whole.daily().size(), r.daily().size());
            for (int d = 0; d < whole.daily().size(); d++) {
                assertArrayEquals(whole.daily().get(d), r.daily().get(d), 0, "restored at day " + day + ": day " + (d + 1));
            }
            assertEquals(paid, m.truce().paidUsd(), 0, "restored at day " + day + ": the truce's payments");
            assertEquals(last[0].state().supply.ledger().trucePassages(), m.state().supply.ledger().trucePassages(), 0);
        }
    }

    private static byte[] bytes(InterventionModel m) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RunCheckpoint.write(m, b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
