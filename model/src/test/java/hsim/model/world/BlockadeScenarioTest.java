package hsim.model.world;

import hsim.model.run.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Varreux blockade (Sept-Nov 2022) and what it does: with the terminal held by a gang, fuel
 * deliveries stay near zero, safe water and hospital capacity fall and cholera spreads faster than in
 * the same city with the terminal open. The HNP mounts no operations here, so the blockade holds.
 */
class BlockadeScenarioTest {
    static final int DAYS = 25;

    @Test
    void blockadeStarvesFuelWaterAndCareAndFeedsCholera() {
        double fuelB = 0, fuelO = 0, safeB = 0, safeO = 0, careB = 0, careO = 0, casesB = 0, casesO = 0;
        for (long seed = 1; seed <= 3; seed++) {
            RunResult b = Runs.run("baseline", DAYS, seed, "hnp.operations_per_day_max=0");
            RunResult o = Runs.run("baseline", DAYS, seed, "hnp.operations_per_day_max=0", "gangs.varreux_blockaded_at_start=false");
            assertEquals(0, Runs.mean(b, "varreux_open", 1, DAYS), 1e-12, "the blockade holds");
            fuelB += Runs.mean(b, "fuel_trucks_delivered", 5, DAYS);
            fuelO += Runs.mean(o, "fuel_trucks_delivered", 5, DAYS);
            safeB += Runs.mean(b, "safe_water_share", 10, DAYS);
            safeO += Runs.mean(o, "safe_water_share", 10, DAYS);
            careB += Runs.mean(b, "care_access_share", 10, DAYS);
            careO += Runs.mean(o, "care_access_share", 10, DAYS);
            casesB += Runs.at(b, "cholera_cases_cum", DAYS);
            casesO += Runs.at(o, "cholera_cases_cum", DAYS);
            // falls over the blockade: day-1 stocks are drawn down
            assertTrue(Runs.mean(b, "safe_water_share", 15, DAYS) < Runs.at(b, "safe_water_share", 1) + 1e-9);
        }
        assertTrue(fuelB < 0.2 * fuelO, "fuel trucks per day: blockade " + fuelB / 3 + " vs open " + fuelO / 3);
        assertTrue(fuelB / 3 < 8, "near zero: " + fuelB / 3);
        assertTrue(safeB < safeO - 0.1, "safe water: " + safeB / 3 + " vs " + safeO / 3);
        assertTrue(careB < careO, "hospital access: " + careB / 3 + " vs " + careO / 3);
        assertTrue(casesB > casesO, "cholera cases: " + casesB / 3 + " vs " + casesO / 3);
    }
}
