package hsim.runner.store;

import hsim.runner.store.Table.Type;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One column's cells of the row group being written, already parsed to their type (numbers as their
 * 64-bit patterns, text as strings), and their encoding into a GZIP-compressed dictionary page plus data
 * page (v1) when a dictionary is smaller than the plain values, else one PLAIN data page.
 */
final class ColumnBuffer {
    static final int PAGE_DATA = 0;
    static final int PAGE_DICTIONARY = 2;
    static final int ENC_PLAIN = 0;
    static final int ENC_PLAIN_DICTIONARY = 2;
    static final int ENC_RLE = 3;
    static final int ENC_RLE_DICTIONARY = 8;

    final String name;
    final Type type;
    private int rows;
    /** Definition level per row (1 present, 0 missing), one byte each: a row group of a wide table holds many. */
    private byte[] defined = new byte[1024];
    private int present;
    /** The present values as they arrive, packed while they repeat (see {@link PackedValues}). */
    private final PackedValues values;
    /** The present values while one chunk is encoded, read back from {@link #values}; empty otherwise. */
    private long[] numbers = new long[0];
    private String[] texts = new String[0];

    ColumnBuffer(String name, Type type) {
        this.name = name;
        this.type = type;
        values = new PackedValues(type == Type.STRING);
    }

    /** Adds one cell: empty or null is a missing value, anything else must parse as the column's type. */
    void add(String cell) {
        if (rows == defined.length) defined = Arrays.copyOf(defined, rows * 2);
        boolean isPresent = cell != null && !cell.isEmpty();
        defined[rows++] = (byte) (isPresent ? 1 : 0);
        if (!isPresent) return;
        if (type == Type.STRING) {
            values.addText(cell);
            present++;
            return;
        }
        long v;
        try {
            v = switch (type) {
                case INT64 -> Long.parseLong(cell);
                case DOUBLE -> Double.doubleToRawLongBits(Double.parseDouble(cell));
                case BOOLEAN -> parseBoolean(cell);
                case STRING -> throw new AssertionError();
            };
        } catch (NumberFormatException e) {
            rows--;
            throw new IllegalArgumentException("column " + name + ": '" + cell + "' is not " + type, e);
        }
        values.addNumber(v);
        present++;
    }

    private static long parseBoolean(String cell) {
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "true": return 1;
            case "false": return 0;
            default: throw new NumberFormatException("not true or false");
        }
    }

    int rows() { return rows; }

    void clear() {
        values.clear();
        numbers = new long[0];
        texts = new String[0];
        rows = 0;
        present = 0;
    }

    /** The encoded pages of one column chunk and what its metadata needs. */
    record Chunk(byte[] bytes, int dictionaryLength, int valueEncoding, boolean gzip, long uncompressedSize) {}

    /**
     * Encodes the buffered cells as one column chunk. Its pages are GZIP-compressed unless that makes them
     * larger (a few rows of one value: GZIP's 18-byte frame outweighs the gain), in which case the chunk
     * is stored uncompressed; Parquet fixes the codec per chunk.
     */
    Chunk encode() throws IOException {
        if (type == Type.STRING) texts = values.texts();
        else numbers = values.numbers();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteArrayOutputStream rle = new ByteArrayOutputStream();
        int[] levels = new int[rows];
        for (int i = 0; i < rows; i++) levels[i] = defined[i];
        Rle.encode(rle, levels, rows, 1);
        writeIntLE(body, rle.size());
        rle.writeTo(body);
        int encoding = ENC_PLAIN;
        Dictionary dict = type == Type.BOOLEAN ? null : dictionary();
        if (dict != null) {
            encoding = ENC_RLE_DICTIONARY;
            int width = Rle.bitWidth(dict.size - 1);
            body.write(width);
            Rle.encode(body, dict.indices, present, width);
        } else {
            plain(body);
        }
        byte[] dictRaw = dict == null ? null : dict.plain.toByteArray();
        byte[] dataRaw = body.toByteArray();
        byte[] dictZip = dict == null ? null : gzip(dictRaw);
        byte[] dataZip = gzip(dataRaw);
        boolean useGzip = dataZip.length + (dict == null ? 0 : dictZip.length) < dataRaw.length + (dict == null ? 0 : dictRaw.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long uncompressed = 0;
        int dictLength = 0;
        if (dict != null) {
            uncompressed += page(out, PAGE_DICTIONARY, dictRaw, useGzip ? dictZip : dictRaw, dict.size, ENC_PLAIN_DICTIONARY);
            dictLength = out.size();
        }
        uncompressed += page(out, PAGE_DATA, dataRaw, useGzip ? dataZip : dataRaw, rows, encoding);
        return new Chunk(out.toByteArray(), dictLength, encoding, useGzip, uncompressed);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            z.write(raw);
        }
        return zipped.toByteArray();
    }

    /** Writes one page (header + stored body); returns its uncompressed size, header included. */
    private static int page(ByteArrayOutputStream out, int pageType, byte[] raw, byte[] stored, int values, int encoding) {
        Thrift h = new Thrift();
        h.i32(1, pageType).i32(2, raw.length).i32(3, stored.length);
        if (pageType == PAGE_DATA) {
            h.beginStruct(5).i32(1, values).i32(2, encoding).i32(3, ENC_RLE).i32(4, ENC_RLE).endStruct();
        } else {
            h.beginStruct(7).i32(1, values).i32(2, encoding).endStruct();
        }
        h.stop();
        byte[] header = h.bytes();
        out.write(header, 0, header.length);
        out.write(stored, 0, stored.length);
        return header.length + raw.length;
    }

    private record Dictionary(ByteArrayOutputStream plain, int size, int[] indices) {}

    /** A dictionary of the present values, or null when plain values would be no larger. */
    private Dictionary dictionary() throws IOException {
        Map<Object, Integer> index = new HashMap<>();
        int[] indices = new int[present];
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        long plainSize = 0;
        for (int i = 0; i < present; i++) {
            Object key = type == Type.STRING ? texts[i] : (Object) numbers[i];
            Integer at = index.get(key);
            if (at == null) {
                at = index.size();
                index.put(key, at);
                writeValue(plain, i);
            }
            indices[i] = at;
            plainSize += type == Type.STRING ? 4 + texts[i].length() : 8;
            if (index.size() > 1 << 16) return null;
        }
        long dictSize = plain.size() + (long) present * Rle.bitWidth(Math.max(0, index.size() - 1)) / 8;
        if (present == 0 || dictSize >= plainSize) return null;
        return new Dictionary(plain, index.size(), indices);
    }

    private void plain(ByteArrayOutputStream values) throws IOException {
        if (type == Type.BOOLEAN) { // one bit per value, least significant bit first
            int acc = 0;
            for (int i = 0; i < present; i++) {
                acc |= (int) numbers[i] << (i % 8);
                if (i % 8 == 7) { values.write(acc); acc = 0; }
            }
            if (present % 8 != 0) values.write(acc);
            return;
        }
        for (int i = 0; i < present; i++) writeValue(values, i);
    }

    private void writeValue(ByteArrayOutputStream o, int i) throws IOException {
        if (type == Type.STRING) {
            byte[] s = texts[i].getBytes(StandardCharsets.UTF_8);
            writeIntLE(o, s.length);
            o.write(s);
        } else {
            long v = numbers[i];
            for (int b = 0; b < 8; b++) o.write((int) (v >>> (8 * b)));
        }
    }

    static void writeIntLE(ByteArrayOutputStream o, int v) {
        o.write(v); o.write(v >>> 8); o.write(v >>> 16); o.write(v >>> 24);
    }
}
