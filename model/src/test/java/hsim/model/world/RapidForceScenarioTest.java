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
        for (long seed = 1; seed <= 2; seed++) {
            RunResult r = Runs.run("rapid-force", exit + after, seed, "rapid_force.deployment_delay_days=" + delay,
                    "rapid_force.term_days=" + term, "rapid_force.withdrawal=date");
            double start = Runs.at(r, "gang_control_share", 1);
            double atExit = Runs.at(r, "gang_control_share", exit);
            double later = Runs.at(r, "gang_control_share", exit + after);
            assertEquals(0, Runs.at(r, "foreign_troops", exit + 1), 1e-9, "the force left");
            assertTrue(atExit < start - 0.05, "the force pushed gangs back: " + start + " -> " + atExit);
            // gangs win back a good part of what the force took (HNP squads' responses slow but do not stop it)
            assertTrue(later - atExit > 0.2 * (start - atExit), "gang control rebounds after the exit: " + start + " -> " + atExit + " -> " + later);
            assertTrue(r.summary().get("foreign_force_exit_day") > 0);
        }
    }
}
