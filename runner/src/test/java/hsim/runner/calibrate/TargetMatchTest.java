package hsim.runner.calibrate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TargetMatchTest {
    static final LocalDate START = LocalDate.of(2022, 10, 1);

    static Target target(String date, String metric, double v, double lo, double hi, double share, String periodStart) {
        return new Target(LocalDate.parse(date), metric, v, lo, hi, "calibration", metric, share,
                periodStart == null ? null : LocalDate.parse(periodStart), "test", 2);
    }

    @Test
    void aValueIsReadOnTheTargetsRunDay() {
        double[] s = new double[40];
        for (int i = 0; i < s.length; i++) s[i] = i + 1; // day d holds d
        assertEquals(28, TargetMatch.modelValue(target("2022-10-28", "m", 0, 0, 0, 1, null), START, s));
        assertEquals(1, TargetMatch.modelValue(target("2022-10-01", "m", 0, 0, 0, 1, null), START, s));
        assertTrue(Double.isNaN(TargetMatch.modelValue(target("2022-11-30", "m", 0, 0, 0, 1, null), START, s)), "after the series");
    }

    @Test
    void aPeriodCountIsTheIncreaseOverTheCoveredDaysScaledToThePeriod() {
        // a cumulative count rising 2 a day from day 1: 1 Oct - 31 Dec is 92 days = 184; the year has 365 days
        double[] s = new double[92];
        for (int i = 0; i < s.length; i++) s[i] = 2.0 * (i + 1);
        Target year = target("2022-12-31", "homicides_year", 0, 0, 0, 1, "2022-01-01");
        assertEquals(2.0 * 365, TargetMatch.modelValue(year, START, s), 1e-9);
        // a period inside the run: 1-31 Dec = 31 days of 2 = 62
        Target dec = target("2022-12-31", "x", 0, 0, 0, 1, "2022-12-01");
        assertEquals(62, TargetMatch.modelValue(dec, START, s), 1e-9);
    }

    @Test
    void distanceIsInHalfBandsOnTheSideMissedAndUsesTheMetroShare() {
        Target t = target("2022-10-28", "m", 100, 50, 200, 0.5, null); // metro: 50 in [25, 100]
        assertEquals(0, TargetMatch.distance(t, 50, 0.5), 1e-12);
        assertEquals(1, TargetMatch.distance(t, 100, 0.5), 1e-12, "the upper edge");
        assertEquals(1, TargetMatch.distance(t, 25, 0.5), 1e-12, "the lower edge");
        assertEquals(2, TargetMatch.distance(t, 0, 0.5), 1e-12);
        Target flag = target("2022-11-03", "varreux_open", 1, 1, 1, 1, null);
        assertEquals(2, TargetMatch.distance(flag, 0, 0.5), 1e-12, "a zero band uses the config's tolerance");
    }

    @Test
    void everyTargetMetricWeighsTheSameInTheCombinedDistance() {
        Target a1 = target("2022-10-13", "cholera", 1, 0, 2, 1, null), a2 = target("2022-10-22", "cholera", 1, 0, 2, 1, null);
        Target b = target("2022-10-28", "gang", 1, 0, 2, 1, null);
        // cholera misses by 2 twice (mean square 4), gang by 0: sqrt((4 + 0) / 2), not sqrt(8 / 3)
        assertEquals(Math.sqrt(2), TargetMatch.combine(List.of(a1, a2, b), new double[] {2, 2, 0}), 1e-12);
        assertTrue(Double.isNaN(TargetMatch.combine(List.of(a1), new double[] {Double.NaN})), "a missing value rejects the point");
    }

    @Test
    void aRatioMetricDividesTwoColumnsDayByDay() {
        java.util.Map<String, double[]> run = java.util.Map.of("deaths", new double[] {0, 2, 6}, "cases", new double[] {0, 100, 200});
        double[] cfr = TargetMatch.series("deaths/cases", run);
        assertTrue(Double.isNaN(cfr[0]), "no cases yet: no ratio");
        assertEquals(0.03, cfr[2], 1e-12);
        assertEquals(List.of("deaths", "cases"), TargetMatch.columns("deaths/cases"));
        assertTrue(TargetMatch.unusable(new Target(LocalDate.of(2022, 10, 2), "cfr", 0.02, 0.01, 0.03, "calibration", "deaths/cases", 1, null, "t", 2),
                START, 3, List.of("deaths"), List.of()).contains("cases"));
    }

    @Test
    void unusableTargetsSayWhy() {
        List<String> metrics = List.of("day", "m");
        assertNull(TargetMatch.unusable(target("2022-10-28", "m", 1, 0, 2, 1, null), START, 92, metrics, List.of()));
        assertTrue(TargetMatch.unusable(target("2022-09-12", "m", 1, 0, 2, 1, null), START, 92, metrics, List.of()).contains("before"));
        assertTrue(TargetMatch.unusable(target("2023-05-18", "m", 1, 0, 2, 1, null), START, 92, metrics, List.of()).contains("horizon"));
        assertTrue(TargetMatch.unusable(target("2022-10-28", "zz", 1, 0, 2, 1, null), START, 92, metrics, List.of()).contains("no daily metric"));
        assertTrue(TargetMatch.unusable(target("2022-10-28", "m", 1, 0, 2, Double.NaN, null), START, 92, metrics, List.of()).contains("metro share"));
        assertTrue(TargetMatch.unusable(target("2022-10-28", "m", 1, 0, 2, 1, null), START, 92, metrics, List.of("m")).contains("excluded"));
    }

    @Test
    void implausibilityGrowsWithTheMissAndShrinksWithEnsembleSpread() {
        Target t = target("2022-10-28", "m", 10, 8, 12, 1, null); // obs sd 1
        assertEquals(3, TargetMatch.implausibility(t, 13, 0, 0.5), 1e-12);
        assertEquals(3 / Math.sqrt(2), TargetMatch.implausibility(t, 13, 1, 0.5), 1e-12);
    }
}
