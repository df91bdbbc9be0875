package hsim.runner;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.design.DesignFile;
import hsim.runner.exec.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A designed experiment over scenario parameters (full factorial, LHS or NOLH); see docs/OUTPUTS.md. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a design file (full-factorial, lhs or nolh) and write sensitivity (SRC) and PRIM boxes.",
        footer = {"", "Examples:", "  hsim sweep designs/nolh.yaml --out out/sweep",
                "  hsim sweep designs/nolh.yaml --shard 3/16 --out out/sweep-3"})
public final class SweepCommand implements Callable<Integer> {
    @Mixin BatchOptions batch;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (.yaml).")
    Path designFile;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader loader = ModelCatalog.loader();
        Design design = DesignFile.load(designFile, ModelCatalog.standard(), loader);
        Path out = batch.out("out/sweep");
        Experiment.Report rep = new Experiment(design, loader, batch.days(), batch.shard(), batch.pool(), CompareCommand.commandLine())
                .run(out, batch.resume, batch.runFunction(), Progress::onStderr);
        System.out.println("hsim sweep: " + design.kind().text() + " design, " + rep.executed() + " runs done, "
                + rep.skipped() + " already done, shard " + batch.shard() + " -> " + out);
        if (design.scenarioNames().size() > 1) BatchOutput.rankedTable(out, null, System.out);
        java.util.List<String> outcomes = rep.outcomes();
        for (hsim.runner.design.Threshold t : design.thresholds()) {
            if (!outcomes.isEmpty() && !outcomes.contains(t.outcome())) {
                System.err.println("hsim sweep: warning: threshold outcome '" + t.outcome() + "' is not an outcome of the model ("
                        + String.join(", ", outcomes) + "); no PRIM boxes for it");
            }
        }
        int reportCode = batch.noReport ? Main.OK : BatchOutput.report(out, batch.shard().n() == 1, System.out, System.err);
        return Math.max(BatchOutput.failures(rep.failed(), System.err), reportCode);
    }
}
