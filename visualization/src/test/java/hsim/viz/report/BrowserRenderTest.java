package hsim.viz.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens a generated report in real headless Chromium from disk (file://, no server): every image
 * must load, the headline table must be there, and a screenshot must show the rendered charts.
 * Needs the {@code chromium} program (scripts/test installs it; Debian: apt-get install chromium).
 */
class BrowserRenderTest {
    private static final long TIMEOUT_S = 90;
    private static final Path OUT = Path.of("target", "test-reports", "browser");
    private static Path index;

    @BeforeAll
    static void writeReport() throws IOException {
        Path results = OUT.resolve("compare");
        ReportWriterTest.deleteTree(OUT);
        ResultsFixture.compare(results, ResultsFixture.OPTIONS, 6, 90);
        index = ReportWriter.write(results);
    }

    @Test
    void everyImageLoadsAndTheHeadlineTableIsPresent() throws Exception {
        String html = Files.readString(index, StandardCharsets.UTF_8);
        String probe = "<script>window.addEventListener('load',function(){"
                + "var a=Array.prototype.slice.call(document.images);"
                + "var bad=a.filter(function(i){return !(i.complete&&i.naturalWidth>0);}).map(function(i){return i.getAttribute('src');});"
                + "var p=document.createElement('pre');p.id='hsim-check';"
                + "p.textContent='images='+a.length+' broken='+bad.length+' ['+bad.join(' ')+'] rows='"
                + "+document.querySelectorAll('#headline-table tbody tr').length;document.body.appendChild(p);});</script>";
        assertTrue(html.contains("</body>"));
        Path check = index.resolveSibling("browser-check.html");
        Files.writeString(check, html.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);

        String dom = chromium(List.of("--dump-dom", "--virtual-time-budget=15000", check.toUri().toString()));
        Matcher m = Pattern.compile("<pre id=\"hsim-check\">images=(\\d+) broken=(\\d+) \\[([^\\]]*)\\] rows=(\\d+)</pre>").matcher(dom);
        assertTrue(m.find(), "the load probe did not run; DOM tail: " + dom.substring(Math.max(0, dom.length() - 500)));
        int images = Integer.parseInt(m.group(1));
        long pngs;
        try (var s = Files.list(index.getParent())) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertEquals(pngs, images, "every chart written should appear in the page");
        assertTrue(images >= 10, "expected time series, box and forest charts, got " + images);
        assertEquals(0, Integer.parseInt(m.group(2)), "broken images: " + m.group(3));
        assertEquals(ResultsFixture.OPTIONS.size(), Integer.parseInt(m.group(4)), "headline table rows");
    }

    @Test
    void screenshotShowsTheRenderedPage() throws Exception {
        Path shot = OUT.resolve("screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(List.of("--screenshot=" + shot, "--window-size=1280,2200", "--hide-scrollbars",
                "--virtual-time-budget=15000", index.toUri().toString()));
        assertTrue(Files.isRegularFile(shot), "chromium wrote no screenshot");
        BufferedImage img = ImageIO.read(shot.toFile());
        assertNotNull(img, "screenshot is not a readable PNG");
        assertEquals(1280, img.getWidth());
        assertEquals(2200, img.getHeight());
        // The top of the page holds the legend, headline table and first chart: rapid-force's
        // vermillion (#D55E00) must appear there if the table swatches and the chart rendered.
        int vermillion = 0;
        int ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (Math.abs(r - 0xD5) < 20 && Math.abs(g - 0x5E) < 20 && Math.abs(b) < 30) vermillion++;
                if (r + g + b < 200) ink++;
            }
        }
        assertTrue(vermillion > 200, "rapid-force colour barely visible: " + vermillion + " samples");
        assertTrue(ink > 2000, "page looks blank: " + ink + " dark samples");
    }

    /** Runs headless Chromium with a private profile and no network services, bounded in time. */
    private static String chromium(List<String> args) throws Exception {
        String exe = findChromium();
        Path profile = Files.createTempDirectory("hsim-chromium");
        List<String> cmd = new ArrayList<>(List.of(exe, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path stdout = Files.createTempFile("hsim-chromium", ".out");
        Path stderr = Files.createTempFile("hsim-chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("chromium did not finish within " + TIMEOUT_S + " s");
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) fail("chromium exited " + p.exitValue() + ": " + Files.readString(stderr));
            return out;
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            ReportWriterTest.deleteTree(profile);
        }
    }

    private static String findChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                File f = new File(dir, name);
                if (f.canExecute()) return f.getPath();
            }
        }
        fail("chromium is not installed; run scripts/test as root or: apt-get install chromium");
        return null;
    }
}
