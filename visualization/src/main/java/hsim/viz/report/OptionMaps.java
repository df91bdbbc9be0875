package hsim.viz.report;

import hsim.results.CsvTable;
import hsim.results.Measures;
import hsim.results.ResultsException;
import hsim.results.ResultsFolder;
import hsim.results.RunRow;
import hsim.model.city.City;
import hsim.model.world.InterventionModel;
import hsim.viz.scene.FinalStateMap;
import hsim.results.FinalStateSchema;
import hsim.viz.scene.Scene;
import hsim.viz.scene.SceneRows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static hsim.viz.report.Html.esc;

/**
 * The report's maps: final gang territory and facility status for a representative run per option.
 * The representative run is the completed replicate whose headline outcome is closest to the option's
 * median (lowest replicate on ties); its final state, saved by the run itself in the results folder
 * ({@link FinalStateSchema}), is drawn with the GUI's colours ({@link FinalStateMap}). Runs without a
 * saved state (a folder made by an older hsim) get a note.
 */
public final class OptionMaps implements ReportSection {
    static final int WIDTH = 1100;

    @Override public String id() { return "maps"; }

    @Override public String title() { return "Maps: final state of a representative run per option"; }

    @Override
    public String render(ResultsFolder results, Path reportDir) throws IOException {
        List<String> outcomes = Measures.standard().pick(results.outcomes());
        String outcome = outcomes.isEmpty() ? null : outcomes.get(0);
        if (outcome == null) return "<p class=\"note\">No maps: this results folder records no outcome to pick a representative run by.</p>\n";
        StringBuilder b = new StringBuilder("<p class=\"note\">Each map shows the final day of the replicate whose "
                + esc(Measures.standard().label(outcome)) + " is closest to its option's median, as the run saved it: "
                + "gang territory shaded by coalition, facilities by status.</p>\n<div class=\"grid\">\n");
        City city = InterventionModel.portAuPrince();
        FinalStateMap painter = null;
        for (String option : results.options()) {
            RunRow run = representative(results.runs(), option, outcome);
            if (run == null) continue;
            Path file = FinalStateSchema.file(results.dir(), run.runId());
            if (!Files.isRegularFile(file)) {
                b.append("<p class=\"note\">No map for ").append(esc(option)).append(": ").append(esc(run.runId()))
                        .append(" has no saved final state (").append(esc(results.dir().relativize(file).toString()))
                        .append("; folders made before hsim saved it have none).</p>\n");
                continue;
            }
            Scene scene = read(file, city);
            if (painter == null) painter = new FinalStateMap(city);
            String png = "map_" + option.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-") + ".png";
            painter.writePng(scene, option + ", day " + scene.day(), WIDTH, reportDir.resolve(png));
            String caption = esc(option) + ", replicate " + run.replicate() + " (seed " + run.seed() + "), day " + scene.day()
                    + " (" + esc(outcome) + " = " + Html.num(run.outcome(outcome)) + ")";
            b.append(new Figure(png, "Map of " + option + " at day " + scene.day(), caption + ".", WIDTH / 2, painter.heightFor(WIDTH / 2)).html());
        }
        return b.append("</div>\n").toString();
    }

    /** A saved final state, parsed with the report's CSV reader. */
    static Scene read(Path file, City city) throws IOException {
        CsvTable t;
        try {
            t = CsvTable.read(file);
            t.require(FinalStateSchema.COLUMNS);
        } catch (ResultsException e) {
            throw new hsim.model.InputException(e.source(), e.line(), e.field(), e.problem(), e);
        }
        List<SceneRows.Row> rows = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String c : FinalStateSchema.COLUMNS) cells.put(c, t.text(i, c));
            rows.add(new SceneRows.Row(t.line(i), cells));
        }
        return SceneRows.decode(rows, city, file.toString());
    }

    /** The completed run of {@code option} whose {@code outcome} is closest to the option's median. */
    static RunRow representative(List<RunRow> runs, String option, String outcome) {
        List<RunRow> ok = new ArrayList<>();
        for (RunRow r : runs) if (r.ok() && r.option().equals(option) && Double.isFinite(r.outcome(outcome))) ok.add(r);
        if (ok.isEmpty()) return null;
        double[] v = ok.stream().mapToDouble(r -> r.outcome(outcome)).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        ok.sort(Comparator.comparingDouble((RunRow r) -> Math.abs(r.outcome(outcome) - median))
                .thenComparingInt(RunRow::replicate).thenComparingInt(RunRow::designPoint));
        return ok.get(0);
    }
}
