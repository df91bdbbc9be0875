package hsim.model.world;

import hsim.model.scenario.ScenarioLoader;
import hsim.model.security.Deployment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The security allocation the processes record (for the GUI and the final-state map) is the one they used. */
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
        assertEquals(guarded, d.guards().size(), "one guard post per site the force holds");
        double free = 0;
        for (hsim.model.security.RapidForceUnit u : s.force.units()) {
            if (u.task == hsim.model.security.RapidForceUnit.Task.ESCORT_CORRIDOR || u.task == hsim.model.security.RapidForceUnit.Task.SUPPORT_HNP) {
                free += u.strength;
            }
        }
        if (!d.corridors().isEmpty()) assertEquals(free, d.corridorTroops(), 1e-9, "escorting and supporting units on the corridors");
        double patrol = 0;
        for (Deployment.Patrol p : d.patrols()) {
            assertTrue(s.territory.owner(p.station().cell()) < 0, p.station().id());
            patrol += p.officers();
        }
        double patrolling = 0;
        for (hsim.model.security.Squad q : s.hnp.squads()) {
            if (q.task() == hsim.model.security.Tasking.Duty.PATROL && s.territory.owner(q.cell()) < 0) patrolling += q.onDuty(s.ops.hnpOnDutyShare());
        }
        assertTrue(patrolling > 0, "squads patrol");
        assertEquals(patrolling, patrol, 1e-6, "the patrols recorded are the on-duty officers of the squads tasked to patrol");
        assertTrue(patrol < s.hnp.officers * s.ops.hnpOnDutyShare(), "other duties took squads");
        boolean openSite = s.siteOpen(s.varreux) || s.siteOpen(s.port);
        assertEquals(openSite, !d.corridors().isEmpty(), "corridors are escorted from open sites only");
        assertThrows(UnsupportedOperationException.class, () -> d.patrols().clear());
        m.finish();
    }
}
