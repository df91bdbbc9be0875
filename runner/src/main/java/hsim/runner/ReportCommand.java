package hsim.runner;

import hsim.model.InputException;
import hsim.viz.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes the HTML report of a results folder; reads only that folder's files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write RESULTS_DIR/report/index.html with charts from a compare or sweep results folder.",
        footer = {"", "Needs runs.csv, daily.csv and summary.csv; uses design.csv, sensitivity.csv, prim.csv",
                "and manifest.json when present. Exit 2 when a file is missing or malformed.",
                "", "Example:", "  hsim report results/compare-2026-11-28"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "Folder written by hsim compare or hsim sweep.")
    String resultsDir; // converted here, so a bad name is bad input that names RESULTS_DIR

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir;
        try {
            dir = Path.of(resultsDir);
        } catch (InvalidPathException e) {
            throw new InputException("command line", 0, "RESULTS_DIR",
                    "'" + InputException.abbreviate(resultsDir, 200) + "' is not a valid folder name");
        }
        Path index = ReportWriter.write(dir);
        spec.commandLine().getOut().println("hsim report: " + index);
        return Main.OK;
    }
}
