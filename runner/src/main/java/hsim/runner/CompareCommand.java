package hsim.runner;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.exec.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import hsim.runner.calibrate.Ensemble;
import hsim.runner.calibrate.EnsembleRuns;
import hsim.runner.calibrate.Robustness;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Every built-in option, R replicates each, common random numbers; see docs/OUTPUTS.md. With a calibrated
 * ensemble (data/ensemble/*.csv, or --ensemble FILE) each option runs over M members x R replicates, and the
 * robustness and regret tables say how often and by how much each option wins across members; --single keeps
 * the comparison at one parameter set (the scenario files' values).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run every option (data/scenarios/options.txt) with common random numbers and compare them with baseline.",
        footer = {"", "Examples:", "  hsim compare --replicates 20 --out out/compare",
                "  hsim compare --shard 2/8 --out out/compare-2   # one task of a job array; then hsim merge",
                "  hsim compare --resume --out out/compare        # continue after an interruption",
                "  hsim compare --single --replicates 20           # one parameter set, no ensemble",
                "  hsim compare --ensemble out/cal/ensemble.csv --members 20 --replicates 3"})
public final class CompareCommand implements Callable<Integer> {
    @Mixin BatchOptions batch;

    @Option(names = "--replicates", paramLabel = "R",
            description = "Replicates per option (default: 20 with --single, else 2 per ensemble member).")
    Integer replicates;

    @Option(names = "--single", description = "Compare at the scenario files' single parameter set, not over the ensemble.")
    boolean single;

    @Option(names = "--ensemble", paramLabel = "FILE",
            description = "Ensemble file of 'hsim calibrate' (default: the one file in data/ensemble/, if any).")
    Path ensembleFile;

    @Option(names = "--members", paramLabel = "M", defaultValue = "10",
            description = "Ensemble members to run, drawn by weight (default: ${DEFAULT-VALUE}; all when the ensemble has fewer).")
    int members;

    @Option(names = "--options", split = ",", paramLabel = "NAME", description = "Only these options (default: all).")
    List<String> options;

    @Option(names = "--rank-by", paramLabel = "OUTCOME", description = "Outcome for the ranked table (default: the first).")
    String rankBy;

    @Override
    public Integer call() throws Exception {
        if (single && ensembleFile != null) throw new InputException("command line", 0, "--single", "cannot be combined with --ensemble");
        Path ensPath = single ? null : ensembleFile != null ? ensembleFile : Ensemble.shipped(Ensemble.SHIPPED_DIR);
        int reps = replicates != null ? replicates : ensPath == null ? 20 : 2;
        if (reps < 1 || reps > 100_000) throw new InputException("command line", 0, "--replicates", reps + " is out of range; allowed 1..100000");
        if (members < 1 || members > 10_000) throw new InputException("command line", 0, "--members", members + " is out of range; allowed 1..10000");
        List<String> names = options == null || options.isEmpty() ? ScenarioLoader.optionNames() : options;
        ScenarioLoader loader = ModelCatalog.loader();
        for (String n : names) loader.load(n);
        Design design = Design.compare(names, reps, batch.seed, batch.days());
        Path out = batch.out("out/compare");
        Experiment exp;
        List<Ensemble.Member> drawn = List.of();
        if (ensPath == null) {
            exp = new Experiment(design, loader, batch.days(), batch.shard(), batch.pool(), commandLine());
        } else {
            Ensemble ens = Ensemble.read(ensPath, ModelCatalog.standard());
            drawn = ens.draw(members);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("ensemble_file", ensPath.toString());
            meta.put("ensemble_made_by", ens.meta().getOrDefault("made_by", ""));
            meta.put("ensemble_note", ens.meta().getOrDefault("note", ""));
            meta.put("ensemble_members_drawn", drawn.stream().map(Ensemble.Member::id).toList());
            meta.put("ensemble_rule", "members drawn by weight (systematic resampling); run option/mNNN/rNNN = member NNN (design_point), "
                    + "replicate r seeded alike in every option and member; a parameter the option sets away from baseline keeps the option's value");
            exp = new Experiment(design, EnsembleRuns.plan(names, loader, drawn, reps, batch.seed, batch.days()), meta, loader,
                    batch.days(), batch.shard(), batch.pool(), commandLine());
        }
        Experiment.Report rep = exp.run(out, batch.resume, batch.runFunction(), Progress::onStderr);
        System.out.println("hsim compare: " + rep.executed() + " runs done, " + rep.skipped() + " already done, shard "
                + batch.shard() + " -> " + out + (ensPath == null ? "" : " (over " + drawn.size() + " members of " + ensPath
                + (provisional(ensPath) ? ", a PROVISIONAL ensemble" : "") + ")"));
        BatchOutput.rankedTable(out, rankBy != null ? rankBy : BatchOutput.HEADLINE, System.out);
        if (ensPath != null && batch.shard().n() == 1) {
            Robustness.write(out);
            Robustness.print(out, System.out);
        }
        int reportCode = batch.noReport ? Main.OK : BatchOutput.report(out, batch.shard().n() == 1, System.out, System.err);
        return Math.max(BatchOutput.failures(rep.failed(), System.err), reportCode);
    }

    private static boolean provisional(Path ensemble) {
        try {
            return Ensemble.read(ensemble, ModelCatalog.standard()).meta().getOrDefault("note", "").toLowerCase(java.util.Locale.ROOT).contains("provisional");
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String commandLine() {
        return Main.invocation();
    }
}
