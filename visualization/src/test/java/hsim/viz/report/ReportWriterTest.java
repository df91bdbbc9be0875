package hsim.viz.report;

import hsim.results.ResultsFolder;
import hsim.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterTest {
    /** Kept under target/ so a person can open the reports after the build. */
    static final Path OUT = Path.of("target", "test-reports");

    @Test
    void compareReportLinksEveryChartAndShowsTheTables() throws IOException {
        Path results = OUT.resolve("compare");
        deleteTree(results);
        ResultsFixture.compare(results, ResultsFixture.OPTIONS, 6, 90);
        Path index = ReportWriter.write(results);
        assertEquals(results.resolve("report/index.html"), index);
        String html = Files.readString(index, StandardCharsets.UTF_8);

        List<String> srcs = imageSources(html);
        // 5 headline metrics (port_open is not listed), 6 outcomes as boxes and as forests.
        assertEquals(5 + 5 + 5, srcs.size(), srcs.toString()); // headline time series, boxes, forests
        for (String src : srcs) {
            assertFalse(src.contains("/") || src.contains(":"), "image links must be plain relative names: " + src);
            BufferedImage img = ImageIO.read(index.resolveSibling(src).toFile());
            assertNotNull(img, src + " is not a PNG");
            // Drawn at twice the layout size so it prints sharply; full-width charts are 1600 px.
            Matcher w = Pattern.compile("<img src=\"" + Pattern.quote(src) + "\"[^>]* width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
            assertTrue(w.find(), src);
            assertEquals(2 * Integer.parseInt(w.group(1)), img.getWidth(), src);
            assertEquals(2 * Integer.parseInt(w.group(2)), img.getHeight(), src);
            if (src.startsWith("ts_")) assertEquals(1600, img.getWidth(), src);
        }
        assertTrue(html.contains("id=\"headline-table\""));
        assertTrue(html.contains("Ranked by <b>Share of fuel need met, run mean</b>"), "labels come from hsim.results.Measures");
        // Every option ranked; the strongest intervention on fuel comes first in this fixture.
        int first = html.indexOf("<td class=\"n\">1</td>");
        assertTrue(html.indexOf("rapid-force+special-force", first) < html.indexOf("baseline</td>", first));
        // What differs between options is shown; the parameter that is the same is folded away.
        assertTrue(html.contains("<code>intervention.troops</code>"));
        assertTrue(html.contains("Parameters the same in every option (1)"));
        // Provenance from manifest.json and runs.csv; the failed run's error is escaped, not markup.
        assertTrue(html.contains("3f2a9c1"));
        assertTrue(html.contains("worker died: &lt;OutOfMemoryError&gt; &amp; &quot;heap&quot;"));
        assertFalse(html.contains("<OutOfMemoryError>"));
        // Opens offline: no scripts and nothing fetched from elsewhere.
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find());
        assertFalse(html.contains("id=\"main-effects\""), "compare results have no sweep section");
    }

    @Test
    void sweepReportAddsMainEffectsHeatMapAndPrim() throws IOException {
        Path results = OUT.resolve("sweep");
        deleteTree(results);
        ResultsFixture.sweep(results, 24, 2, 60);
        Path index = ReportWriter.write(results);
        String html = Files.readString(index, StandardCharsets.UTF_8);
        List<String> srcs = imageSources(html);
        assertTrue(srcs.stream().anyMatch(s -> s.startsWith("main-effects_gang_control_share")), srcs.toString());
        assertTrue(srcs.stream().anyMatch(s -> s.startsWith("heatmap_gang_control_share")), srcs.toString());
        assertTrue(srcs.stream().anyMatch(s -> s.startsWith("prim_gang_control_share")), srcs.toString());
        for (String src : srcs) assertTrue(Files.isRegularFile(index.resolveSibling(src)), src);
        assertTrue(html.contains("id=\"prim-table\""));
        assertEquals(3, count(html, "<tr><td>Share of the populated city under gang control, end of run</td>"));
        // No baseline in this sweep, so there are no differences to plot.
        assertFalse(html.contains("id=\"differences\""));
    }

    @Test
    void textValuedFactorsAreChartedByLevel(@TempDir Path tmp) throws IOException {
        ResultsFixture.sweep(tmp, 8, 1, 10);
        Path design = tmp.resolve("design.csv");
        List<String> lines = Files.readAllLines(design, StandardCharsets.UTF_8);
        List<String> withRule = new java.util.ArrayList<>();
        withRule.add(lines.get(0) + ",p_people__epstein_ratio_rule");
        for (int i = 1; i < lines.size(); i++) withRule.add(lines.get(i) + "," + (i % 2 == 0 ? "round" : "floor"));
        Files.write(design, withRule, StandardCharsets.UTF_8);
        ResultsFolder folder = ResultsFolder.read(tmp);
        assertEquals(List.of("floor", "round"), folder.levelsOf("people.epstein_ratio_rule"));
        assertEquals(null, folder.levelsOf("troops"));
        assertTrue(Files.isRegularFile(ReportWriter.write(tmp)));
    }

    @Test
    void extraSectionsComeBeforeTheParametersAndStaleChartsGo(@TempDir Path tmp) throws IOException {
        ResultsFixture.compare(tmp, List.of("baseline", "rapid-force"), 3, 20);
        Path stale = Files.createDirectories(tmp.resolve("report")).resolve("box_gone.png");
        Files.write(stale, new byte[] {1});
        ReportSection maps = new ReportSection() {
            @Override public String id() { return "maps"; }
            @Override public String title() { return "Maps"; }
            @Override public String render(ResultsFolder r, Path dir) { return "<p>maps of " + r.options().size() + " options</p>"; }
        };
        String html = Files.readString(ReportWriter.write(tmp, List.of(maps)));
        int at = html.indexOf("<section id=\"maps\">");
        assertTrue(at > 0 && at < html.indexOf("<section id=\"parameters\">"));
        assertTrue(html.contains("<p>maps of 2 options</p>"));
        assertFalse(Files.exists(stale), "a chart from an earlier report must not linger");
    }

    @Test
    void unknownNamesAndSingleRunsAreReportedGenerically(@TempDir Path tmp) throws IOException {
        ResultsFixture.write(tmp.resolve("runs.csv"), "run_id,option,design_point,replicate,seed,status,error,wall_seconds,p_k,o_zap\n"
                + "alpha/r000,alpha,-1,0,-5,ok,,1,\"a,b\",3.5\nbeta/r000,beta,-1,0,-5,ok,,1,c,\n");
        ResultsFixture.write(tmp.resolve("daily.csv"), "run_id,option,design_point,replicate,seed,day,foo_bar\n"
                + "alpha/r000,alpha,-1,0,-5,1,2\nbeta/r000,beta,-1,0,-5,1,\n");
        ResultsFixture.write(tmp.resolve("summary.csv"), "option,outcome,n,mean,sd,median,p10,p90,ci_low,ci_high,"
                + "diff_n,diff_mean,diff_sd,diff_ci_low,diff_ci_high\nalpha,zap,1,3.5,,3.5,3.5,3.5,,,,,,,\n");
        String html = Files.readString(ReportWriter.write(tmp));
        // Unlisted metric and outcome still get a chart each, labelled from their names.
        assertEquals(List.of("ts_foo_bar.png", "box_zap.png"), imageSources(html));
        assertTrue(html.contains("Foo bar") && html.contains("<td><code>k</code></td>") && html.contains(">a,b</td>"));
        assertTrue(html.contains("highest first; direction not listed"));
    }

    @Test
    void missingFolderOrFileIsBadInput(@TempDir Path tmp) throws IOException {
        InputException e = assertThrows(InputException.class, () -> ReportWriter.write(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        ResultsFixture.compare(tmp, List.of("baseline", "training"), 2, 5);
        Files.delete(tmp.resolve("summary.csv"));
        e = assertThrows(InputException.class, () -> ReportWriter.write(tmp));
        assertTrue(e.getMessage().contains("field 'summary.csv': required file is missing"), e.getMessage());
    }

    @Test
    void malformedValueNamesFileLineAndColumn(@TempDir Path tmp) throws IOException {
        ResultsFixture.compare(tmp, List.of("baseline", "training"), 2, 5);
        Path daily = tmp.resolve("daily.csv");
        List<String> lines = Files.readAllLines(daily);
        lines.set(3, lines.get(3).replaceFirst(",([^,]*)$", ",lots"));
        Files.write(daily, lines);
        InputException e = assertThrows(InputException.class, () -> ReportWriter.write(tmp));
        assertTrue(e.getMessage().contains("daily.csv:4: field 'port_open': 'lots' is not a number"), e.getMessage());
    }

    static List<String> imageSources(String html) {
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
