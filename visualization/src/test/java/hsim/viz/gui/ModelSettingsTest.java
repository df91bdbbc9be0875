package hsim.viz.gui;

import hsim.model.InputException;
import hsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model tab's settings: option values, edits applied through the scenario loader, clamping, option switch. */
class ModelSettingsTest {
    @Test
    void editsReachTheScenarioThroughTheLoader() {
        ModelSettings s = new ModelSettings("rapid-force", 7, List.of("run.people_per_agent=500"));
        assertEquals(2500, s.getRapidForceTroops(), 1e-9);
        assertEquals(500, s.getPeoplePerAgent(), 1e-9);
        s.setRapidForceTroops(4000);
        s.setDeploymentDelayDays(10);
        s.setSanctionsStrength(0.9);
        Scenario sc = s.scenario();
        assertEquals("rapid-force", sc.name());
        assertEquals(4000, sc.number("rapid_force.troops"), 1e-9);
        assertEquals(10, sc.integer("rapid_force.deployment_delay_days"));
        assertEquals(0.9, sc.number("gangs.sanctions_strength"), 1e-9);
        assertEquals(500, sc.number("run.people_per_agent"), 1e-9);
        assertEquals(7, s.buildModel().runSeed());
    }

    @Test
    void settersClampToTheOfferedRange() {
        ModelSettings s = new ModelSettings("baseline", 1, List.of());
        s.setSanctionsStrength(3);
        assertEquals(1, s.getSanctionsStrength(), 1e-9);
        s.setTermDays(-4);
        assertEquals(30, s.getTermDays());
        s.setRapidForceTroops(Double.NaN);
        assertTrue(Double.isFinite(s.getRapidForceTroops()));
    }

    @Test
    void choosingAnOptionResetsItsValues() {
        ModelSettings s = new ModelSettings("baseline", 1, List.of());
        String[] names = (String[]) s.domOption();
        int rf = List.of(names).indexOf("rapid-force");
        s.setRapidForceTroops(123);
        s.setOption(rf);
        assertEquals("rapid-force", s.optionName());
        assertEquals(2500, s.getRapidForceTroops(), 1e-9);
        assertTrue(s.scenario().flag("rapid_force.enabled"));
    }

    @Test
    void unknownOptionIsBadInput() {
        assertThrows(InputException.class, () -> new ModelSettings("no-such-option", 1, List.of()));
    }
}
