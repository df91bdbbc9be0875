package hsim.model.world;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.truce.HumanitarianTruce;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The truce scenarios on the real map: the corridor gangs of Varreux are bound and let tankers through, and
 * the same run without the lever has no truce passages. At the coarse test scale (supply does not depend on it).
 */
class TruceScenarioTest {
    private static InterventionModel run(String scenario, int days, String... overrides) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new java.util.ArrayList<>(List.of(Runs.COARSE, "truce.start_day=1"));
        o.addAll(List.of(overrides));
        Scenario s = l.override(l.load(scenario), o);
        InterventionModel[] m = new InterventionModel[1];
        hsim.model.run.Simulation.run(new hsim.model.run.RunSpec(s, 5, days, 2, 256), (model, d) -> m[0] = (InterventionModel) model);
        return m[0];
    }

    @Test
    void theVarreuxCorridorGangsAreBoundAndLetTankersThrough() {
        InterventionModel m = run("truce", 10);
        HumanitarianTruce t = m.truce();
        assertNotNull(t);
        int parties = 0;
        for (int g = 0; g < m.state().gangs.size(); g++) if (t.party(g)) parties++;
        assertTrue(parties > 0, "some gang holds ground on the fuel corridors at the start");
        assertTrue(t.paidUsd() > 0);
        assertTrue(m.state().supply.ledger().trucePassages() > 0, "tankers passed party checkpoints");
    }

    @Test
    void withoutTheLeverNothingIsInstalled() {
        InterventionModel m = run("baseline", 5);
        assertNull(m.truce());
        assertEquals(0, m.state().supply.ledger().trucePassages(), 0);
    }
}
