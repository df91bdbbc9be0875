package hsim.runner.design;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.exec.Shard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignFileTest {
    private static final ScenarioLoader LOADER = ModelCatalog.loader();

    static Design parse(String text) {
        return DesignFile.parse("d.yaml", text, ModelCatalog.standard(), LOADER);
    }

    static final String NOLH = """
            design: nolh        # picks 17 runs for 2 factors
            replicates: 3
            options: [baseline, rapid-force]
            factors:
              run.people_per_agent: [50, 200]
              run.days:
                levels: [10, 20, 30]
            seed: 42
            thresholds:
              fuel_need_met_day180: "< 0.5"
            """;

    @Test
    void parsesTheDocumentedExample() {
        Design d = parse(NOLH);
        assertEquals(DesignKind.NOLH, d.kind());
        assertEquals(17, d.runs());
        assertEquals(List.of("baseline", "rapid-force"), d.options());
        assertEquals(2, d.factors().size());
        assertEquals(new Threshold("fuel_need_met_day180", "<", 0.5), d.thresholds().get(0));
        List<PlannedRun> runs = d.runList(LOADER, 5);
        assertEquals(2 * 17 * 3, runs.size());
        assertEquals("baseline/p001/r001", runs.get(0).runId());
        assertEquals("rapid-force/p017/r003", runs.get(runs.size() - 1).runId());
        Set<String> ppa = new HashSet<>();
        for (PlannedRun r : runs) {
            double v = Double.parseDouble(r.overrides().get("run.people_per_agent"));
            assertTrue(v >= 50 && v <= 200);
            ppa.add(r.overrides().get("run.people_per_agent"));
            assertEquals(r.overrides().get("run.people_per_agent"), r.scenario().text("run.people_per_agent"));
            assertEquals(5, r.days());
        }
        assertEquals(17, ppa.size(), "NOLH levels are distinct per factor");
    }

    @Test
    void commonRandomNumbersGiveEachReplicateOneSeedEverywhere() {
        List<PlannedRun> runs = parse(NOLH).runList(LOADER, null);
        for (PlannedRun r : runs) assertEquals(Seeds.replicateSeed(42, r.replicate()), r.seed());
        assertEquals(3, runs.stream().map(PlannedRun::seed).distinct().count());
    }

    @Test
    void runListIsAPureFunctionOfTheFileWhateverTheShardCount() {
        List<PlannedRun> full = parse(NOLH).runList(LOADER, null);
        List<PlannedRun> again = parse(NOLH).runList(LOADER, null);
        for (int n : new int[] {1, 2, 5, 7}) {
            List<String> union = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                for (PlannedRun r : new Shard(k, n).select(again, PlannedRun::index)) {
                    PlannedRun f = full.get(r.index());
                    assertEquals(f.runId(), r.runId());
                    assertEquals(f.seed(), r.seed());
                    assertEquals(f.overrides(), r.overrides());
                    assertEquals(f.scenario().values(), r.scenario().values());
                    union.add(r.runId());
                }
            }
            assertEquals(full.size(), union.size());
            assertEquals(full.size(), new HashSet<>(union).size());
        }
    }

    @Test
    void fullFactorialAndLhs() {
        Design ff = parse("design: full-factorial\nlevels: 4\nfactors:\n  run.people_per_agent: [100, 400]\n  run.days:\n    levels: [7, 14]\n");
        assertEquals(8, ff.points().size());
        assertEquals("100", ff.points().get(0).get("run.people_per_agent"));
        assertEquals("400", ff.points().get(7).get("run.people_per_agent"));
        assertEquals("p008/r001", ff.runList(LOADER, 1).get(7).runId());
        Design lhs = parse("design: lhs\nruns: 10\nseed: 9\nfactors:\n  run:\n    people_per_agent: [1, 11]\n");
        assertEquals(10, lhs.points().size());
        boolean[] hit = new boolean[10];
        for (var p : lhs.points()) hit[(int) Math.floor(Double.parseDouble(p.get("run.people_per_agent")) - 1)] = true;
        for (boolean h : hit) assertTrue(h);
    }

    private static InputException bad(String text) {
        return assertThrows(InputException.class, () -> parse(text));
    }

    @Test
    void badInputNamesFileLineFieldAndRange() {
        InputException e = bad("design: nolh\nfactors:\n  run.people_per_agent: [0, 200]\n");
        assertEquals("d.yaml", e.source());
        assertEquals(3, e.line());
        assertEquals("run.people_per_agent", e.field());
        assertTrue(e.getMessage().contains("[1, 100000]"), e.getMessage());

        e = bad("design: nolh\nfactors:\n  run.people_per_agnet: [1, 200]\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("run.people_per_agent"), e.getMessage());

        e = bad("design: box-behnken\nfactors:\n  run.days: [1, 2]\n");
        assertEquals("design", e.field());
        assertEquals(1, e.line());

        e = bad("design: nolh\nruns: 20\nfactors:\n  run.days: [1, 9]\n");
        assertEquals("runs", e.field());
        assertTrue(e.getMessage().contains("17, 33, 65, 129 or 257"));

        e = bad("design: lhs\nfactors:\n  run.days: [1, 9]\n");
        assertEquals("runs", e.field());

        e = bad("design: lhs\nruns: 5\nfactors:\n  run.days: [9, 1]\n");
        assertTrue(e.getMessage().contains("lo < hi"));

        e = bad("design: lhs\nruns: 5\nfactors:\n  run.start_date: [2022-01-01, 2023-01-01]\n");
        assertTrue(e.getMessage().contains("numeric"));

        e = bad("design: lhs\nruns: 5\nreplicates: 0\nfactors:\n  run.days: [1, 9]\n");
        assertEquals("replicates", e.field());

        e = bad("design: lhs\nruns: 5\noptions: [baseline, no-such-option]\nfactors:\n  run.days: [1, 9]\n");
        assertEquals("options", e.field());
        assertEquals(3, e.line());

        e = bad("design: lhs\nruns: 5\nfactors:\n  run.days: [1, 9]\nthresholds:\n  y: about 3\n");
        assertEquals(6, e.line());
        assertEquals("thresholds.y", e.field());

        e = bad("design: lhs\nruns: 5\nfactor:\n  run.days: [1, 9]\n");
        assertEquals("factor", e.field());
    }

    @Test
    void theShippedExampleParses() {
        java.nio.file.Path ex = java.nio.file.Path.of("..", "docs", "examples", "nolh.yaml");
        Design d = DesignFile.load(ex, ModelCatalog.standard(), LOADER);
        assertEquals(DesignKind.NOLH, d.kind());
        assertEquals(2 * 17 * 3, d.runList(LOADER, null).size());
    }
}
