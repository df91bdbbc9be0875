package hsim.viz.report;

import hsim.results.RunRow;
import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import hsim.model.InputException;
import hsim.viz.map.CityMapRenderer;
import hsim.viz.scene.Colours;
import hsim.viz.scene.FacilityStatus;
import hsim.viz.scene.FinalStateMap;
import hsim.results.FinalStateSchema;
import hsim.viz.scene.Scene;
import hsim.viz.scene.SceneRows;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's maps on a results folder made by really running the model (two options, two replicates,
 * two days, coarse civilians) with each run's final state saved as the runner saves it: each option gets
 * a map drawn from that file over the city with territory and facility colours, the same picture as the
 * run's own state; runs without a saved state get a note instead.
 */
class OptionMapsTest {
    private static final int DAYS = 2;
    private static final List<String> OPTIONS = List.of("baseline", "rapid-force");

    @Test
    void mapsOfRepresentativeRunsAreDrawnFromTheirSavedState(@TempDir Path dir) throws Exception {
        Map<String, Scene> scenes = writeRealResults(dir);
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
        assertEquals(OPTIONS.size(), count(html, ", day " + DAYS + " ("), "captions name the saved day:\n" + section(html));
        // the file holds everything the map draws: read back, it paints the run's own scene pixel for pixel
        FinalStateMap painter = new FinalStateMap(InterventionModel.portAuPrince());
        for (Map.Entry<String, Scene> e : scenes.entrySet()) {
            Scene back = OptionMaps.read(FinalStateSchema.file(dir, e.getKey()), InterventionModel.portAuPrince());
            BufferedImage a = painter.render(e.getValue(), "t", 500), b = painter.render(back, "t", 500);
            for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) assertEquals(a.getRGB(x, y), b.getRGB(x, y), e.getKey());
            assertEquals(e.getValue().markers(), back.markers(), e.getKey());
        }
    }

    @Test
    void runsWithoutASavedStateGetANote(@TempDir Path dir) throws Exception {
        ResultsFixture.compare(dir, List.of("baseline", "rapid-force"), 3, 20); // synthetic: no states/ folder
        String html = Files.readString(ReportWriter.write(dir), StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"maps\">") && html.contains("has no saved final state"), "expected a note in the maps section");
        try (var s = Files.list(dir.resolve("report"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("map_")), "no map images expected");
        }
    }

    @Test
    void representativeRunIsTheOneClosestToTheMedian() {
        List<RunRow> runs = List.of(run("a", 1, 10), run("a", 2, 50), run("a", 3, 30), run("a", 4, 31), run("b", 1, 7));
        assertEquals(3, OptionMaps.representative(runs, "a", "x").replicate()); // median 30.5: 30 and 31 tie, lower replicate wins
        assertEquals(1, OptionMaps.representative(runs, "b", "x").replicate());
        assertEquals(null, OptionMaps.representative(runs, "c", "x"));
    }

    @Test
    void aDamagedStateFileIsNamedWithItsLineAndField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, String.join(",", FinalStateSchema.COLUMNS) + "\ngrid,,,430,340,,2\nfacility,no_such_place,open,1,1,1,\n");
        InputException e = assertThrows(InputException.class, () -> OptionMaps.read(f, InterventionModel.portAuPrince()));
        assertTrue(e.getMessage().contains(f + ":3:") && e.getMessage().contains("no_such_place"), e.getMessage());
        Files.writeString(f, String.join(",", FinalStateSchema.COLUMNS) + "\ngrid,,,430,340,,2\ntroops,x,,500,1,1,3\n");
        e = assertThrows(InputException.class, () -> OptionMaps.read(f, InterventionModel.portAuPrince()));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("0..429"), e.getMessage());
    }

    private static RunRow run(String option, int rep, double x) {
        return new RunRow(option + "/" + rep, option, -1, rep, rep, true, "", Map.of(), Map.of("x", x));
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

    /** runs.csv, daily.csv, summary.csv, manifest.json and states/ as the runner writes them, from real model runs. */
    private static Map<String, Scene> writeRealResults(Path dir) throws Exception {
        Map<String, Scene> scenes = new LinkedHashMap<>();
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
                s.sortedValues().forEach((k, v) -> row.put(hsim.results.Columns.param(k), v));
                r.summary().forEach((k, v) -> row.put(hsim.results.Columns.outcome(k), hsim.results.Csv.number(v)));
                if (keys == null) keys = new ArrayList<>(row.keySet());
                Scene scene = Scene.of(r.finalState());
                scenes.put(id, scene);
                writeState(FinalStateSchema.file(dir, id), scene);
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
        Files.writeString(dir.resolve("summary.csv"), String.join(",", hsim.results.Columns.SUMMARY) + "\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"scenarios\": [\"baseline\", \"rapid-force\"], \"design\": {\"kind\": \"compare\", \"days\": " + DAYS + "}}\n");
        return scenes;
    }

    private static void writeState(Path file, Scene scene) throws Exception {
        StringBuilder b = new StringBuilder(String.join(",", FinalStateSchema.COLUMNS)).append('\n');
        for (List<String> row : SceneRows.encode(scene)) b.append(String.join(",", row.stream().map(ResultsFixture::quote).toList())).append('\n');
        Files.createDirectories(file.getParent());
        Files.writeString(file, b);
    }
}
