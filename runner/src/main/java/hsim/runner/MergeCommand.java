package hsim.runner;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.design.DesignFile;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import hsim.runner.store.Merge;
import hsim.runner.store.ResultsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Combines shard folders (from --shard K/N) into one results folder and recomputes the statistics. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge shard results folders: dedupe by run_id, fail on conflicting duplicates, recompute statistics.",
        footer = {"", "Example:", "  hsim merge --out out/compare out/compare-1 out/compare-2"})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER", arity = "1..*", description = "Shard results folders.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Merged results folder (must be new).")
    Path out;

    @Option(names = "--design", paramLabel = "FILE", description = "The sweep's design file, to recompute design, sensitivity and PRIM tables.")
    Path designFile;

    @Option(names = "--no-report", description = "Do not write report/ (charts take a while); 'hsim report DIR' writes it later.")
    boolean noReport;

    @Override
    public Integer call() throws Exception {
        Merge.Result merged = Merge.into(inputs, out);
        ScenarioLoader loader = ModelCatalog.loader();
        Design design;
        if (designFile != null) {
            design = DesignFile.load(designFile, ModelCatalog.standard(), loader);
        } else {
            List<String> names = new ArrayList<>(merged.options());
            if (names.remove("baseline")) names.add(0, "baseline");
            design = Design.compare(names.isEmpty() ? List.of("baseline") : names, 1, 0, null);
        }
        Experiment e = new Experiment(design, loader, null, Shard.ALL, new RunPool(1, 1), CompareCommand.commandLine());
        try (ResultsStore f = ResultsStore.open(out, true)) {
            e.writeAnalysis(f);
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("hsim_version", Version.version());
            m.put("git_commit", Version.commit());
            m.put("command_line", CompareCommand.commandLine());
            m.put("merged_from", inputs.stream().map(Path::toString).toList());
            m.put("runs", merged.runs());
            m.put("end_time", java.time.Instant.now().toString());
            f.writeManifest(m);
        }
        System.out.println("hsim merge: " + merged.runs() + " runs (" + merged.failed() + " failed) from " + inputs.size() + " folders -> " + out);
        return noReport ? Main.OK : BatchOutput.report(out, true, System.out, System.err);
    }
}
