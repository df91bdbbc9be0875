package hsim.runner.calibrate;

import hsim.results.CsvTable;
import hsim.runner.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** hsim calibrate through the real command line and the real model. */
class CalibrateCommandTest {
    @TempDir Path dir;

    static final String TINY = "scenario: calibration-2022\ntargets: ../data/history/targets.csv\ndays: 14\nseed: 3\n"
            + "set:\n  run.people_per_agent: 5000\n"
            + "priors:\n  cholera.water_transmission_per_day: [0.2, 2.0]\n  conflict.collateral_per_fighter_hour: [0.001, 0.012]\n"
            + "method:\n  runs_per_wave: 4\n  waves: 2\n  accept_share: 0.5\n  min_accepted: 2\n";

    /** The CI-sized config end to end: output shapes, and accepted points closer to the targets than rejected ones. */
    @Test
    void theCiConfigRunsEndToEnd() throws Exception {
        Path out = dir.resolve("ci");
        assertEquals(0, Main.execute("calibrate", "../data/calibration/ci.yaml", "--threads", "2", "--out", out.toString()));
        CsvTable particles = CsvTable.read(out.resolve(Calibration.PARTICLES));
        assertEquals(30, particles.size(), "3 waves x 10 points");
        for (String k : List.of("cholera.water_transmission_per_day", "conflict.collateral_per_fighter_hour", "supply.checkpoint_kidnap_share")) {
            assertTrue(particles.has(k), k);
        }
        Ensemble ens = Ensemble.read(out.resolve(Calibration.ENSEMBLE), hsim.model.run.ModelCatalog.standard());
        int acceptedLast = 0;
        for (int w = 1; w <= 3; w++) {
            double maxAcc = Double.NEGATIVE_INFINITY, minRej = Double.POSITIVE_INFINITY;
            int acc = 0;
            for (int i = 0; i < particles.size(); i++) {
                if ((int) particles.number(i, "wave") != w) continue;
                double d = particles.number(i, "distance");
                assertTrue(d >= 0, "a distance for every point");
                if (particles.number(i, "accepted") == 1) {
                    acc++;
                    maxAcc = Math.max(maxAcc, d);
                } else {
                    minRej = Math.min(minRej, d);
                }
            }
            assertTrue(acc >= 3, "min_accepted 3 in wave " + w);
            assertTrue(maxAcc <= minRej, "wave " + w + ": every accepted point is closer than every rejected one (" + maxAcc + " vs " + minRej + ")");
            if (w == 3) acceptedLast = acc;
        }
        assertEquals(acceptedLast, ens.members().size(), "the ensemble is the last wave's accepted points");
        assertEquals(1, ens.members().stream().mapToDouble(Ensemble.Member::weight).sum(), 1e-9);
        assertTrue(ens.meta().get("made_by").contains("ci.yaml"));
        // per target, accepted points miss by less on average than rejected ones in the first (uniform) wave
        CsvTable fit = CsvTable.read(out.resolve(Calibration.TARGET_FIT));
        double[] acc = new double[2], rej = new double[2];
        for (int i = 0; i < fit.size(); i++) {
            if ((int) fit.number(i, "wave") != 1) continue;
            double[] s = fit.number(i, "accepted") == 1 ? acc : rej;
            s[0] += fit.number(i, "distance");
            s[1]++;
        }
        assertTrue(acc[0] / acc[1] < rej[0] / rej[1], "mean target distance accepted " + acc[0] / acc[1] + " vs rejected " + rej[0] / rej[1]);
        CsvTable targets = CsvTable.read(out.resolve(Calibration.TARGETS));
        assertEquals(37, targets.size(), "every calibration row, used or with the reason it is not");
        int used = 0;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.text(i, "status").equals("used")) {
                used++;
                assertFalse(targets.text(i, "ensemble_median").isEmpty());
                assertTrue(targets.number(i, "ensemble_p10") <= targets.number(i, "ensemble_p90"));
            } else {
                assertTrue(targets.text(i, "status").startsWith("not used: "));
            }
        }
        assertTrue(used >= 15, used + " targets within 92 days");
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("Prior and posterior"));
        assertTrue(Files.exists(out.resolve("report/posterior_cholera-water_transmission_per_day.png")));
        assertTrue(Files.exists(out.resolve("report/target_cholera_cases_cum.png")));
        CsvTable series = CsvTable.read(out.resolve(Calibration.SERIES));
        assertTrue(series.size() >= 92, "a band per target metric per day");
    }

    @Test
    void shardsOfAWaveAreTakenOverAndResumeRunsNothing() throws Exception {
        Path cfg = dir.resolve("tiny.yaml");
        Files.writeString(cfg, TINY.replace("../data", Path.of("../data").toAbsolutePath().toString()));
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("calibrate", cfg.toString(), "--wave", "1", "--shard", "1/2", "--threads", "2", "--out", out.toString()));
        assertEquals(0, Main.execute("calibrate", cfg.toString(), "--wave", "1", "--shard", "2/2", "--threads", "2", "--out", out.toString()));
        assertEquals(2, Files.readAllLines(out.resolve("wave-1-shard-1-of-2/runs.csv")).size() - 1);
        assertFalse(Files.exists(out.resolve(Calibration.ENSEMBLE)), "a shard writes no ensemble");
        // wave 2 cannot start from half a wave 1
        assertEquals(2, Main.execute("calibrate", cfg.toString(), "--wave", "2", "--shard", "1/2", "--out", out.toString()));
        assertEquals(0, Main.execute("calibrate", cfg.toString(), "--threads", "2", "--no-report", "--out", out.toString()));
        List<String> wave1 = Files.readAllLines(out.resolve("wave-1/runs.csv"));
        assertEquals(5, wave1.size(), "wave 1 holds the shards' 4 runs");
        String manifest = Files.readString(out.resolve(Calibration.MANIFEST));
        assertTrue(manifest.contains("\"runs_executed_this_call\": 0"), "wave 1 was taken over, not re-run: " + manifest);
        String ensemble = Files.readString(out.resolve(Calibration.ENSEMBLE));
        // a resumed complete calibration runs nothing and writes the same ensemble
        assertEquals(0, Main.execute("calibrate", cfg.toString(), "--resume", "--no-report", "--out", out.toString()));
        assertEquals(strip(ensemble), strip(Files.readString(out.resolve(Calibration.ENSEMBLE))));
        assertEquals(2, Main.execute("calibrate", cfg.toString(), "--no-report", "--out", out.toString()), "never mixes results without --resume");
    }

    @Test
    void resultsDoNotDependOnThreads() throws Exception {
        Path cfg = dir.resolve("tiny.yaml");
        Files.writeString(cfg, TINY.replace("../data", Path.of("../data").toAbsolutePath().toString()).replace("waves: 2", "waves: 1"));
        assertEquals(0, Main.execute("calibrate", cfg.toString(), "--threads", "1", "--no-report", "--out", dir.resolve("a").toString()));
        assertEquals(0, Main.execute("calibrate", cfg.toString(), "--threads", "2", "--no-report", "--out", dir.resolve("b").toString()));
        assertEquals(Files.readString(dir.resolve("a/particles.csv")), Files.readString(dir.resolve("b/particles.csv")));
    }

    private static String strip(String ensemble) {
        List<String> keep = new ArrayList<>();
        for (String l : ensemble.split("\n")) if (!l.startsWith("# created") && !l.startsWith("# command_line")) keep.add(l);
        return String.join("\n", keep);
    }
}
