package hsim.runner;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.exec.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Every built-in option, R replicates each, common random numbers; see docs/OUTPUTS.md. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run every option (data/scenarios/options.txt) with common random numbers and compare them with baseline.",
        footer = {"", "Examples:", "  hsim compare --replicates 20 --out out/compare",
                "  hsim compare --shard 2/8 --out out/compare-2   # one task of a job array; then hsim merge",
                "  hsim compare --resume --out out/compare        # continue after an interruption"})
public final class CompareCommand implements Callable<Integer> {
    @Mixin BatchOptions batch;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "20", description = "Replicates per option (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--options", split = ",", paramLabel = "NAME", description = "Only these options (default: all).")
    List<String> options;

    @Option(names = "--rank-by", paramLabel = "OUTCOME", description = "Outcome for the ranked table (default: the first).")
    String rankBy;

    @Override
    public Integer call() throws Exception {
        if (replicates < 1 || replicates > 100_000) throw new InputException("command line", 0, "--replicates", replicates + " is out of range; allowed 1..100000");
        List<String> names = options == null || options.isEmpty() ? ScenarioLoader.optionNames() : options;
        ScenarioLoader loader = ModelCatalog.loader();
        for (String n : names) loader.load(n);
        Design design = Design.compare(names, replicates, batch.seed, batch.days());
        Path out = batch.out("out/compare");
        Experiment.Report rep = new Experiment(design, loader, batch.days(), batch.shard(), batch.pool(), commandLine())
                .run(out, batch.resume, batch.runFunction(), Progress::onStderr);
        System.out.println("hsim compare: " + rep.executed() + " runs done, " + rep.skipped() + " already done, shard "
                + batch.shard() + " -> " + out);
        BatchOutput.rankedTable(out, rankBy, System.out);
        int reportCode = batch.noReport ? Main.OK : BatchOutput.report(out, batch.shard().n() == 1, System.out, System.err);
        return Math.max(BatchOutput.failures(rep.failed(), System.err), reportCode);
    }

    static String commandLine() {
        return Main.invocation();
    }
}
