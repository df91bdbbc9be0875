package hsim.runner.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunLogTest {
    @TempDir Path dir;

    static RunRecord record(int i) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("run_id", String.format("opt/r%03d", i));
        row.put("option", "opt");
        row.put("status", i % 3 == 0 ? "failed" : "ok");
        row.put("error", i % 3 == 0 ? "boom, \"quoted\"" : "");
        row.put("o_y", Double.toString(i * 0.1));
        row.put("p_k", "multi\nline, \"text\"");
        List<String[]> daily = new ArrayList<>();
        for (int d = 1; d <= i; d++) daily.add(new String[] {Integer.toString(d), d % 2 == 0 ? "" : d % 3 == 0 ? "NaN" : Double.toString(d / 3.0)});
        return new RunRecord(row, List.of("day", "x"), daily);
    }

    private Path write(int n) throws IOException {
        Path p = dir.resolve("runs.log");
        try (RunLog log = RunLog.openForAppend(p)) {
            for (int i = 1; i <= n; i++) log.append(record(i));
        }
        return p;
    }

    @Test
    void roundTripsRecordsExactly() throws IOException {
        Path p = write(6);
        RunLog.Contents c = RunLog.read(p);
        assertEquals(6, c.records().size());
        for (int i = 1; i <= 6; i++) assertEquals(record(i), c.records().get(i - 1));
        assertEquals(0, c.ignoredBytes());
    }

    @Test
    void aTruncationAnywhereLosesOnlyTheTornRecord() throws IOException {
        Path p = write(5);
        byte[] all = Files.readAllBytes(p);
        List<Long> ends = new ArrayList<>();
        long pos = 0;
        for (RunRecord r : RunLog.read(p).records()) {
            pos += 12 + RunLog.encode(r).length;
            ends.add(pos);
        }
        for (int cut = 0; cut <= all.length; cut++) {
            Path q = dir.resolve("cut.log");
            Files.write(q, java.util.Arrays.copyOf(all, cut));
            int whole = 0;
            while (whole < ends.size() && ends.get(whole) <= cut) whole++;
            RunLog.Contents c = RunLog.read(q);
            assertEquals(whole, c.records().size(), "cut at " + cut);
            if (cut % 11 != 0 && cut != all.length) continue; // appends fsync: sample them
            // appending after a torn tail cuts it off first, so the new record is readable
            try (RunLog log = RunLog.openForAppend(q)) {
                log.append(record(9));
            }
            List<RunRecord> after = RunLog.read(q).records();
            assertEquals(whole + 1, after.size(), "cut at " + cut);
            assertEquals(record(9), after.get(whole));
        }
    }

    @Test
    void aCorruptLastRecordIsIgnoredButCorruptionInTheMiddleIsReported() throws IOException {
        Path p = write(3);
        long len = Files.size(p);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(len - 3);
            f.write('#');
        }
        assertEquals(2, RunLog.read(p).records().size());
        Path q = write(0);
        Files.delete(q);
        q = write(3);
        try (RandomAccessFile f = new RandomAccessFile(q.toFile(), "rw")) {
            f.seek(20); // inside the first record's payload
            f.write('#');
        }
        Path bad = q;
        assertThrows(IOException.class, () -> RunLog.read(bad));
    }

    @Test
    void aZeroFilledTailIsATornWrite() throws IOException {
        Path p = write(2);
        Files.write(p, new byte[100], java.nio.file.StandardOpenOption.APPEND);
        assertEquals(2, RunLog.read(p).records().size());
    }
}
