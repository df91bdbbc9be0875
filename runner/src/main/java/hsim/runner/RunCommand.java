package hsim.runner;

import hsim.model.InputException;
import hsim.model.engine.DayListener;
import hsim.model.metrics.Invariants;
import hsim.model.run.RunCheckpoint;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.world.InterventionModel;
import hsim.results.Csv;
import hsim.results.Dictionary;
import hsim.results.FileNames;
import hsim.runner.store.AtomicFiles;
import de.siegmar.fastcsv.writer.CsvWriter;
import hsim.runner.store.FinalStates;
import hsim.runner.store.FolderLock;
import hsim.results.FinalStateSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** One run: writes the daily series, the end-of-run summary and the final map state. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one scenario and write daily.csv, summary.csv, dictionary.csv and " + FinalStateSchema.RUN_FILE + ".",
        footer = {"", "Examples:", "  hsim run --scenario rapid-force --seed 7 --out out/rf",
                "  hsim run --days 30 --threads 2 --set run.people_per_agent=1000",
                "  hsim run --days 3650 --checkpoint-every 30 --out out/long",
                "  hsim run --scenario rapid-force+truce --trace units --out out/rft   # units.csv: every unit, every day",
                "  hsim run --days 3650 --restart out/long/checkpoint.hsim --out out/long   # after an interruption"})
public final class RunCommand implements Callable<Integer> {
    /** The checkpoint's name in --out; one file, replaced atomically, so a long run uses bounded disk. */
    public static final String CHECKPOINT = "checkpoint.hsim";

    @Mixin CommonOptions common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--checkpoint-every", paramLabel = "DAYS",
            description = "Write the whole model state to " + CHECKPOINT + " in --out every DAYS simulated days (atomically).")
    Integer checkpointEvery;

    @Option(names = "--restart", paramLabel = "FILE",
            description = "Continue from a checkpoint written by --checkpoint-every; scenario, --set and --seed must be the checkpoint's.")
    Path restart;

    /** The traces {@code --trace} accepts. */
    static final List<String> TRACES = List.of("units");

    @Option(names = "--trace", paramLabel = "WHAT", split = ",",
            description = "Also write a per-day trace; WHAT is: units (units.csv: every HNP squad, rapid-force unit, "
                    + "special-force team and gang cell at the end of each day, with its cell, strength and task).")
    List<String> trace = new java.util.ArrayList<>();

    @Option(names = "--check-invariants", description = "Check the model's accounting rules at the end of every day; a violation fails the run.")
    boolean checkInvariants;

    @Override
    public Integer call() throws IOException {
        for (String t : trace) {
            if (!TRACES.contains(t)) {
                throw new InputException("command line", 0, "--trace", "'" + InputException.abbreviate(t, 40)
                        + "' is not a trace; allowed: " + String.join(", ", TRACES));
            }
        }
        Scenario s = common.loadScenario();
        int days = common.days(s);
        if (checkpointEvery != null && (checkpointEvery < 1 || checkpointEvery > 36500)) {
            throw new InputException("command line", 0, "--checkpoint-every", checkpointEvery + " is out of range; allowed 1..36500");
        }
        InterventionModel restored = restart == null ? null : readCheckpoint(restart, s);
        // the output folder is made before the run, so that an unusable --out costs no simulated days
        Path out = common.createOut("out/run-" + s.name() + "-" + common.seed);
        try (FolderLock lock = FolderLock.acquire(out); // a second run into the same --out is refused
             UnitTrace units = trace.contains("units") ? UnitTrace.open(out) : null) {
            DayListener listener = DayListener.NONE;
            if (checkpointEvery != null) {
                int every = checkpointEvery;
                Path file = out.resolve(CHECKPOINT);
                listener = (m, d) -> {
                    if (d % every == 0 && d < days) writeCheckpoint((InterventionModel) m, file);
                };
            }
            if (units != null) {
                DayListener before = listener;
                listener = (m, d) -> {
                    before.dayEnded(m, d);
                    units.day((InterventionModel) m, d);
                };
            }
            if (checkInvariants) listener = Invariants.checking(listener);
            RunResult r = restored != null ? Simulation.resume(restored, days, listener)
                    : Simulation.run(new RunSpec(s, common.seed, days, common.threads()), listener);
            writeAtomically(out.resolve(FileNames.csv(FileNames.DAILY)), w -> {
                CsvWriter csv = Csv.writer(w);
                csv.writeRecord(r.dailyColumns());
                String[] cells = new String[r.dailyColumns().size()];
                for (double[] row : r.daily()) {
                    for (int i = 0; i < row.length; i++) cells[i] = Csv.number(row[i]);
                    csv.writeRecord(cells);
                }
                csv.flush();
            });
            writeAtomically(out.resolve(FileNames.csv(FileNames.SUMMARY)), w -> {
                CsvWriter csv = Csv.writer(w);
                csv.writeRecord("outcome", "value");
                for (Map.Entry<String, Double> e : r.summary().entrySet()) csv.writeRecord(e.getKey(), Csv.number(e.getValue()));
                csv.flush();
            });
            List<String> outcomes = new java.util.ArrayList<>(r.summary().keySet());
            List<Dictionary.Entry> dictionary = new java.util.ArrayList<>(Dictionary.ofRun(r.dailyColumns(), outcomes));
            if (units != null) {
                units.finish();
                dictionary.addAll(Dictionary.ofUnits());
            }
            writeAtomically(out.resolve(FileNames.csv(FileNames.DICTIONARY)), w -> Dictionary.write(w, dictionary));
            if (r.finalState() != null) FinalStates.write(out.resolve(FinalStateSchema.RUN_FILE), r.finalState());
        }
        spec.commandLine().getOut().println("hsim run: " + s.name() + " seed " + common.seed + ", " + days + " days -> " + out);
        return Main.OK;
    }

    private InterventionModel readCheckpoint(Path file, Scenario s) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException("command line", 0, "--restart", "'" + file + "' is not a file");
        }
        try (var in = Files.newInputStream(file)) {
            return RunCheckpoint.read(in, file.toString(), s, common.seed);
        }
    }

    /** tmp + fsync + rename: a kill while writing leaves the previous checkpoint, never a torn one. */
    private static void writeCheckpoint(InterventionModel m, Path file) {
        try {
            AtomicFiles.write(file, out -> RunCheckpoint.write(m, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Body { void write(Writer w) throws IOException; }

    static void writeAtomically(Path target, Body body) {
        try {
            AtomicFiles.write(target, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                body.write(w);
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
