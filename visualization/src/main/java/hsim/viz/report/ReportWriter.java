package hsim.viz.report;

import hsim.model.InputException;
import hsim.results.ResultsException;
import hsim.results.ResultsFolder;
import hsim.results.Measures;
import hsim.results.RunRow;
import hsim.viz.charts.Palette;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static hsim.viz.report.Html.esc;

/**
 * Writes {@code report/index.html} and its PNG charts for a results folder. The page is self-contained
 * (inline CSS, relative image links, no scripts or fonts from elsewhere) so it opens from disk offline.
 * Reads only the folder's files; bad content raises {@link hsim.model.InputException} (exit 2 in the CLI).
 */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * Writes the standard report, with the default extra sections ({@link #defaultSections()}), and
     * returns the path of index.html.
     */
    public static Path write(Path resultsDir) throws IOException {
        return write(resultsDir, defaultSections());
    }

    /** Reads the folder, options in the report's order; bad content becomes an {@link InputException}. */
    static ResultsFolder read(Path resultsDir) throws IOException {
        try {
            return ResultsFolder.read(resultsDir, Palette::compareOptions);
        } catch (ResultsException e) {
            throw new InputException(e.source(), e.line(), e.field(), e.problem(), e);
        }
    }

    /** The sections every report gets after the charts: robustness over ensemble members (when compared over one) and the maps of a representative run per option. */
    public static List<ReportSection> defaultSections() {
        return List.of(new RobustnessSection(), new OptionMaps());
    }

    /** Writes the report with extra sections (e.g. maps) placed after the charts. */
    public static Path write(Path resultsDir, List<ReportSection> extra) throws IOException {
        ResultsFolder results = read(resultsDir);
        Measures headlines = Measures.standard();
        Path dir = resultsDir.resolve(hsim.results.FileNames.REPORT_DIR);
        Files.createDirectories(dir);
        clearOldCharts(dir);
        PngNames names = new PngNames();
        OutcomeCharts outcome = new OutcomeCharts(results, headlines, dir, names);
        Tables tables = new Tables(results, headlines);

        List<String[]> sections = new ArrayList<>(); // id, title, html
        sections.add(new String[] {"headline", "Headline: options ranked", tables.headline()});
        sections.add(new String[] {"time-series", "Over time", figures(outcome.timeSeries(), false)});
        sections.add(new String[] {"end-of-run", "End-of-run outcomes", figures(outcome.boxes(), true)});
        List<Figure> forests = outcome.forests();
        if (!forests.isEmpty()) sections.add(new String[] {"differences", "Differences from baseline", figures(forests, true)});
        if (results.isSweep()) {
            SweepCharts sweep = new SweepCharts(results, headlines, dir, names);
            sections.add(new String[] {"main-effects", "Sweep: main effects", figures(sweep.mainEffects(), false)});
            List<Figure> heat = sweep.heatMaps();
            if (!heat.isEmpty()) sections.add(new String[] {"interactions", "Sweep: two-factor interactions", figures(heat, true)});
            if (!results.prim().isEmpty()) {
                sections.add(new String[] {"prim", "Sweep: scenario discovery (PRIM)",
                        figures(sweep.primBoxes(), true) + tables.prim()});
            }
        }
        for (ReportSection s : extra) {
            String html = s.render(results, dir);
            if (!html.isEmpty()) sections.add(new String[] {s.id(), s.title(), html});
        }
        sections.add(new String[] {"parameters", "Scenario parameters", tables.parameters()});
        sections.add(new String[] {"provenance", "Provenance", tables.provenance()});

        Path index = dir.resolve("index.html");
        Path tmp = dir.resolve("index.html.tmp");
        Files.writeString(tmp, page(results, sections), StandardCharsets.UTF_8);
        Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return index;
    }

    /** PNGs from an earlier report of this folder would otherwise linger unlinked. */
    private static void clearOldCharts(Path dir) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.png")) {
            for (Path p : old) Files.delete(p);
        }
    }

    private static String figures(List<Figure> figs, boolean grid) {
        if (figs.isEmpty()) return "<p class=\"note\">No data for these charts in this results folder.</p>\n";
        StringBuilder b = new StringBuilder(grid && figs.size() > 1 ? "<div class=\"grid\">\n" : "<div>\n");
        figs.forEach(f -> b.append(f.html()));
        return b.append("</div>\n").toString();
    }

    private static String page(ResultsFolder results, List<String[]> sections) {
        String name = results.dir().toAbsolutePath().normalize().getFileName() == null ? "results"
                : results.dir().toAbsolutePath().normalize().getFileName().toString();
        long ok = results.runs().stream().filter(RunRow::ok).count();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>hsim report: ").append(esc(name)).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n<header>\n<h1>hsim report: ").append(esc(name)).append("</h1>\n")
                .append("<p class=\"lede\">").append(results.options().size()).append(" option(s), ").append(ok)
                .append(" completed run(s)").append(results.isSweep() ? ", " + results.design().size()
                        + " design point(s) over " + results.factors().size() + " factor(s)" : "")
                .append(". Colours are the same in every chart:</p>\n<p class=\"legend\">");
        for (String o : results.options()) {
            b.append("<span class=\"item\">").append(Html.swatch(Palette.hex(o))).append(esc(o)).append("</span>");
        }
        b.append("</p>\n<nav><ol>");
        for (String[] s : sections) b.append("<li><a href=\"#").append(esc(s[0])).append("\">").append(esc(s[1])).append("</a></li>");
        b.append("</ol></nav>\n</header>\n<main>\n");
        for (String[] s : sections) {
            b.append("<section id=\"").append(esc(s[0])).append("\">\n<h2>").append(esc(s[1])).append("</h2>\n").append(s[2]).append("</section>\n");
        }
        b.append("</main>\n<footer>Generated by hsim from the files in this results folder. Charts are ")
                .append("PNG images next to this page.</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String css() {
        try (InputStream in = ReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
