package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class CalibrationConfigTest {
    @TempDir Path dir;

    static final String OK = "scenario: calibration-2022\ntargets: ../data/history/targets.csv\ndays: 10\n"
            + "priors:\n  cholera.water_transmission_per_day: [0.2, 2.0]\n"
            + "method:\n  runs_per_wave: 6\n  waves: 2\n"
            + "metro_share:\n  cholera_suspected_cum: {2022-10-01: 0.8, 2022-12-01: 0.7}\n  homicides_year: 0.75\n";

    private CalibrationConfig parse(String text) {
        return CalibrationConfig.parse(dir.resolve("c.yaml"), text, ModelCatalog.standard(), ModelCatalog.loader());
    }

    private InputException bad(String text) {
        return assertThrows(InputException.class, () -> parse(text));
    }

    @Test
    void theShippedConfigsLoad() {
        for (String f : new String[] {"../data/calibration/ci.yaml", "../data/calibration/history-2022-2023.yaml"}) {
            CalibrationConfig c = CalibrationConfig.load(Path.of(f), ModelCatalog.standard(), ModelCatalog.loader());
            assertFalse(c.priors().isEmpty(), f);
            assertFalse(c.until().isAfter(TargetsFile.CUTOFF), f);
        }
    }

    @Test
    void metroSharesApplyFromTheirDate() {
        CalibrationConfig c = parse(OK);
        Target oct = TargetMatchTest.target("2022-10-22", "cholera_suspected_cum", 100, 50, 150, 0.9, null);
        Target dec = TargetMatchTest.target("2022-12-11", "cholera_suspected_cum", 100, 50, 150, 0.9, null);
        assertEquals(0.8, c.apply(oct).metroShare());
        assertEquals(0.7, c.apply(dec).metroShare());
        assertEquals(0.75, c.apply(TargetMatchTest.target("2022-12-31", "homicides_year", 1, 0, 2, 0.9, null)).metroShare());
        assertEquals(0.9, c.apply(TargetMatchTest.target("2022-12-31", "other", 1, 0, 2, 0.9, null)).metroShare(), "the file's share otherwise");
        assertEquals(LocalDate.of(2023, 12, 31), c.until());
        CalibrationConfig r = parse(OK + "model_metric:\n  cholera_cfr: cholera_deaths_cum / cholera_cases_cum\n");
        assertEquals("cholera_deaths_cum/cholera_cases_cum", r.apply(TargetMatchTest.target("2023-02-05", "cholera_cfr", 0.02, 0.015, 0.025, 1, null)).modelMetric());
        assertEquals("model_metric.cholera_cfr", bad(OK + "model_metric:\n  cholera_cfr: deaths * 2\n").field());
    }

    @Test
    void badConfigsNameFieldAndAllowedRange() {
        assertEquals("priors.cholera.water_transmision_per_day",
                bad(OK.replace("water_transmission_per_day: [0.2", "water_transmision_per_day: [0.2")).field());
        InputException range = bad(OK.replace("[0.2, 2.0]", "[0.2, 20]"));
        assertTrue(range.getMessage().contains("[0, 10]"), range.getMessage());
        assertEquals("priors.run.people_per_agent", bad(OK.replace("cholera.water_transmission_per_day: [0.2, 2.0]",
                "run.people_per_agent: [100, 200]") + "set:\n  run.people_per_agent: 1000\n").field());
        assertEquals("until", bad(OK + "until: 2024-03-01\n").field());
        assertEquals("waves", bad(OK.replace("waves: 2", "waves: 0")).field());
        assertEquals("first_wave", bad(OK.replace("waves: 2", "waves: 2\n  first_wave: sobol")).field());
        assertEquals("runs_per_wave", bad(OK.replace("waves: 2", "waves: 2\n  first_wave: nolh")).field());
        assertEquals("metro_share.homicides_year", bad(OK.replace("homicides_year: 0.75", "homicides_year: 1.5")).field());
        assertEquals("targets", bad(OK.replace("../data/history/targets.csv", "nowhere.csv")).field());
        assertEquals("scenario", bad(OK.replace("calibration-2022", "no-such-scenario")).field());
        assertEquals("colour", bad(OK + "colour: blue\n").field());
        assertEquals("priors", bad("targets: ../data/history/targets.csv\ndays: 10\n").field());
        assertTrue(bad(OK.replace("[0.2, 2.0]", "[2.0, 0.2]")).getMessage().contains("lo < hi"));
    }

    @Test
    void theCommandExitsWith2AndNamesTheFile() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, OK.replace("[0.2, 2.0]", "[0.2, 20]"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        int code;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            code = hsim.runner.Main.execute("calibrate", f.toString(), "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code);
        String msg = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(msg.contains("bad.yaml") && msg.contains("cholera.water_transmission_per_day"), msg);
    }
}
