package hsim.runner.store;

import hsim.model.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines shard folders into one (with each run's saved final state): runs are deduplicated by run id; the same run in two shards must have
 * identical results (wall time aside), otherwise the merge fails naming both folders, since a
 * deterministic model cannot disagree with itself unless the inputs differed.
 */
public final class Merge {
    private Merge() {}

    /** Merges {@code inputs} into {@code out} (which must not hold results yet); returns the merged records. */
    public static List<RunRecord> merge(List<Path> inputs, Path out) throws IOException {
        if (inputs.isEmpty()) throw new InputException("command line", 0, "FOLDERS", "no shard folders given");
        Map<String, RunRecord> byId = new TreeMap<>();
        Map<String, Path> from = new TreeMap<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) throw new InputException(in.toString(), 0, "FOLDERS", "not a folder");
            for (RunRecord r : ResultsStore.readRecords(in)) {
                RunRecord prev = byId.get(r.runId());
                if (prev == null || (!prev.ok() && r.ok())) {
                    byId.put(r.runId(), r);
                    from.put(r.runId(), in);
                } else if (prev.ok() == r.ok() && !prev.sameResultsAs(r)) {
                    throw new InputException(in.toString(), 0, "run_id", "run " + r.runId()
                            + " has different results here and in " + from.get(r.runId())
                            + "; the shards were not made from the same design, scenarios or hsim version");
                }
            }
        }
        List<RunRecord> merged = new ArrayList<>(byId.values());
        try (ResultsStore f = ResultsStore.open(out, false)) {
            for (RunRecord r : merged) {
                FinalStates.copy(from.get(r.runId()), out, r.runId());
                f.append(r);
            }
            f.materialise();
        }
        return merged;
    }
}
