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
        Scan c = scan(path, null);
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
    public synchronized void append(RunRecord r) throws IOException { append(r, true); }

    /** Forces every record appended so far to disk. */
    public synchronized void sync() throws IOException { ch.force(false); }

    /**
     * Appends one record; {@code force} false leaves it to the next {@link #sync} (a merge writes a new
     * folder that is worthless until complete, so one force at the end is enough).
     */
    synchronized void append(RunRecord r, boolean force) throws IOException {
        byte[] payload = encode(r);
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        long at = ch.position();
        try {
            while (buf.hasRemaining()) ch.write(buf);
            if (force) ch.force(false);
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

    /** Reads every intact record; a missing file is an empty log. Holds them all: for small logs and tests. */
    public static Contents read(Path path) throws IOException {
        List<RunRecord> out = new ArrayList<>();
        Scan s = scan(path, (at, r) -> out.add(r));
        return new Contents(List.copyOf(out), s.validBytes(), s.ignoredBytes());
    }

    /** Receives the intact records of a log one at a time, with the byte offset each starts at. */
    @FunctionalInterface
    public interface Visitor { void record(long offset, RunRecord r) throws IOException; }

    /** Where a scan stopped: bytes of whole records, and trailing bytes ignored (a torn last record). */
    public record Scan(long validBytes, long ignoredBytes, int records) {}

    /**
     * Streams every intact record to {@code visitor} in log order, holding one record at a time (a log of
     * a 100,000-run sweep is far larger than the memory its records would need once decoded). Same checks
     * as {@link #read}: a torn or corrupt last record is ignored, a bad record followed by more data is an error.
     * A null visitor only checks the frames (no record is decoded).
     */
    public static Scan scan(Path path, Visitor visitor) throws IOException {
        if (!Files.exists(path)) return new Scan(0, 0, 0);
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = in.size();
            ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            java.io.InputStream stream = new java.io.BufferedInputStream(java.nio.channels.Channels.newInputStream(in), 1 << 16);
            long pos = 0;
            int n = 0;
            while (pos < size) {
                String problem = null;
                int len = -1;
                byte[] payload = null;
                if (size - pos < HEADER) problem = "torn header";
                else {
                    readFully(stream, head.array(), HEADER);
                    if (!Arrays.equals(head.array(), 0, 4, MAGIC, 0, 4)) problem = "bad magic";
                    else {
                        len = head.getInt(4);
                        if (len < 0 || len > MAX_PAYLOAD) problem = "bad length";
                        else if (pos + HEADER + len > size) problem = "torn payload";
                        else {
                            payload = new byte[len];
                            readFully(stream, payload, len);
                            CRC32 crc = new CRC32();
                            crc.update(payload);
                            if ((int) crc.getValue() != head.getInt(8)) problem = "checksum mismatch";
                        }
                    }
                }
                if (problem != null) {
                    boolean atEnd = problem.startsWith("torn") || problem.equals("bad length")
                            || (len >= 0 && pos + HEADER + len >= size) || zeros(in, pos, size);
                    if (!atEnd) {
                        throw new IOException(path + ": corrupt record at byte " + pos + " (" + problem
                                + ") followed by more data; the log was damaged, not just interrupted");
                    }
                    return new Scan(pos, size - pos, n);
                }
                if (visitor != null) visitor.record(pos, decode(new String(payload, StandardCharsets.UTF_8), path, pos));
                n++;
                pos += HEADER + len;
            }
            return new Scan(pos, 0, n);
        }
    }

    private static void readFully(java.io.InputStream in, byte[] b, int len) throws IOException {
        int off = 0;
        while (off < len) {
            int k = in.read(b, off, len - off);
            if (k < 0) throw new java.io.EOFException("log ended early");
            off += k;
        }
    }

    /** Reads the record that starts at {@code offset} (one a scan reported); re-checks its frame. */
    public static RunRecord readAt(FileChannel ch, Path path, long offset) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, head, offset);
        int len = head.getInt(4);
        if (!Arrays.equals(head.array(), 0, 4, MAGIC, 0, 4) || len < 0 || len > MAX_PAYLOAD) {
            throw new IOException(path + ": no record at byte " + offset + "; the log changed while it was read");
        }
        ByteBuffer payload = ByteBuffer.allocate(len);
        readFully(ch, payload, offset + HEADER);
        CRC32 crc = new CRC32();
        crc.update(payload.array(), 0, len);
        if ((int) crc.getValue() != head.getInt(8)) throw new IOException(path + ": record at byte " + offset + " fails its checksum");
        return decode(new String(payload.array(), 0, len, StandardCharsets.UTF_8), path, offset);
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int k = ch.read(b, at + b.position());
            if (k < 0) throw new java.io.EOFException("log ended early");
        }
    }

    // some file systems leave a zero-filled tail after a crash; that is a torn write too
    private static boolean zeros(FileChannel ch, long from, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < size; ) {
            b.clear();
            int k = ch.read(b, at);
            if (k <= 0) return true;
            for (int i = 0; i < k; i++) if (b.get(i) != 0) return false;
            at += k;
        }
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

    private static RunRecord decode(String text, Path path, long at) throws IOException {
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
