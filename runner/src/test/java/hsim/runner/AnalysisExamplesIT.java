package hsim.runner;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The notebook examples (docs/examples/analysis.py with pandas, analysis.R with base R) run on a real
 * results folder from a small {@code hsim compare} and reproduce its summary: the paired differences
 * they compute from runs.csv equal summary.csv's diff_mean and 95% interval for every option and
 * outcome, and the plot is a real PNG. The Python one must run (scripts/test installs python3-pandas
 * and python3-matplotlib); the R one is skipped, saying so, where Rscript is not installed.
 */
class AnalysisExamplesIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> OPTIONS = List.of("baseline", "rapid-force", "training");
    static final int REPLICATES = 3;
    @TempDir static Path work;
    static Path results;

    @BeforeAll
    static void smallCompare() {
        results = work.resolve("results");
        Cli.Result r = Cli.runWithin(300, "compare", "--options", String.join(",", OPTIONS), "--replicates", "" + REPLICATES,
                "--days", "12", "--threads", "2", "--no-report", "--out", results.toString());
        assertEquals(0, r.code(), r::show);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void pythonExampleReproducesTheSummary() throws Exception {
        String python = null;
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (exec(work, List.of(candidate, "-c", "import pandas, matplotlib")).code == 0) { python = candidate; break; }
        }
        if (python == null) fail("no python3 with pandas and matplotlib (Debian: apt-get install python3-pandas python3-matplotlib; scripts/test installs them)");
        checkExample(List.of(python, ROOT.resolve("docs/examples/analysis.py").toString()), "python");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void rExampleReproducesTheSummary() throws Exception {
        boolean haveR = exec(work, List.of("sh", "-c", "command -v Rscript")).code == 0;
        Assumptions.assumeTrue(haveR, "Rscript is not installed (Debian: apt-get install r-base-core); the R example is not checked");
        checkExample(List.of("Rscript", ROOT.resolve("docs/examples/analysis.R").toString()), "r");
    }

    private void checkExample(List<String> command, String name) throws Exception {
        Path out = work.resolve("analysis-" + name);
        List<String> cmd = new ArrayList<>(command);
        cmd.add(results.toString());
        cmd.add(out.toString());
        Exec e = exec(work, cmd);
        assertEquals(0, e.code, e.output);
        assertTrue(e.output.contains(OPTIONS.size() * REPLICATES + " runs (" + OPTIONS.size() * REPLICATES + " ok)"), e.output);

        Map<String, Map<String, String>> summary = byOptionOutcome(results.resolve("summary.csv"));
        Map<String, Map<String, String>> diffs = byOptionOutcome(out.resolve("paired_differences.csv"));
        int compared = 0;
        for (var s : summary.entrySet()) {
            if (s.getKey().startsWith("baseline/")) continue;
            Map<String, String> d = diffs.get(s.getKey());
            assertNotNull(d, name + " has no row for " + s.getKey());
            assertEquals(s.getValue().get("diff_n"), d.get("n"), s.getKey());
            for (String col : List.of("diff_mean", "diff_ci_low", "diff_ci_high")) {
                String want = s.getValue().get(col);
                String got = d.get(col);
                if (want.isEmpty() || want.equals("NaN")) continue;
                double w = Double.parseDouble(want);
                assertEquals(w, Double.parseDouble(got), 1e-9 * Math.max(1, Math.abs(w)), name + " " + s.getKey() + " " + col);
                compared++;
            }
        }
        assertTrue(compared > 3 * 2 * 10, "compared " + compared + " values");

        Path png = Files.list(out).filter(p -> p.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, png + " is not an image");
        assertTrue(img.getWidth() >= 400 && img.getHeight() >= 300, img.getWidth() + "x" + img.getHeight());
    }

    /** Rows of a CSV file keyed "option/outcome" (quoted fields as R writes them, no embedded commas). */
    private static Map<String, Map<String, String>> byOptionOutcome(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = fields(lines.get(0));
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = fields(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], i < f.length ? f[i] : "");
            rows.put(row.get("option") + "/" + row.get("outcome"), row);
        }
        return rows;
    }

    private static String[] fields(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].replaceAll("^\"|\"$", "");
            if (f[i].equals("NA") || f[i].equalsIgnoreCase("nan")) f[i] = "";
        }
        return f;
    }

    private record Exec(int code, String output) {}

    private static Exec exec(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notFound) {
            return new Exec(127, String.valueOf(notFound.getMessage()));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Exec(p.waitFor(), String.join(" ", cmd) + "\n" + output);
    }
}
