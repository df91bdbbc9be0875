package hsim.runner;

import hsim.results.Columns;
import hsim.results.FileNames;
import hsim.results.Measures;
import hsim.results.ResultsFolder;
import hsim.results.SummaryRow;
import hsim.runner.store.RunRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What compare and sweep print at the end: a short ranked table and the failures. */
final class BatchOutput {
    /**
     * What compare ranks by when not told: the run mean of the share of fuel need met, which separates options
     * that all end the year at 1.000 (the end-of-run value saturates).
     */
    static final String HEADLINE = "fuel_need_met_share_mean";

    private BatchOutput() {}

    /** Options ranked by mean of {@code outcome} (best first), with CIs and the paired difference. */
    static void rankedTable(Path folder, String outcome, PrintStream out) throws IOException {
        List<SummaryRow> rows = ResultsFolder.readSummary(folder.resolve(FileNames.csv(FileNames.SUMMARY)));
        if (rows.isEmpty()) return;
        List<String> available = rows.stream().map(SummaryRow::outcome).distinct().toList();
        // the outcome metadata says what to rank by and which direction is better
        Measures measures = Measures.standard();
        String target = outcome != null && available.contains(outcome) ? outcome : outcome != null && !outcome.equals(HEADLINE) ? outcome
                : measures.pick(available).get(0);
        boolean lowerIsBetter = measures.direction(target) < 0;
        List<SummaryRow> sel = new ArrayList<>(rows.stream().filter(r -> r.outcome().equals(target)).toList());
        Comparator<SummaryRow> byMean = Comparator.comparingDouble(SummaryRow::mean);
        sel.sort(lowerIsBetter ? byMean : byMean.reversed());
        out.printf(java.util.Locale.ROOT, "%nOptions ranked by mean %s, %s is better (95%% t-interval; difference from baseline paired by replicate):%n",
                target, lowerIsBetter ? "lower" : "higher");
        out.printf(java.util.Locale.ROOT, "%-4s %-28s %5s %14s %27s %14s %27s%n", "rank", "option", "n", "mean", "95% CI", "diff", "95% CI of diff");
        int rank = 1;
        for (SummaryRow r : sel) {
            boolean diff = r.diffN() >= 0;
            out.printf(java.util.Locale.ROOT, "%-4d %-28s %5d %14s %27s %14s %27s%n", rank++, r.option(), r.n(), fmt(r.mean()),
                    "[" + fmt(r.ciLow()) + ", " + fmt(r.ciHigh()) + "]", diff ? fmt(r.diffMean()) : "",
                    diff ? "[" + fmt(r.diffCiLow()) + ", " + fmt(r.diffCiHigh()) + "]" : "");
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /**
     * Writes the report of a complete results folder. A report failure never touches the results
     * already written; it is reported and turns the exit code into 1.
     */
    static int report(Path folder, boolean wholeDesign, PrintStream out, PrintStream err) {
        if (!wholeDesign) {
            out.println("report: skipped for a shard; 'hsim merge' writes it for the merged folder");
            return Main.OK;
        }
        try {
            // a comparison over ensemble members (run ids option/mNNN/rNNN), e.g. merged from shards: its robustness tables
            if (overEnsemble(folder) && !Files.exists(folder.resolve(hsim.runner.calibrate.Robustness.REGRET))) {
                hsim.runner.calibrate.Robustness.write(folder);
            }
            Path index = hsim.viz.report.ReportWriter.write(folder);
            out.println("report: " + index);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("hsim: the results are complete in " + folder + ", but the report failed: " + e.getMessage());
            return Main.FAILURE;
        }
    }

    private static boolean overEnsemble(Path folder) throws IOException {
        Path runs = folder.resolve(FileNames.csv(FileNames.RUNS));
        if (!Files.isRegularFile(runs)) return false;
        try (java.util.stream.Stream<String> lines = Files.lines(runs)) {
            return lines.skip(1).findFirst().map(l -> l.matches("[^,/]+/m\\d+/r\\d+,.*")).orElse(false);
        }
    }

    /** Prints failures to stderr; returns the exit code (1 when any run failed). */
    static int failures(List<RunRecord> failed, PrintStream err) {
        if (failed.isEmpty()) return Main.OK;
        err.println("hsim: " + failed.size() + " run(s) failed:");
        for (RunRecord r : failed) {
            err.println("  " + r.runId() + " seed " + r.row().get(Columns.SEED) + ": " + r.row().get(Columns.ERROR));
        }
        err.println("(parameters of each are in runs.csv; rerun with --resume to retry them)");
        return Main.FAILURE;
    }
}
