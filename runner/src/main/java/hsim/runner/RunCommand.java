package hsim.runner;

import hsim.model.RunResult;
import hsim.model.RunSpec;
import hsim.model.Simulation;
import hsim.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;

/** One run: writes the daily series and the end-of-run summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one scenario and write daily.csv and summary.csv.",
        footer = {"", "Examples:", "  hsim run --scenario rapid-force --seed 7 --out out/rf",
                "  hsim run --days 30 --threads 2 --set run.people_per_agent=1000"})
public final class RunCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Scenario s = common.loadScenario();
        int days = common.days(s);
        // the output folder is made before the run, so that an unusable --out costs no simulated days
        Path out = common.createOut("out/run-" + s.name() + "-" + common.seed);
        RunResult r = Simulation.run(new RunSpec(s, common.seed, days, common.threads()));
        writeAtomically(out.resolve("daily.csv"), w -> {
            w.write(String.join(",", r.dailyColumns()));
            w.write('\n');
            for (double[] row : r.daily()) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) w.write(',');
                    w.write(Csv.number(row[i]));
                }
                w.write('\n');
            }
        });
        writeAtomically(out.resolve("summary.csv"), w -> {
            w.write("outcome,value\n");
            for (Map.Entry<String, Double> e : r.summary().entrySet()) {
                w.write(e.getKey() + "," + Csv.number(e.getValue()) + "\n");
            }
        });
        spec.commandLine().getOut().println("hsim run: " + s.name() + " seed " + common.seed + ", " + days + " days -> " + out);
        return Main.OK;
    }

    interface Body { void write(Writer w) throws IOException; }

    static void writeAtomically(Path target, Body body) {
        try {
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
