package hsim.runner;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options spelled the same in every command. */
public final class CommonOptions {
    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "baseline",
            description = "Built-in scenario name or a scenario .yaml file (default: ${DEFAULT-VALUE}).")
    public String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "64-bit run seed (default: ${DEFAULT-VALUE}).")
    public long seed;

    @Option(names = "--days", paramLabel = "N",
            description = "Simulated days (default: the scenario's run.days).")
    public Integer days;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: available processors). Never changes results.")
    public Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
    public Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a scenario parameter; repeatable.")
    public List<String> set = new ArrayList<>();

    public Scenario loadScenario() {
        ScenarioLoader loader = ModelCatalog.loader();
        return loader.override(loader.load(scenario), set);
    }

    public int days(Scenario s) {
        int d = days == null ? s.integer("run.days") : days;
        if (d < 0 || d > 36500) throw new InputException("command line", 0, "--days", d + " is out of range; allowed 0..36500");
        return d;
    }

    public int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) throw new InputException("command line", 0, "--threads", t + " is out of range; allowed 1..1024");
        return t;
    }

    public Path out(String fallback) {
        return out == null ? Path.of(fallback) : out;
    }

    /** {@link #out(String)}, created if missing; a path that cannot be a folder is bad input naming --out. */
    public Path createOut(String fallback) {
        Path dir = out(fallback);
        if (dir.toString().isEmpty()) {
            throw new InputException("command line", 0, "--out", "empty folder name (use --out . for the current folder)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("command line", 0, "--out", "'" + dir + "' exists and is not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            // the system's reason ("Read-only file system", "Not a directory") when there is one, not JDK class names
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName() + " " + e.getMessage();
            throw new InputException("command line", 0, "--out", "cannot create folder '" + dir + "': " + why);
        }
        // an existing folder may still refuse writes (read-only mount, permissions): find out before the run, not after
        try {
            Path probe = Files.createTempFile(dir, ".hsim-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new InputException("command line", 0, "--out", "folder '" + dir + "' is not writable: " + why);
        }
        return dir;
    }
}
