package hsim.runner;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.Design;
import hsim.runner.design.DesignFile;
import hsim.runner.exec.RunPool;
import hsim.runner.exec.Shard;
import hsim.runner.store.Merge;
import hsim.runner.store.ResultsStore;
import hsim.runner.store.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Override
    public Integer call() throws Exception {
        List<RunRecord> merged = Merge.merge(inputs, out);
        ScenarioLoader loader = ModelCatalog.loader();
        Design design;
        if (designFile != null) {
            design = DesignFile.load(designFile, ModelCatalog.standard(), loader);
        } else {
            Set<String> options = new LinkedHashSet<>();
            for (RunRecord r : merged) options.add(r.row().get("option"));
            List<String> names = new ArrayList<>(options);
            if (names.remove("baseline")) names.add(0, "baseline");
            design = Design.compare(names.isEmpty() ? List.of("baseline") : names, 1, 0, null);
        }
        Experiment e = new Experiment(design, loader, null, Shard.ALL, new RunPool(1, 1), CompareCommand.commandLine());
        try (ResultsStore f = ResultsStore.open(out, true)) {
            e.writeAnalysis(f, merged);
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("hsim_version", Version.version());
            m.put("git_commit", Version.commit());
            m.put("command_line", CompareCommand.commandLine());
            m.put("merged_from", inputs.stream().map(Path::toString).toList());
            m.put("runs", merged.size());
            m.put("end_time", java.time.Instant.now().toString());
            f.writeManifest(m);
        }
        long failed = merged.stream().filter(r -> !r.ok()).count();
        System.out.println("hsim merge: " + merged.size() + " runs (" + failed + " failed) from " + inputs.size() + " folders -> " + out);
        return BatchOutput.report(out, true, System.out, System.err);
    }
}
