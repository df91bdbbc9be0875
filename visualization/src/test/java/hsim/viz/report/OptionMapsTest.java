package hsim.viz.report;

import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import hsim.viz.gui.Colours;
import hsim.viz.gui.FacilityStatus;
import hsim.viz.map.CityMapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's maps on a results folder made by really running the model (two options, two replicates,
 * two days, coarse civilians): each option gets a map whose re-run reproduces the recorded outcome, drawn
 * over the city with territory and facility colours; folders that cannot be re-run get a note instead.
 */
class OptionMapsTest {
    private static final int DAYS = 2;
    private static final List<String> OPTIONS = List.of("baseline", "rapid-force");

    @Test
    void mapsOfRepresentativeRunsAreDrawnAndReproduceTheRecordedOutcome(@TempDir Path dir) throws Exception {
        writeRealResults(dir);
        Path index = ReportWriter.write(dir);
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"maps\">"), "no maps section");
        BufferedImage plain = new CityMapRenderer(InterventionModel.portAuPrince()).decorations(false).render(OptionMaps.WIDTH);
        for (String o : OPTIONS) {
            Path png = dir.resolve("report/map_" + o + ".png");
            assertTrue(Files.exists(png), () -> "missing " + png + "; the section says:\n" + section(html));
            assertTrue(html.contains("src=\"map_" + o + ".png\""), "map of " + o + " not linked");
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(plain.getWidth(), img.getWidth());
            int sea = 0, changed = 0, facility = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    if (rgb == (Colours.SEA.getRGB() & 0xFFFFFF)) sea++;
                    if (rgb != (plain.getRGB(x, y) & 0xFFFFFF)) changed++;
                    for (FacilityStatus s : FacilityStatus.values()) if (rgb == (Colours.facility(s).getRGB() & 0xFFFFFF)) facility++;
                }
            }
            double n = img.getWidth() * (double) img.getHeight();
            assertTrue(sea / n > 0.1, o + ": sea share " + sea / n);
            assertTrue(changed / n > 0.05, o + ": territory and facilities barely change the base map: " + changed / n);
            assertTrue(facility > 100, o + ": no facility markers");
        }
        assertEquals(OPTIONS.size(), count(html, "The re-run reproduces the recorded"), "every map's re-run must reproduce its run:\n" + html);
    }

    @Test
    void folderThatCannotBeReRunGetsANote(@TempDir Path dir) throws Exception {
        ResultsFixture.compare(dir, List.of("baseline", "rapid-force"), 3, 20); // synthetic: no run length, unknown parameters
        String html = Files.readString(ReportWriter.write(dir), StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"maps\">") && html.contains("No maps"), "expected a note in the maps section");
        try (var s = Files.list(dir.resolve("report"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("map_")), "no map images expected");
        }
    }

    @Test
    void representativeRunIsTheOneClosestToTheMedian() {
        List<RunRecord> runs = List.of(run("a", 1, 10), run("a", 2, 50), run("a", 3, 30), run("a", 4, 31), run("b", 1, 7));
        assertEquals(3, OptionMaps.representative(runs, "a", "x").replicate()); // median 30.5: 30 and 31 tie, lower replicate wins
        assertEquals(1, OptionMaps.representative(runs, "b", "x").replicate());
        assertEquals(null, OptionMaps.representative(runs, "c", "x"));
    }

    private static RunRecord run(String option, int rep, double x) {
        return new RunRecord(option + "/" + rep, option, -1, rep, rep, true, "", Map.of(), Map.of("x", x));
    }

    private static String section(String html) {
        int i = html.indexOf("<section id=\"maps\">");
        return i < 0 ? "(none)" : html.substring(i, html.indexOf("</section>", i));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }

    /** runs.csv, daily.csv, summary.csv and manifest.json as the runner writes them, from real model runs. */
    private static void writeRealResults(Path dir) throws Exception {
        ScenarioLoader loader = ModelCatalog.loader();
        List<String> keys = null, outcomes = null;
        List<Map<String, String>> rows = new ArrayList<>();
        StringBuilder daily = new StringBuilder("run_id,option,design_point,replicate,seed,day,gang_control_share\n");
        for (String o : OPTIONS) {
            Scenario s = loader.override(loader.load(o), List.of("run.people_per_agent=2000"));
            for (int rep = 1; rep <= 2; rep++) {
                long seed = 100 + rep;
                RunResult r = Simulation.run(new RunSpec(s, seed, DAYS, 2));
                Map<String, String> row = new LinkedHashMap<>();
                String id = o + "/r00" + rep;
                row.put("run_id", id); row.put("option", o); row.put("design_point", "-1"); row.put("replicate", Integer.toString(rep));
                row.put("seed", Long.toString(seed)); row.put("status", "ok"); row.put("error", "");
                s.sortedValues().forEach((k, v) -> row.put("p." + k, v));
                r.summary().forEach((k, v) -> row.put("o." + k, v == null || v.isNaN() ? "" : Double.toString(v)));
                if (keys == null) keys = new ArrayList<>(row.keySet());
                rows.add(row);
                for (int d = 1; d <= DAYS; d++) daily.append(id).append(',').append(o).append(",-1,").append(rep).append(',').append(seed)
                        .append(',').append(d).append(",0.5\n");
            }
        }
        StringBuilder runs = new StringBuilder(String.join(",", keys)).append('\n');
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String k : keys) cells.add(ResultsFixture.quote(row.getOrDefault(k, "")));
            runs.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("daily.csv"), daily);
        Files.writeString(dir.resolve("summary.csv"), String.join(",", ResultsFolder.SUMMARY_COLUMNS) + "\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"scenarios\": [\"baseline\", \"rapid-force\"], \"design\": {\"kind\": \"compare\", \"days\": " + DAYS + "}}\n");
    }
}
