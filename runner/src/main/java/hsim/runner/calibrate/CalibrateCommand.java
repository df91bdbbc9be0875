package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.runner.Main;
import hsim.runner.exec.Progress;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Approximate Bayesian computation against data/history/targets.csv; see docs/CALIBRATION.md. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate uncertain parameters against the history targets (ABC-SMC: a designed first wave, then "
                + "kernel-moved waves) and write ensemble.csv, the per-target fit and a report.",
        footer = {"", "Examples:", "  hsim calibrate data/calibration/ci.yaml --out out/calibrate-ci",
                "  hsim calibrate data/calibration/history-2022-2023.yaml --resume --out out/calibrate",
                "  hsim calibrate CONFIG --wave 2 --shard 3/16 --out OUT   # one task of a job array; then rerun without --shard"})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "Calibration config (.yaml).")
    Path configFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/calibrate).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted calibration in --out: finished runs are kept and skipped.")
    boolean resume;

    @Option(names = "--wave", paramLabel = "W", description = "Stop after wave W (with --shard: run only that shard of wave W; waves before it must be complete).")
    Integer wave;

    @Option(names = "--shard", paramLabel = "K/N", description = "With --wave: run only runs i with i %% N == K-1 of that wave, into wave-W-shard-K-of-N/.")
    String shard;

    @Option(names = "--threads", paramLabel = "N", description = "Total worker threads (default: available processors). Never changes results.")
    Integer threads;

    @Option(names = "--threads-per-run", paramLabel = "N", defaultValue = "1", description = "Threads inside each run (default: ${DEFAULT-VALUE}).")
    int threadsPerRun;

    @Option(names = "--note", paramLabel = "TEXT", description = "Text for the ensemble's header (e.g. 'provisional: ...').")
    String note;

    @Option(names = "--no-report", description = "Do not write report/.")
    boolean noReport;

    @Override
    public Integer call() throws Exception {
        Shard sh = shard == null ? Shard.ALL : Shard.parse(shard);
        if (sh.n() > 1 && wave == null) throw new InputException("command line", 0, "--shard", "needs --wave W: a calibration is sharded one wave at a time");
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) throw new InputException("command line", 0, "--threads", t + " is out of range; allowed 1..1024");
        if (threadsPerRun < 1 || threadsPerRun > 1024) throw new InputException("command line", 0, "--threads-per-run", threadsPerRun + " is out of range; allowed 1..1024");
        CalibrationConfig config = CalibrationConfig.load(configFile, ModelCatalog.standard(), ModelCatalog.loader());
        Path dir = out == null ? Path.of("out/calibrate") : out;
        Calibration cal = new Calibration(config, ModelCatalog.loader(), new RunPool(t, threadsPerRun), hsim.model.run.Simulation::run,
                Main.invocation(), note);
        Calibration.Result r = cal.run(dir, resume, wave, sh, Progress::onStderr);
        if (!r.complete() && r.ensemble().isEmpty()) {
            System.out.println("hsim calibrate: shard " + sh + " of wave " + wave + " done (" + r.runsExecuted() + " runs) -> " + dir
                    + "; when every shard is done, 'hsim calibrate " + configFile + " --resume --out " + dir + "' takes them over");
            return r.runsFailed() > 0 ? Main.FAILURE : Main.OK;
        }
        System.out.printf(Locale.ROOT, "hsim calibrate: %d wave(s), %d runs done now, %d accepted parameter sets (tolerance %.4g) -> %s%n",
                r.wavesDone(), r.runsExecuted(), r.ensemble().size(), r.tolerance(), dir.resolve(Calibration.ENSEMBLE));
        int code = Main.OK;
        if (!noReport) {
            try {
                System.out.println("report: " + hsim.viz.report.CalibrationReport.write(dir));
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println("hsim: the calibration is complete in " + dir + ", but the report failed: " + e.getMessage());
                code = Main.FAILURE;
            }
        }
        if (r.runsFailed() > 0) {
            System.err.println("hsim: " + r.runsFailed() + " run(s) failed (see wave-*/runs.csv); their design points count as rejected; --resume retries them");
            code = Main.FAILURE;
        }
        return code;
    }
}
