package hsim.model.world;

import hsim.model.run.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Failed special-force raids turn into fights; their casualties belong to the special force. They used
 * to be booked to the rapid force, whose "wounded replaced from the rear" then put troops on the ground
 * in runs that had no rapid force at all.
 */
class SpecialForceCasualtiesTest {
    @Test
    void failedRaidsCostTheSpecialForceAndPutNoForeignTroopsOnTheGround() {
        // raids fail often at low intelligence: make them certain to fail so the fights happen
        RunResult r = Runs.run("special-force", 30, 4, "special_force.start_day=1",
                "special_force.success_no_intel=0", "special_force.success_full_intel=0");
        double[] troops = Runs.col(r, "foreign_troops");
        for (int d = 0; d < troops.length; d++) assertEquals(0, troops[d], 0, "foreign troops on day " + (d + 1));
        assertEquals(0, Runs.at(r, "foreign_killed_cum", 30) + Runs.at(r, "foreign_injured_cum", 30), 0);
        double sf = Runs.at(r, "special_force_killed_cum", 30) + Runs.at(r, "special_force_injured_cum", 30);
        assertTrue(sf > 0, "failed raids cost the special force: " + sf);
        assertEquals(Runs.at(r, "special_force_injured_cum", 30), r.summary().get("special_force_injured_cum"), 0);
    }
}
