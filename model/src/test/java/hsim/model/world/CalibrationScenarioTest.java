package hsim.model.world;

import hsim.model.run.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The calibration-2022 scenario follows the dates of the Varreux blockade: held by a gang from the start
 * (1 Oct 2022) to 3 Nov 2022 (run day 34), when the HNP retook it. Fuel deliveries into the metro are near
 * zero before and, within a week after, at the rate observed after the retake: 265 tankers (2.14 M gal)
 * in about 3 days, i.e. ~100-120 trucks/day leaving Varreux (literature.md §5.1).
 *
 * <p>{@code fuel_trucks_delivered} counts trucks reaching metro distribution points per day; only the
 * share {@code supply.varreux_metro_share} of Varreux's trucks serves the metro (the rest goes to the
 * provinces), plus up to 3 trucks a day from Port Lafito ({@code supply.other_fuel_trucks_per_day}), of which
 * almost none arrive during the blockade. The comparable figure is therefore delivered / metro_share,
 * "Varreux-equivalent" trucks (a slight overstatement by the few Lafito trucks).
 * Band: 50-165 trucks/day, ±50% around 110. The observed figure is a 3-day count of a surge after two
 * months of blockade, read from press reports; the model counts trucks that arrive (not that leave), so
 * convoys still on the road, trucks hijacked or held at gang checkpoints and fractional trucks drawn by
 * chance all lower it, and 3 coarse seeds leave noise of several trucks a day. The band fails a model in
 * which the retake does not restore the flow (0) or in which it overshoots the terminal's capacity.
 */
class CalibrationScenarioTest {
    static final int RETAKE = 34, DAYS = RETAKE + 7;

    @Test
    void fuelFollowsTheBlockadeDates() {
        double before = 0, after = 0;
        int seeds = 3;
        hsim.model.scenario.Scenario sc = hsim.model.run.ModelCatalog.loader().load("calibration-2022");
        double share = sc.number("supply.varreux_metro_share"), other = sc.number("supply.other_fuel_trucks_per_day");
        for (long seed = 1; seed <= seeds; seed++) {
            RunResult r = Runs.run("calibration-2022", DAYS, seed);
            assertEquals(0, Runs.mean(r, "varreux_open", 1, RETAKE - 1), 1e-12, "blockaded until day 34, seed " + seed);
            assertEquals(1, Runs.at(r, "varreux_open", RETAKE), 1e-12, "retaken on day 34, seed " + seed);
            before += Runs.mean(r, "fuel_trucks_delivered", 5, RETAKE - 1) / seeds;
            after += Runs.mean(r, "fuel_trucks_delivered", RETAKE + 1, DAYS) / seeds;
        }
        assertTrue(before <= other + 2, "near zero before the retake (other sources only): " + before);
        double varreuxEquivalent = after / share;
        assertTrue(varreuxEquivalent >= 50 && varreuxEquivalent <= 165,
                "Varreux trucks/day in the week after the retake: " + varreuxEquivalent + " (observed ~100-120)");
    }
}
