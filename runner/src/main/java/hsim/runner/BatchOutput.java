package hsim.runner;

import hsim.runner.store.CsvLine;
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
    private BatchOutput() {}

    /** Options ranked by mean of {@code outcome} (highest first), with CIs and the paired difference. */
    static void rankedTable(Path folder, String outcome, PrintStream out) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("summary.csv"));
        if (lines.size() < 2) return;
        List<String> header = List.of(CsvLine.parse(lines.get(0)));
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) rows.add(CsvLine.parse(l));
        int o = header.indexOf("outcome");
        int mean = header.indexOf("mean");
        List<String> available = rows.stream().map(r -> r[o]).distinct().toList();
        // the report's headline list says what to rank by and which direction is better
        hsim.viz.report.Headlines headlines = hsim.viz.report.Headlines.standard();
        String target = outcome != null ? outcome : headlines.pick(available).get(0);
        boolean lowerIsBetter = headlines.direction(target) < 0;
        List<String[]> sel = new ArrayList<>(rows.stream().filter(r -> r[o].equals(target)).toList());
        Comparator<String[]> byMean = Comparator.comparingDouble((String[] r) -> r[mean].isEmpty() ? Double.NaN : Double.parseDouble(r[mean]));
        sel.sort(lowerIsBetter ? byMean : byMean.reversed());
        out.printf("%nOptions ranked by mean %s, %s is better (95%% t-interval; difference from baseline paired by replicate):%n",
                target, lowerIsBetter ? "lower" : "higher");
        out.printf("%-4s %-28s %5s %14s %27s %14s %27s%n", "rank", "option", "n", "mean", "95% CI", "diff", "95% CI of diff");
        int rank = 1;
        for (String[] r : sel) {
            out.printf("%-4d %-28s %5s %14s %27s %14s %27s%n", rank++, r[0], r[header.indexOf("n")], fmt(r[mean]),
                    "[" + fmt(r[header.indexOf("ci_low")]) + ", " + fmt(r[header.indexOf("ci_high")]) + "]",
                    fmt(r[header.indexOf("diff_mean")]),
                    r[header.indexOf("diff_n")].isEmpty() ? "" : "[" + fmt(r[header.indexOf("diff_ci_low")]) + ", " + fmt(r[header.indexOf("diff_ci_high")]) + "]");
        }
    }

    private static String fmt(String s) {
        if (s.isEmpty()) return "";
        return String.format(java.util.Locale.ROOT, "%.4g", Double.parseDouble(s));
    }

    /** Prints failures to stderr; returns the exit code (1 when any run failed). */
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
            Path index = hsim.viz.report.ReportWriter.write(folder);
            out.println("report: " + index);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("hsim: the results are complete in " + folder + ", but the report failed: " + e.getMessage());
            return Main.FAILURE;
        }
    }

    static int failures(List<RunRecord> failed, PrintStream err) {
        if (failed.isEmpty()) return Main.OK;
        err.println("hsim: " + failed.size() + " run(s) failed:");
        for (RunRecord r : failed) {
            err.println("  " + r.runId() + " seed " + r.row().get("seed") + ": " + r.row().get("error"));
        }
        err.println("(parameters of each are in runs.csv; rerun with --resume to retry them)");
        return Main.FAILURE;
    }
}
