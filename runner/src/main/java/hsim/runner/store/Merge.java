package hsim.runner.store;

import hsim.model.InputException;
import hsim.results.Columns;
import hsim.runner.exec.HeapSampler;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines shard folders into one (with each run's saved final state): runs are deduplicated by run id; the same run in two shards must have
 * identical results (wall time aside), otherwise the merge fails naming both folders, since a
 * deterministic model cannot disagree with itself unless the inputs differed.
 *
 * <p>Streamed: each shard's log is indexed (run id and byte offset per run, in run-id order) and the
 * indexes are walked together in run-id order, reading one run's records at a time, so a merge of
 * 100,000 runs holds no list of records. A first walk checks duplicates before the merged folder is
 * created; a second writes it.
 */
public final class Merge {
    private Merge() {}

    /** What a merge wrote: the runs, how many failed, and their options in run-id order of first appearance. */
    public record Result(int runs, int failed, List<String> options) {}

    /** Receives the record chosen for each run id, in run-id order, with the shard it came from. */
    @FunctionalInterface
    private interface Chosen { void run(RunRecord r, Path from) throws IOException; }

    /**
     * Merges {@code inputs} into {@code out} (which must not hold results yet) and returns the merged
     * records, read back from {@code out}: holds them all, for small merges and tests; {@link #into} streams.
     */
    public static List<RunRecord> merge(List<Path> inputs, Path out) throws IOException {
        into(inputs, out);
        return ResultsStore.readRecords(out);
    }

    /** Merges {@code inputs} into {@code out} (which must not hold results yet), streaming. */
    public static Result into(List<Path> inputs, Path out) throws IOException {
        if (inputs.isEmpty()) throw new InputException("command line", 0, "FOLDERS", "no shard folders given");
        List<LogIndex> shards = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) throw new InputException(in.toString(), 0, "FOLDERS", "not a folder");
            shards.add(ResultsStore.readIndex(in));
        }
        walk(inputs, shards, (r, from) -> { });
        Set<String> options = new LinkedHashSet<>();
        int[] counts = new int[2];
        HeapSampler heap = HeapSampler.fromEnv("merge");
        try (ResultsStore f = ResultsStore.open(out, false)) {
            walk(inputs, shards, (r, from) -> {
                FinalStates.copy(from, out, r.runId());
                f.appendUnforced(r);
                options.add(r.row().get(Columns.OPTION));
                counts[0]++;
                if (!r.ok()) counts[1]++;
                heap.tick();
            });
            f.sync();
            f.materialise();
        }
        return new Result(counts[0], counts[1], List.copyOf(options));
    }

    /**
     * Walks the shards' indexes together in run-id order; for each run id the shards that hold it are taken
     * in the order given: an ok record replaces a failed one, and two records of the same status must agree.
     */
    private static void walk(List<Path> inputs, List<LogIndex> shards, Chosen chosen) throws IOException {
        int k = shards.size();
        int[] at = new int[k];
        List<FileChannel> channels = new ArrayList<>();
        try {
            for (LogIndex s : shards) channels.add(FileChannel.open(s.log(), StandardOpenOption.READ));
            while (true) {
                String id = null;
                for (int s = 0; s < k; s++) {
                    if (at[s] < shards.get(s).size() && (id == null || shards.get(s).id(at[s]).compareTo(id) < 0)) id = shards.get(s).id(at[s]);
                }
                if (id == null) return;
                RunRecord prev = null;
                int prevShard = -1;
                for (int s = 0; s < k; s++) {
                    LogIndex ix = shards.get(s);
                    if (at[s] >= ix.size() || !ix.id(at[s]).equals(id)) continue;
                    int i = at[s]++;
                    if (prev != null && prev.ok() != ix.ok(i) && prev.ok()) continue; // a failed copy of an ok run
                    RunRecord r = RunLog.readAt(channels.get(s), ix.log(), ix.offset(i));
                    if (prev == null || (!prev.ok() && r.ok())) {
                        prev = r;
                        prevShard = s;
                    } else if (!prev.sameResultsAs(r)) {
                        throw new InputException(inputs.get(s).toString(), 0, "run_id", "run " + r.runId()
                                + " has different results here and in " + inputs.get(prevShard)
                                + "; the shards were not made from the same design, scenarios or hsim version");
                    }
                }
                chosen.run(prev, inputs.get(prevShard));
            }
        } finally {
            for (FileChannel c : channels) c.close();
        }
    }
}
