package hsim.viz.report;

import hsim.model.world.InterventionModel;
import hsim.viz.gui.WorldView;
import hsim.viz.maps.FinalStateMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static hsim.viz.report.Html.esc;

/**
 * The report's maps: final gang territory and facility status for a representative run per option.
 * The representative run is the completed replicate whose headline outcome is closest to the option's
 * median (lowest replicate on ties); it is re-run with the model ({@link Replay}) and its final state
 * drawn with the GUI's colours ({@link FinalStateMap}). The re-run's outcome is compared with the
 * recorded one, and the page says whether they match. Folders this model cannot re-run get a note.
 */
public final class OptionMaps implements ReportSection {
    static final int WIDTH = 1100;

    @Override public String id() { return "maps"; }

    @Override public String title() { return "Maps: final state of a representative run per option"; }

    @Override
    public String render(ResultsFolder results, Path reportDir) throws IOException {
        int days = days(results);
        List<String> outcomes = Headlines.standard().pick(results.outcomes());
        String outcome = outcomes.isEmpty() ? null : outcomes.get(0);
        if (days <= 0 || outcome == null) {
            return "<p class=\"note\">No maps: this results folder does not record the run length (manifest.json design.days) "
                    + "or any outcome, so its runs cannot be re-run.</p>\n";
        }
        StringBuilder b = new StringBuilder("<p class=\"note\">Each map re-runs the replicate whose "
                + esc(Headlines.standard().label(outcome)) + " is closest to its option's median (" + days
                + " days) and draws its final day: gang territory shaded by coalition, facilities by status.</p>\n<div class=\"grid\">\n");
        FinalStateMap painter = null;
        for (String option : results.options()) {
            RunRecord run = representative(results.runs(), option, outcome);
            if (run == null) continue;
            String caption = esc(option) + ", replicate " + run.replicate() + " (seed " + run.seed() + "), day " + days;
            try {
                InterventionModel m = Replay.run(run, days);
                if (painter == null) painter = new FinalStateMap(InterventionModel.portAuPrince());
                WorldView v = new WorldView(m.state().width, m.state().height);
                v.update(m, days);
                String file = "map_" + option.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-") + ".png";
                painter.writePng(v, option + ", day " + days, WIDTH, reportDir.resolve(file));
                b.append(new Figure(file, "Map of " + option + " at day " + days, caption + ". " + check(m, run, outcome),
                        WIDTH / 2, painter.heightFor(WIDTH / 2)).html());
            } catch (Replay.CannotReplay e) {
                b.append("<p class=\"note\">No map for ").append(esc(option)).append(": this model version cannot re-run ")
                        .append(esc(run.runId())).append(" (").append(esc(e.getMessage())).append(").</p>\n");
            }
        }
        return b.append("</div>\n").toString();
    }

    /** Whether the re-run reproduced the recorded headline outcome (it should; else the model changed). */
    private static String check(InterventionModel m, RunRecord run, String outcome) {
        Double now = m.metrics().summary().get(outcome);
        double was = run.outcome(outcome);
        if (now == null || Double.isNaN(was)) return "The recorded outcome could not be compared.";
        boolean same = Math.abs(now - was) <= 1e-9 * Math.max(1, Math.abs(was));
        return same ? "The re-run reproduces the recorded " + esc(outcome) + " (" + Html.num(was) + ")."
                : "Warning: the re-run gives " + esc(outcome) + " = " + Html.num(now) + ", recorded " + Html.num(was)
                + "; the model has changed since these results were made.";
    }

    /** The completed run of {@code option} whose {@code outcome} is closest to the option's median. */
    static RunRecord representative(List<RunRecord> runs, String option, String outcome) {
        List<RunRecord> ok = new ArrayList<>();
        for (RunRecord r : runs) if (r.ok() && r.option().equals(option) && Double.isFinite(r.outcome(outcome))) ok.add(r);
        if (ok.isEmpty()) return null;
        double[] v = ok.stream().mapToDouble(r -> r.outcome(outcome)).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        ok.sort(Comparator.comparingDouble((RunRecord r) -> Math.abs(r.outcome(outcome) - median))
                .thenComparingInt(RunRecord::replicate).thenComparingInt(RunRecord::designPoint));
        return ok.get(0);
    }

    /** Days of the runs, from manifest.json's design (a merged folder's manifest may lack it: 0). */
    static int days(ResultsFolder results) {
        Object design = results.manifest().get("design");
        if (!(design instanceof Map<?, ?> d) || d.get("days") == null) return 0;
        try {
            return (int) Double.parseDouble(String.valueOf(d.get("days"))); // Json keeps numbers as their text
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
