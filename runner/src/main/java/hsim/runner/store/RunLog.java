package hsim.runner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import hsim.results.Csv;
import hsim.results.ResultsException;

/**
 * The append-only log of finished runs ({@code runs.log}), the one place results live until the CSV and
 * Parquet files are rebuilt from it. Each record is framed as
 * {@code "HSR1" | payload length (int32 LE) | CRC32 of payload (int32 LE) | payload (UTF-8)} and written
 * with a single write followed by {@code force}, so a kill at any moment leaves at most one torn record,
 * at the end. Reading ignores a torn or corrupt last record; opening for append cuts it off first, so
 * nothing is ever appended after garbage. A bad record followed by more data is corruption, not a kill,
 * and is reported rather than skipped.
 *
 * <p>Payload: line 1 the runs.csv header of this run, line 2 its row, line 3 the daily header, then one
 * line per day (all CSV).
 */
public final class RunLog implements AutoCloseable {
    private static final byte[] MAGIC = "HSR1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 12;
    /** Largest payload accepted when reading, so a corrupt length cannot make us allocate gigabytes. */
    private static final int MAX_PAYLOAD = 1 << 30;

    private final Path path;
    private final FileChannel ch;

    private RunLog(Path path, FileChannel ch) {
        this.path = path;
        this.ch = ch;
    }

    /** Result of reading a log: the good records and how many trailing bytes were ignored. */
    public record Contents(List<RunRecord> records, long validBytes, long ignoredBytes) {}

    /** Opens (creating) the log for appending, after cutting off any torn last record. */
    public static RunLog openForAppend(Path path) throws IOException {
        Contents c = read(path);
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (c.ignoredBytes() > 0) {
            ch.truncate(c.validBytes());
            ch.force(true);
        }
        ch.position(c.validBytes());
        return new RunLog(path, ch);
    }

    public Path path() { return path; }

    /** Appends one record durably: one write of the whole frame, then force. */
    public synchronized void append(RunRecord r) throws IOException {
        byte[] payload = encode(r);
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        long at = ch.position();
        try {
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(false);
        } catch (IOException e) {
            // a full disk may have taken part of the frame: cut it off so the log ends on a whole record
            try {
                ch.truncate(at);
                ch.position(at);
            } catch (IOException ignored) {
                // a torn last record is also ignored when reading; the append error is the one to report
            }
            throw new IOException("cannot append to " + path + ": " + AtomicFiles.reason(e), e);
        }
    }

    @Override
    public synchronized void close() throws IOException { ch.close(); }

    /** Reads every intact record; a missing file is an empty log. */
    public static Contents read(Path path) throws IOException {
        if (!Files.exists(path)) return new Contents(List.of(), 0, 0);
        byte[] all = Files.readAllBytes(path);
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        List<RunRecord> out = new ArrayList<>();
        int pos = 0;
        while (pos < all.length) {
            String problem = null;
            int len = -1;
            if (all.length - pos < HEADER) problem = "torn header";
            else if (!Arrays.equals(all, pos, pos + 4, MAGIC, 0, 4)) problem = "bad magic";
            else {
                len = b.getInt(pos + 4);
                if (len < 0 || len > MAX_PAYLOAD) problem = "bad length";
                else if ((long) pos + HEADER + len > all.length) problem = "torn payload";
                else {
                    CRC32 crc = new CRC32();
                    crc.update(all, pos + HEADER, len);
                    if ((int) crc.getValue() != b.getInt(pos + 8)) problem = "checksum mismatch";
                }
            }
            if (problem != null) {
                boolean atEnd = problem.startsWith("torn") || problem.equals("bad length")
                        || (len >= 0 && (long) pos + HEADER + len >= all.length) || zeros(all, pos);
                if (!atEnd) {
                    throw new IOException(path + ": corrupt record at byte " + pos + " (" + problem
                            + ") followed by more data; the log was damaged, not just interrupted");
                }
                return new Contents(List.copyOf(out), pos, all.length - pos);
            }
            out.add(decode(new String(all, pos + HEADER, len, StandardCharsets.UTF_8), path, pos));
            pos += HEADER + len;
        }
        return new Contents(List.copyOf(out), pos, 0);
    }

    // some file systems leave a zero-filled tail after a crash; that is a torn write too
    private static boolean zeros(byte[] a, int from) {
        for (int i = from; i < a.length; i++) if (a[i] != 0) return false;
        return true;
    }

    static byte[] encode(RunRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append(Csv.line(new ArrayList<>(r.row().keySet())));
        sb.append(Csv.line(new ArrayList<>(r.row().values())));
        sb.append(Csv.line(r.dailyColumns()));
        for (String[] d : r.daily()) sb.append(Csv.line(Arrays.asList(d)));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static RunRecord decode(String text, Path path, int at) throws IOException {
        List<String[]> recs;
        try {
            recs = Csv.records(path + " record at byte " + at, text);
        } catch (ResultsException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (recs.size() < 3) throw new IOException(path + ": record at byte " + at + " is malformed");
        String[] keys = recs.get(0);
        String[] vals = recs.get(1);
        if (keys.length != vals.length) throw new IOException(path + ": record at byte " + at + " has a ragged row");
        java.util.LinkedHashMap<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) row.put(keys[i], vals[i]);
        String[] head = recs.get(2);
        // a failed run has no daily columns: its header is an empty line
        List<String> cols = head.length == 1 && head[0].isEmpty() ? List.of() : Arrays.asList(head);
        return new RunRecord(row, cols, new ArrayList<>(recs.subList(3, recs.size())));
    }
}
