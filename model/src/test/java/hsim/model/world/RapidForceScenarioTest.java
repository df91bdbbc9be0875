package hsim.model.world;

import hsim.model.run.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rapid force: securing Varreux restores fuel deliveries within weeks of arrival; leaving abruptly
 * with an HNP no stronger lets gang control rebound.
 */
class RapidForceScenarioTest {
    @Test
    void securingVarreuxRestoresFuelWithinWeeks() {
        int landed = 0;
        for (long seed = 1; seed <= 3; seed++) {
            RunResult rf = Runs.run("rapid-force", 45, seed, "rapid_force.deployment_delay_days=10");
            double[] airport = Runs.col(rf, "airport_open"), troops = Runs.col(rf, "foreign_troops");
            // troops arrive only through an open airport: on a day a gang holds it, none land
            for (int d = 10; d < 45; d++) {
                if (airport[d] == 0) assertTrue(troops[d] <= troops[d - 1] + 1e-9, "troops landed on day " + (d + 1) + " with the airport closed");
            }
            if (Runs.at(rf, "airport_open", 10) == 0) continue;
            landed++;
            RunResult none = Runs.run("baseline", 45, seed);
            assertEquals(1, Runs.at(rf, "varreux_open", 45), 1e-12, "Varreux secured");
            double after = Runs.mean(rf, "fuel_trucks_delivered", 31, 45);
            assertTrue(after > 25, "fuel trucks per day after the force: " + after);
            assertTrue(Runs.mean(rf, "fuel_need_met_share", 31, 45) > 0.6);
            // without the force fuel flows only if the HNP has reopened Varreux by itself
            if (Runs.mean(none, "varreux_open", 31, 45) == 0) {
                assertTrue(Runs.mean(none, "fuel_trucks_delivered", 31, 45) < 0.2 * after);
            }
        }
        assertTrue(landed >= 2, "the force landed in " + landed + " of 3 runs");
    }

    @Test
    void abruptExitLetsGangControlRebound() {
        int delay = 5, term = 60, after = 80;
        int exit = delay + term + 1;
        int deployed = 0;
        for (long seed = 1; seed <= 3; seed++) {
            RunResult r = Runs.run("rapid-force", exit + after, seed, "rapid_force.deployment_delay_days=" + delay,
                    "rapid_force.term_days=" + term, "rapid_force.withdrawal=date");
            assertEquals(0, Runs.at(r, "foreign_troops", exit + 1), 1e-9, "no troops after the exit");
            // the force lands only through an open airport: where a gang held it for most of the term, the
            // force barely deployed and there is nothing to rebound from
            if (Runs.at(r, "foreign_troop_days_cum", exit) < 0.5 * 2500 * term) continue;
            deployed++;
            assertTrue(r.summary().get("foreign_force_exit_day") > 0, "the force left");
            double start = Runs.at(r, "gang_control_share", 1);
            double atExit = Runs.at(r, "gang_control_share", exit);
            double later = Runs.at(r, "gang_control_share", exit + after);
            assertTrue(atExit < start - 0.05, "the force pushed gangs back: " + start + " -> " + atExit);
            // gangs win ground back once the force is gone (HNP squads' responses slow but do not stop it). How much
            // depends on the HNP: with the armoured vehicles of Oct 2022 (issue 13) it mounts up to three frontier
            // operations a day and keeps most of the force's gain in some seeds (seed 1: 12 % rebound in 80 days),
            // so the test asks for a rebound, not for a share of the gain
            assertTrue(later > atExit + 0.005, "gang control rebounds after the exit: " + start + " -> " + atExit + " -> " + later);
            assertTrue(r.summary().get("foreign_force_exit_day") > 0);
        }
        assertTrue(deployed >= 1, "the force deployed for most of its term in " + deployed + " of 3 runs");
    }
}
