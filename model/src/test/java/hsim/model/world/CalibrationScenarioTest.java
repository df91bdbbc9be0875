package hsim.model.world;

import hsim.model.run.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The calibration-2022 scenario against the dates of the Varreux blockade, with nothing forced: held by a gang
 * from the start (1 Oct 2022); the HNP cannot assault the fortified terminal before the armoured vehicles of
 * 15 Oct 2022 (run day 15, {@code events.hnp_delivery_*}); after that its daily assaults wear the defenders
 * down and the terminal falls when an Engagement breaks them (history: 3 Nov 2022, run day 34). Fuel
 * deliveries into the metro are near zero before and, in the week after, at the rate observed after the
 * retake: 265 tankers (2.14 M gal) in about 3 days, i.e. ~100-120 trucks/day leaving Varreux (literature.md §5.1).
 *
 * <p>Retake band: each seed after the delivery (day 15) and by day 60; the mean of 3 seeds within 34 ± 8 days
 * (the history target allows "a few days either side"; 3 coarse seeds of a retake whose daily odds are a few
 * per cent add about ±4 days of noise to the mean). The band fails a model where the HNP retakes the terminal
 * before it has the vehicles, never retakes it, or retakes it at once (the problem this replaced: day 3-12).
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
    static final int DELIVERY = 15, HISTORY = 34, DAYS = 70;

    static int firstOpen(RunResult r) {
        double[] open = Runs.col(r, "varreux_open");
        for (int d = 0; d < open.length; d++) if (open[d] == 1) return d + 1;
        return -1;
    }

    @Test
    void theRetakeFollowsTheDeliveryAndFuelFlowsAfter() {
        double before = 0, after = 0, meanRetake = 0;
        int seeds = 3;
        hsim.model.scenario.Scenario sc = hsim.model.run.ModelCatalog.loader().load("calibration-2022");
        double share = sc.number("supply.varreux_metro_share"), other = sc.number("supply.other_fuel_trucks_per_day");
        for (long seed = 1; seed <= seeds; seed++) {
            RunResult r = Runs.run("calibration-2022", DAYS, seed);
            int retake = firstOpen(r);
            assertTrue(retake >= DELIVERY && retake <= 60, "retaken after the delivery (day 15) and by day 60, seed " + seed + ": " + retake);
            assertEquals(0, Runs.mean(r, "varreux_open", 1, DELIVERY - 1), 1e-12, "blockaded until the vehicles arrive, seed " + seed);
            meanRetake += retake / (double) seeds;
            before += Runs.mean(r, "fuel_trucks_delivered", 5, retake - 1) / seeds;
            after += Runs.mean(r, "fuel_trucks_delivered", retake + 1, retake + 7) / seeds;
        }
        assertTrue(Math.abs(meanRetake - HISTORY) <= 8, "mean retake day " + meanRetake + " (history: day 34)");
        assertTrue(before <= other + 2, "near zero before the retake (other sources only): " + before);
        double varreuxEquivalent = after / share;
        assertTrue(varreuxEquivalent >= 50 && varreuxEquivalent <= 165,
                "Varreux trucks/day in the week after the retake: " + varreuxEquivalent + " (observed ~100-120)");
    }
}
