package hsim.runner;

import hsim.model.InputException;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the many-run commands (compare, sweep), spelled as in the single-run command. */
public final class BatchOptions {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Base seed; replicate r runs with seed(base, r) in every option (default: ${DEFAULT-VALUE}).")
    public long seed;

    @Option(names = "--days", paramLabel = "N", description = "Simulated days (default: the design's or each scenario's run.days).")
    public Integer days;

    @Option(names = "--threads", paramLabel = "N",
            description = "Total worker threads (default: available processors). Never changes results.")
    public Integer threads;

    @Option(names = "--threads-per-run", paramLabel = "N", defaultValue = "1",
            description = "Threads inside each run; --threads / this many runs go at once (default: ${DEFAULT-VALUE}).")
    public int threadsPerRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder.")
    public Path out;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only runs i with i %% N == K-1 (1-based K), for job arrays.")
    public String shard;

    @Option(names = "--resume", description = "Continue an interrupted run in --out: finished runs are kept and skipped.")
    public boolean resume;

    @Option(names = "--no-report", description = "Do not write report/ (charts take a while); 'hsim report DIR' writes it later.")
    public boolean noReport;

    @Option(names = "--check-invariants",
            description = "Check the model's accounting rules at the end of every day of every run; a violation fails that run.")
    public boolean checkInvariants;

    /** How each run is executed: the plain simulation, or with the daily invariant checks; plus the runner's derived outcomes. */
    public hsim.runner.exec.RunFunction runFunction() {
        if (!checkInvariants) return DerivedOutcomes.wrap(hsim.model.run.Simulation::run);
        return DerivedOutcomes.wrap(spec -> hsim.model.run.Simulation.run(spec, hsim.model.metrics.Invariants.checking(hsim.model.engine.DayListener.NONE)));
    }

    public Shard shard() { return shard == null ? Shard.ALL : Shard.parse(shard); }

    public Integer days() {
        if (days != null && (days < 0 || days > 36500)) throw new InputException("command line", 0, "--days", days + " is out of range; allowed 0..36500");
        return days;
    }

    public RunPool pool() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) throw new InputException("command line", 0, "--threads", t + " is out of range; allowed 1..1024");
        if (threadsPerRun < 1 || threadsPerRun > 1024) throw new InputException("command line", 0, "--threads-per-run", threadsPerRun + " is out of range; allowed 1..1024");
        return new RunPool(t, threadsPerRun);
    }

    public Path out(String fallback) { return out == null ? Path.of(fallback) : out; }
}
