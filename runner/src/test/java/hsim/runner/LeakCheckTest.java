package hsim.runner;

import hsim.model.run.ModelCatalog;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.tools.Soak;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short CI version of scripts/soak: 160 tiny runs in this JVM must not leave heap (after GC), threads
 * or open files behind. Measured between run 50 (everything lazily built is built by then) and run 200;
 * the tolerances are far above the noise of a collection and far below what a per-run leak of a model
 * (several MB each) or of its worker pool (threads each) would add over 120 runs. Isolated: heap, threads and
 * open files are the whole JVM's, so a test class running alongside (e.g. an end-to-end calibration) would count.
 */
@org.junit.jupiter.api.parallel.Isolated
class LeakCheckTest {
    @Test
    void aHundredAndSixtyRunsLeaveNothingBehind() {
        ScenarioLoader l = ModelCatalog.loader();
        Scenario s = l.override(l.load("rapid-force+special-force"), List.of("run.people_per_agent=20000",
                "rapid_force.deployment_delay_days=0", "special_force.start_day=1"));
        double heap50 = 0;
        int threads50 = 0;
        long files50 = 0;
        for (int i = 1; i <= 160; i++) {
            Simulation.run(new RunSpec(s, i, 1, 2, 64));
            if (i == 40) {
                heap50 = Soak.heapAfterGcMb();
                threads50 = Thread.activeCount();
                files50 = Soak.openFiles();
            }
        }
        double heap200 = Soak.heapAfterGcMb();
        int threads200 = Thread.activeCount();
        long files200 = Soak.openFiles();
        String figures = String.format("heap after GC %.1f -> %.1f MB, threads %d -> %d, open files %d -> %d",
                heap50, heap200, threads50, threads200, files50, files200);
        System.out.println("LeakCheckTest: " + figures);
        assertTrue(heap200 - heap50 < 16, figures);
        assertTrue(threads200 <= threads50 + 2, figures);
        assertTrue(files200 <= files50 + 5, figures);
    }
}
