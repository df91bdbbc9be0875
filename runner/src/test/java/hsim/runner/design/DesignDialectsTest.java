package hsim.runner.design;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The documented design, as PyYAML's {@code safe_dump} and R's {@code yaml::write_yaml} write it, loads
 * to the same design as the hand-written file.
 */
class DesignDialectsTest {
    @TempDir Path dir;

    private static final ScenarioLoader LOADER = ModelCatalog.loader();

    private static Design parse(String text) {
        return DesignFile.parse("d.yaml", text, ModelCatalog.standard(), LOADER);
    }

    private static void assertSameDesign(Design want, Design got) {
        assertEquals(want.kind(), got.kind());
        assertEquals(want.runs(), got.runs());
        assertEquals(want.replicates(), got.replicates());
        assertEquals(want.options(), got.options());
        assertEquals(want.factors().stream().map(f -> f.key() + f.lo() + f.hi() + f.levels()).sorted().toList(),
                got.factors().stream().map(f -> f.key() + f.lo() + f.hi() + f.levels()).sorted().toList());
        assertEquals(want.thresholds(), got.thresholds());
        assertEquals(want.seed(), got.seed());
    }

    @Test void pyyamlBlockStyle() {
        // yaml.safe_dump(design) with PyYAML's defaults: sorted keys, block lists at the key's indentation
        assertSameDesign(parse(DesignFileTest.NOLH), parse("""
                design: nolh
                factors:
                  run.days:
                    levels:
                    - 10
                    - 20
                    - 30
                  run.people_per_agent:
                  - 50
                  - 200
                options:
                - baseline
                - rapid-force
                replicates: 3
                seed: 42
                thresholds:
                  fuel_need_met_day180: < 0.5
                """));
    }

    @Test void pyyamlFlowLeavesAndExplicitStart() {
        // yaml.safe_dump(design, default_flow_style=None, explicit_start=True)
        assertSameDesign(parse(DesignFileTest.NOLH), parse("""
                ---
                design: nolh
                factors:
                  run.days: {levels: [10, 20, 30]}
                  run.people_per_agent: [50, 200]
                options: [baseline, rapid-force]
                replicates: 3
                seed: 42
                thresholds: {fuel_need_met_day180: < 0.5}
                """));
    }

    @Test void rWritesNumbersAsDoubles() {
        // yaml::write_yaml(list(design = "nolh", replicates = 3, ...)): every number is a double
        assertSameDesign(parse(DesignFileTest.NOLH), parse("""
                design: nolh
                replicates: 3.0
                options:
                - baseline
                - rapid-force
                factors:
                  run.people_per_agent:
                  - 50.0
                  - 200.0
                  run.days:
                    levels:
                    - 10.0
                    - 20.0
                    - 30.0
                seed: 42.0
                thresholds:
                  fuel_need_met_day180: '< 0.5'
                """));
    }

    @Test void aQuotedOptionMayHoldACommaAndAnApostrophe() throws IOException {
        Path odd = dir.resolve("b, it's.yaml");
        Files.writeString(odd, "inherits: baseline\nrun.days: 7\n");
        Design d = parse("design: full-factorial\noptions: [\"" + odd + "\", baseline]\n"
                + "factors:\n  run.people_per_agent: [50, 200]\n");
        assertEquals(List.of(odd.toString(), "baseline"), d.options());
        Design single = parse("design: full-factorial\noptions: ['" + odd.toString().replace("'", "''") + "', baseline]\n"
                + "factors:\n  run.people_per_agent: [50, 200]\n");
        assertEquals(d.options(), single.options());
    }
}
