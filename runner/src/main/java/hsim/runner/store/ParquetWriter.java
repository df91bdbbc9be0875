package hsim.runner.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import hsim.runner.store.Table.Type;


/**
 * A small Parquet writer (format spec: github.com/apache/parquet-format, parquet.thrift): one row group,
 * one uncompressed PLAIN data page (v1) per column, INT64, DOUBLE and BYTE_ARRAY (UTF8) columns, each
 * OPTIONAL when it has missing cells (definition levels, RLE with bit width 1), REQUIRED otherwise; the
 * footer is FileMetaData in Thrift's compact protocol. Enough for DuckDB, pandas and Arrow to read the
 * results without shipping parquet-hadoop and Hadoop.
 */
public final class ParquetWriter {
    // parquet.thrift enums
    private static final int INT64 = 2;
    private static final int DOUBLE = 5;
    private static final int BYTE_ARRAY = 6;
    private static final int REQUIRED = 0;
    private static final int OPTIONAL = 1;
    private static final int CONVERTED_UTF8 = 0;
    private static final int ENC_PLAIN = 0;
    private static final int ENC_RLE = 3;
    private static final int CODEC_UNCOMPRESSED = 0;
    private static final int PAGE_DATA = 0;

    private ParquetWriter() {}

    /** The Parquet type of column {@code c}: fixed by the table, else inferred from the values. */
    public static Type typeOf(Table t, int c) {
        Type fixed = t.types().get(t.columns().get(c));
        if (fixed != null) return fixed;
        boolean allLong = true;
        boolean any = false;
        for (String[] r : t.rows()) {
            String v = r[c];
            if (v == null || v.isEmpty()) continue;
            any = true;
            if (allLong) {
                try { Long.parseLong(v); continue; } catch (NumberFormatException e) { allLong = false; }
            }
            try {
                Double.parseDouble(v);
                if (!v.matches("[-+0-9.eE]+|NaN|-?Infinity")) return Type.STRING;
            } catch (NumberFormatException e) {
                return Type.STRING;
            }
        }
        if (!any) return Type.STRING;
        return allLong ? Type.INT64 : Type.DOUBLE;
    }

    /** Writes {@code t} as a complete Parquet file to {@code out}. */
    public static void write(Table t, OutputStream out) throws IOException {
        int nCols = t.columns().size();
        int nRows = t.rows().size();
        CountingStream file = new CountingStream(out);
        file.write("PAR1".getBytes(StandardCharsets.US_ASCII));
        Type[] types = new Type[nCols];
        boolean[] optional = new boolean[nCols];
        long[] pageOffset = new long[nCols];
        long[] chunkSize = new long[nCols];
        for (int c = 0; c < nCols; c++) {
            types[c] = typeOf(t, c);
            for (String[] r : t.rows()) if (r[c] == null || r[c].isEmpty()) { optional[c] = true; break; }
            byte[] body = pageBody(t, c, types[c], optional[c]);
            Thrift h = new Thrift();
            h.i32(1, PAGE_DATA).i32(2, body.length).i32(3, body.length);
            h.beginStruct(5).i32(1, nRows).i32(2, ENC_PLAIN).i32(3, ENC_RLE).i32(4, ENC_RLE).endStruct();
            h.stop();
            pageOffset[c] = file.count;
            file.write(h.bytes());
            file.write(body);
            chunkSize[c] = file.count - pageOffset[c];
        }
        Thrift f = new Thrift();
        f.i32(1, 1);
        f.beginList(2, Thrift.STRUCT, nCols + 1);
        f.beginElement().bin(4, "schema").i32(5, nCols).endElement();
        for (int c = 0; c < nCols; c++) {
            f.beginElement().i32(1, physical(types[c])).i32(3, optional[c] ? OPTIONAL : REQUIRED).bin(4, t.columns().get(c));
            if (types[c] == Type.STRING) f.i32(6, CONVERTED_UTF8).beginStruct(10).beginStruct(1).endStruct().endStruct();
            f.endElement();
        }
        f.i64(3, nRows);
        long total = 0;
        for (long s : chunkSize) total += s;
        f.beginList(4, Thrift.STRUCT, nRows == 0 ? 0 : 1);
        if (nRows > 0) {
            f.beginElement();
            f.beginList(1, Thrift.STRUCT, nCols);
            for (int c = 0; c < nCols; c++) {
                f.beginElement().i64(2, pageOffset[c]);
                f.beginStruct(3).i32(1, physical(types[c]));
                f.beginList(2, Thrift.I32, 2).listI32(ENC_PLAIN).listI32(ENC_RLE);
                f.beginList(3, Thrift.BINARY, 1).listBin(t.columns().get(c));
                f.i32(4, CODEC_UNCOMPRESSED).i64(5, nRows).i64(6, chunkSize[c]).i64(7, chunkSize[c]).i64(9, pageOffset[c]);
                f.endStruct().endElement();
            }
            f.i64(2, total).i64(3, nRows).i64(5, nCols == 0 ? 4 : pageOffset[0]).i64(6, total).i16(7, (short) 0);
            f.endElement();
        }
        f.bin(6, "hsim parquet writer");
        f.stop();
        byte[] footer = f.bytes();
        file.write(footer);
        file.write(new byte[] {(byte) footer.length, (byte) (footer.length >>> 8), (byte) (footer.length >>> 16), (byte) (footer.length >>> 24)});
        file.write("PAR1".getBytes(StandardCharsets.US_ASCII));
        file.flush();
    }

    private static int physical(Type t) {
        return switch (t) {
            case INT64 -> INT64;
            case DOUBLE -> DOUBLE;
            case STRING -> BYTE_ARRAY;
        };
    }

    private static byte[] pageBody(Table t, int c, Type type, boolean optional) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (optional) {
            ByteArrayOutputStream levels = new ByteArrayOutputStream();
            List<String[]> rows = t.rows();
            int i = 0;
            while (i < rows.size()) { // RLE runs of equal definition levels (bit width 1: one byte per value)
                boolean present = present(rows.get(i)[c]);
                int j = i;
                while (j < rows.size() && present(rows.get(j)[c]) == present) j++;
                Thrift.varint(levels, (long) (j - i) << 1);
                levels.write(present ? 1 : 0);
                i = j;
            }
            writeIntLE(body, levels.size());
            levels.writeTo(body);
        }
        byte[] eight = new byte[8];
        for (String[] r : t.rows()) {
            String v = r[c];
            if (!present(v)) continue;
            try {
                writeValue(body, eight, type, v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("column " + t.columns().get(c) + ": '" + v + "' is not " + type, e);
            }
        }
        return body.toByteArray();
    }

    private static void writeValue(ByteArrayOutputStream body, byte[] eight, Type type, String v) throws IOException {
        {
            switch (type) {
                case INT64 -> { putLongLE(eight, Long.parseLong(v)); body.write(eight); }
                case DOUBLE -> { putLongLE(eight, Double.doubleToRawLongBits(Double.parseDouble(v))); body.write(eight); }
                case STRING -> {
                    byte[] s = v.getBytes(StandardCharsets.UTF_8);
                    writeIntLE(body, s.length);
                    body.write(s);
                }
            }
        }
    }

    private static boolean present(String v) { return v != null && !v.isEmpty(); }

    private static void writeIntLE(OutputStream o, int v) throws IOException {
        o.write(v); o.write(v >>> 8); o.write(v >>> 16); o.write(v >>> 24);
    }

    private static void putLongLE(byte[] b, long v) {
        for (int i = 0; i < 8; i++) b[i] = (byte) (v >>> (8 * i));
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) { this.out = out; }

        @Override public void write(int b) throws IOException { out.write(b); count++; }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); count += len; }

        @Override public void flush() throws IOException { out.flush(); }
    }

    /** Thrift compact protocol, just the parts the footer and page headers need. */
    static final class Thrift {
        static final int I16 = 4;
        static final int I32 = 5;
        static final int I64 = 6;
        static final int BINARY = 8;
        static final int LIST = 9;
        static final int STRUCT = 12;

        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final List<Integer> lastIds = new ArrayList<>(List.of(0));

        byte[] bytes() { return buf.toByteArray(); }

        private void fieldHeader(int id, int type) {
            int last = lastIds.get(lastIds.size() - 1);
            int delta = id - last;
            if (delta > 0 && delta <= 15) buf.write((delta << 4) | type);
            else { buf.write(type); varint(buf, zigzag(id)); }
            lastIds.set(lastIds.size() - 1, id);
        }

        Thrift i16(int id, short v) { fieldHeader(id, I16); varint(buf, zigzag(v)); return this; }

        Thrift i32(int id, int v) { fieldHeader(id, I32); varint(buf, zigzag(v)); return this; }

        Thrift i64(int id, long v) { fieldHeader(id, I64); varint(buf, zigzag(v)); return this; }

        Thrift bin(int id, String s) { fieldHeader(id, BINARY); rawBin(s); return this; }

        Thrift beginStruct(int id) { fieldHeader(id, STRUCT); lastIds.add(0); return this; }

        Thrift endStruct() { buf.write(0); lastIds.remove(lastIds.size() - 1); return this; }

        Thrift beginList(int id, int elemType, int size) {
            fieldHeader(id, LIST);
            if (size < 15) buf.write((size << 4) | elemType);
            else { buf.write(0xF0 | elemType); varint(buf, size); }
            return this;
        }

        Thrift beginElement() { lastIds.add(0); return this; }

        Thrift endElement() { return endStruct(); }

        Thrift listI32(int v) { varint(buf, zigzag(v)); return this; }

        Thrift listBin(String s) { rawBin(s); return this; }

        void stop() { buf.write(0); }

        private void rawBin(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(buf, b.length);
            buf.write(b, 0, b.length);
        }

        static long zigzag(long v) { return (v << 1) ^ (v >> 63); }

        static void varint(OutputStream o, long v) {
            try {
                while ((v & ~0x7FL) != 0) { o.write((int) ((v & 0x7F) | 0x80)); v >>>= 7; }
                o.write((int) v);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
