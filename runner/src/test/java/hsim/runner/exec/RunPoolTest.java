package hsim.runner.exec;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.runner.Fakes;
import hsim.runner.design.DesignFile;
import hsim.runner.design.PlannedRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunPoolTest {
    static List<PlannedRun> runs() {
        return DesignFile.parse("d.yaml", "design: lhs\nruns: 12\nreplicates: 2\nfactors:\n  run.people_per_agent: [1, 1000]\n",
                ModelCatalog.standard(), ModelCatalog.loader()).runList(ModelCatalog.loader(), 3);
    }

    @Test
    void failuresAreRecordedAndOthersContinue() throws Exception {
        List<PlannedRun> runs = runs();
        List<RunOutcome> seen = Collections.synchronizedList(new ArrayList<>());
        List<RunOutcome> out = new RunPool(4, 1).execute(runs, Fakes.model(500), seen::add);
        assertEquals(runs.size(), out.size());
        assertEquals(runs.size(), seen.size());
        long failed = out.stream().filter(o -> !o.ok()).count();
        assertTrue(failed > 0 && failed < runs.size());
        for (RunOutcome o : out) {
            double ppa = o.run().scenario().number("run.people_per_agent");
            assertEquals(ppa <= 500, o.ok());
            if (!o.ok()) {
                assertTrue(o.error().contains("planted failure"), o.error());
                assertTrue(o.result() == null);
            }
        }
    }

    @Test
    void resultsDoNotDependOnThreadSplit() throws Exception {
        List<PlannedRun> runs = runs();
        List<RunOutcome> a = new RunPool(1, 1).execute(runs, Fakes.model(1e9), o -> { });
        List<RunOutcome> b = new RunPool(6, 2).execute(runs, Fakes.model(1e9), o -> { });
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(a.get(i).run().runId(), b.get(i).run().runId());
            assertEquals(a.get(i).result().summary(), b.get(i).result().summary());
        }
        assertEquals(3, new RunPool(6, 2).concurrentRuns());
        assertEquals(2, new RunPool(6, 2).threadsPerRun());
        assertEquals(1, new RunPool(2, 8).concurrentRuns());
    }

    @Test
    void aBrokenSinkStopsTheBatch() {
        List<PlannedRun> runs = runs();
        Exception e = assertThrows(java.io.IOException.class,
                () -> new RunPool(1, 1).execute(runs, Fakes.model(1e9), o -> { throw new java.io.IOException("disk full"); }));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void shardParsingValidates() {
        assertEquals(new Shard(3, 8), Shard.parse("3/8"));
        for (String s : new String[] {"0/4", "5/4", "1/0", "a/b", "3", "", "-1/2"}) {
            InputException e = assertThrows(InputException.class, () -> Shard.parse(s));
            assertEquals("--shard", e.field());
        }
        Shard sh = new Shard(2, 3);
        assertTrue(sh.owns(1) && sh.owns(4));
        assertFalse(sh.owns(0) || sh.owns(2));
    }

    @Test
    void progressPrintsRateAndEta() {
        long[] now = {0};
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        Progress p = new Progress(new java.io.PrintStream(buf, true), false, 4, 1, () -> now[0]);
        now[0] = 2_000_000_000L;
        p.finished(true);
        now[0] = 2_100_000_000L;
        p.finished(false); // within the interval: no line
        now[0] = 4_000_000_000L;
        p.finished(true);
        String text = buf.toString();
        assertEquals(2, text.lines().count(), text);
        assertTrue(text.contains("1/4 runs (25%), 0.50 runs/s, ETA 6s"), text);
        assertTrue(text.contains("3/4 runs (75%), 1 failed, 0.75 runs/s, ETA 1s"), text);
        Progress bar = new Progress(new java.io.PrintStream(new java.io.ByteArrayOutputStream()), true, 10, 0, () -> now[0]);
        bar.finished(true);
        assertTrue(bar.line(now[0]).startsWith("\r[###...."), bar.line(now[0]));
    }
}
