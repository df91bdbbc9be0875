package hsim.runner.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the latest record of each run sits in a {@code runs.log}, in run-id order: a run id and a byte
 * offset per run, not the records themselves, so the tables can be rebuilt from a log of any size by
 * reading the records back one at a time. A later record for the same run id replaces an earlier one
 * (a failed run retried on resume), as the tables have always done.
 */
public final class LogIndex {
    /** Receives records in run-id order. */
    @FunctionalInterface
    public interface Each { void record(RunRecord r) throws IOException; }

    private final Path log;
    private final String[] ids;
    private final long[] offsets;
    private final boolean[] ok;

    private LogIndex(Path log, String[] ids, long[] offsets, boolean[] ok) {
        this.log = log;
        this.ids = ids;
        this.offsets = offsets;
        this.ok = ok;
    }

    private record Entry(String id, long offset, boolean ok) {}

    /** Scans {@code log} once (a missing file is an empty log). */
    public static LogIndex of(Path log) throws IOException {
        List<Entry> entries = new ArrayList<>();
        RunLog.scan(log, (at, r) -> entries.add(new Entry(r.runId(), at, r.ok())));
        // a stable sort keeps equal ids in log order, so the last of each is the latest record
        entries.sort((a, b) -> a.id().compareTo(b.id()));
        int n = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (i + 1 < entries.size() && entries.get(i + 1).id().equals(entries.get(i).id())) continue;
            entries.set(n++, entries.get(i));
        }
        String[] ids = new String[n];
        long[] offsets = new long[n];
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids[i] = entries.get(i).id();
            offsets[i] = entries.get(i).offset();
            ok[i] = entries.get(i).ok();
        }
        return new LogIndex(log, ids, offsets, ok);
    }

    public Path log() { return log; }

    /** Number of distinct runs. */
    public int size() { return ids.length; }

    public String id(int i) { return ids[i]; }

    public long offset(int i) { return offsets[i]; }

    /** Whether run {@code i}'s latest record finished ok. */
    public boolean ok(int i) { return ok[i]; }

    /** Position of {@code runId}, or a negative number when the log has no record of it. */
    public int find(String runId) { return Arrays.binarySearch(ids, runId); }

    /** Reads every run's latest record in run-id order, one at a time. */
    public void each(Each each) throws IOException {
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ)) {
            for (int i = 0; i < ids.length; i++) each.record(RunLog.readAt(ch, log, offsets[i]));
        }
    }
}
