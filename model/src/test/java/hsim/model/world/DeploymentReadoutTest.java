package hsim.model.world;

import hsim.model.city.Facility;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.security.Deployment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The security allocation the processes expose read-only (for the GUI) is the one they used. */
class DeploymentReadoutTest {
    @Test
    void deploymentAndPresenceReportWhatTheSecurityDayDid() {
        ScenarioLoader l = hsim.model.run.ModelCatalog.loader();
        InterventionModel m = new InterventionModel(l.override(l.load("rapid-force"),
                List.of(Runs.COARSE, "rapid_force.deployment_delay_days=1")), 5, 1, 256, null);
        m.start();
        for (int h = 0; h < 15 * 24; h++) m.stepHour();
        MetroState s = m.state();
        Deployment d = m.deployment();
        assertTrue(s.force.present(), "the force has landed");
        int guarded = 0;
        for (CriticalSite site : s.sites) if (site.foreignHeld) guarded++;
        assertEquals(Math.max(0, s.force.troops - guarded * s.ops.forceTroopsPerSite()), d.manoeuvreTroops(), 1e-9);
        assertEquals(s.hnp.officers * s.ops.hnpOnDutyShare() * s.ops.hnpPatrolShare(), d.patrolOfficers(), 1e-9);
        for (Facility st : m.securityPresence().heldStations()) assertTrue(s.territory.owner(st.cell()) < 0, st.id());
        boolean openSite = s.siteOpen(s.varreux) || s.siteOpen(s.port);
        assertEquals(openSite, !m.securityPresence().corridorRoutes().isEmpty(), "corridors are spread from open sites only");
        assertThrows(UnsupportedOperationException.class, () -> m.securityPresence().heldStations().clear());
        m.finish();
    }
}
