package hsim.runner;

import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.epstein.EpsteinWorld;
import hsim.model.metrics.DailyMetrics;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.results.Measures;
import hsim.results.Measures.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcome metadata (hsim-results' measures.csv) and the model's outputs must name the same things:
 * a metric or outcome the model adds without an entry, or an entry for one the model no longer writes,
 * fails here. This module sees both the model and the results schema.
 */
class MeasuresMatchModelTest {
    private final Measures measures = Measures.standard();

    /** Daily metrics of both models: the intervention model's (after its day column) and the Epstein docking model's. */
    private static List<String> metrics() {
        List<String> out = new java.util.ArrayList<>(DailyMetrics.COLUMNS.subList(1, DailyMetrics.COLUMNS.size()));
        out.addAll(EpsteinWorld.COLUMNS);
        return out;
    }

    @Test
    void dailyMetricsAndTheirEntriesAreTheSameListInTheSameOrder() {
        List<String> metrics = metrics();
        List<String> listed = measures.of(Kind.DAILY).stream().map(Measures.Measure::key).toList();
        for (String m : metrics) assertNotNull(measures.find(Kind.DAILY, m), "daily metric '" + m + "' has no entry in measures.csv");
        for (String k : listed) assertTrue(metrics.contains(k), "measures.csv lists daily metric '" + k + "', which the model does not write");
        assertEquals(metrics, listed, "measures.csv lists the daily metrics in the model's column order");
    }

    @Test
    void everySummaryOutcomeHasAnEntryAndEveryEntryIsAnOutcome() {
        List<String> keys = new java.util.ArrayList<>(DailyMetrics.summaryKeys(List.of("delmas", "cite_soleil")));
        keys.addAll(hsim.model.epstein.Outbursts.of(List.of(), 0).keySet());
        keys.addAll(DerivedOutcomes.keys()); // derived by the runner from the daily table
        for (String k : keys) assertNotNull(measures.find(Kind.OUTCOME, k), "outcome '" + k + "' has no entry in measures.csv");
        for (Measures.Measure m : measures.of(Kind.OUTCOME)) {
            assertTrue(keys.stream().anyMatch(k -> measures.find(Kind.OUTCOME, k) == m),
                    "measures.csv lists outcome '" + m.key() + "', which the model does not write");
            if (!m.metric().isEmpty()) {
                assertTrue(metrics().contains(m.metric()), m.key() + " derives from unknown metric " + m.metric());
            }
        }
    }

    @Test
    void aRealRunWritesOnlyListedColumnsAndOutcomes() {
        ScenarioLoader loader = hsim.model.run.ModelCatalog.loader();
        Scenario s = loader.override(loader.load("rapid-force"), List.of("run.people_per_agent=2000"));
        RunResult r = Simulation.run(new RunSpec(s, 5, 3, 1));
        assertEquals(DailyMetrics.COLUMNS, r.dailyColumns());
        List<String> fixed = DailyMetrics.summaryKeys(List.of());
        for (String k : r.summary().keySet()) {
            Measures.Measure m = measures.find(Kind.OUTCOME, k);
            assertNotNull(m, "outcome '" + k + "' of a real run has no entry in measures.csv");
            assertTrue(fixed.contains(k) || m.key().endsWith("{commune}"), k + " is not in DailyMetrics.summaryKeys");
        }
    }
}
