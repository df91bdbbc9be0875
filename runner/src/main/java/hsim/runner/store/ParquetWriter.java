package hsim.runner.store;

import hsim.runner.store.Table.Type;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Parquet writer (format spec: github.com/apache/parquet-format, parquet.thrift), enough for
 * DuckDB, pandas and Arrow to read the results without shipping parquet-hadoop and Hadoop. Rows stream in
 * as CSV text cells and are parsed at once to INT64, DOUBLE (NaN stays NaN), BOOLEAN or UTF8 values;
 * every {@code rowGroupRows} rows become a row group, so memory holds one row group, not the table. Each
 * column chunk is a page pair (dictionary + RLE_DICTIONARY indices) when that is smaller, else one PLAIN
 * page, GZIP-compressed unless that makes it larger. Every column is OPTIONAL: an empty cell is a null (definition level 0).
 */
public final class ParquetWriter {
    /** Rows per row group: 50,000 rows of ~45 numeric columns hold about 20 MB. */
    public static final int ROW_GROUP_ROWS = 50_000;
    private static final int OPTIONAL = 1;
    private static final int CONVERTED_UTF8 = 0;
    private static final int CODEC_UNCOMPRESSED = 0;
    private static final int CODEC_GZIP = 2;

    private final CountingStream file;
    private final List<String> columns;
    private final ColumnBuffer[] buffers;
    private final int rowGroupRows;
    private final List<byte[]> rowGroups = new ArrayList<>();
    private long rows;
    private boolean broken;

    /** Starts a file of the given columns and types on {@code out} (which the caller closes). */
    public ParquetWriter(OutputStream out, List<String> columns, List<Type> types, int rowGroupRows) throws IOException {
        if (columns.size() != types.size()) throw new IllegalArgumentException(columns.size() + " columns but " + types.size() + " types");
        if (rowGroupRows < 1) throw new IllegalArgumentException("rowGroupRows must be at least 1");
        this.file = new CountingStream(out);
        this.columns = List.copyOf(columns);
        this.rowGroupRows = rowGroupRows;
        buffers = new ColumnBuffer[columns.size()];
        for (int c = 0; c < buffers.length; c++) buffers[c] = new ColumnBuffer(columns.get(c), types.get(c));
        file.write("PAR1".getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes {@code t} as a complete Parquet file to {@code out}. */
    public static void write(Table t, OutputStream out) throws IOException { write(t, out, ROW_GROUP_ROWS); }

    public static void write(Table t, OutputStream out, int rowGroupRows) throws IOException {
        List<Type> types = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) types.add(typeOf(t, c));
        ParquetWriter w = new ParquetWriter(out, t.columns(), types, rowGroupRows);
        for (String[] r : t.rows()) w.add(r);
        w.finish();
    }

    /** The Parquet type of column {@code c}: fixed by the table, else inferred from the values. */
    public static Type typeOf(Table t, int c) {
        Type fixed = t.types().get(t.columns().get(c));
        if (fixed != null) return fixed;
        boolean allLong = true;
        boolean allBoolean = true;
        boolean any = false;
        for (String[] r : t.rows()) {
            String v = r[c];
            if (v == null || v.isEmpty()) continue;
            any = true;
            allBoolean &= v.equals("true") || v.equals("false");
            if (allBoolean) continue;
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
        if (allBoolean) return Type.BOOLEAN;
        return allLong ? Type.INT64 : Type.DOUBLE;
    }

    /** Adds one row of CSV text cells (empty = missing); a cell that does not parse as its type is an error. */
    public void add(String[] row) throws IOException {
        if (broken) throw new IllegalStateException("an earlier row failed; the file is incomplete");
        if (row.length != buffers.length) throw new IllegalArgumentException("row has " + row.length + " cells, expected " + buffers.length);
        broken = true;
        for (int c = 0; c < buffers.length; c++) buffers[c].add(row[c]);
        broken = false;
        rows++;
        if (buffers.length > 0 && buffers[0].rows() >= rowGroupRows) flushRowGroup();
    }

    /** Writes the last row group and the footer; the stream stays open. */
    public void finish() throws IOException {
        if (broken) throw new IllegalStateException("an earlier row failed; the file is incomplete");
        if (buffers.length > 0 && buffers[0].rows() > 0) flushRowGroup();
        Thrift f = new Thrift();
        f.i32(1, 1);
        f.beginList(2, Thrift.STRUCT, buffers.length + 1);
        f.beginElement().bin(4, "schema").i32(5, buffers.length).endElement();
        for (ColumnBuffer b : buffers) {
            f.beginElement().i32(1, physical(b.type)).i32(3, OPTIONAL).bin(4, b.name);
            if (b.type == Type.STRING) f.i32(6, CONVERTED_UTF8).beginStruct(10).beginStruct(1).endStruct().endStruct();
            f.endElement();
        }
        f.i64(3, rows);
        f.beginList(4, Thrift.STRUCT, rowGroups.size());
        for (byte[] g : rowGroups) f.raw(g);
        f.bin(6, "hsim parquet writer");
        f.stop();
        byte[] footer = f.bytes();
        file.write(footer);
        file.write(new byte[] {(byte) footer.length, (byte) (footer.length >>> 8), (byte) (footer.length >>> 16), (byte) (footer.length >>> 24)});
        file.write("PAR1".getBytes(StandardCharsets.US_ASCII));
        file.flush();
    }

    /** Writes every column chunk of the buffered rows and keeps the RowGroup struct for the footer. */
    private void flushRowGroup() throws IOException {
        int n = buffers[0].rows();
        long groupStart = file.count;
        long uncompressedTotal = 0;
        Thrift g = new Thrift();
        g.beginElement();
        g.beginList(1, Thrift.STRUCT, buffers.length);
        for (ColumnBuffer b : buffers) {
            long start = file.count;
            ColumnBuffer.Chunk chunk = b.encode();
            file.write(chunk.bytes());
            b.clear();
            long dataOffset = start + chunk.dictionaryLength();
            uncompressedTotal += chunk.uncompressedSize();
            g.beginElement().i64(2, start);
            g.beginStruct(3).i32(1, physical(b.type));
            g.beginList(2, Thrift.I32, 2).listI32(chunk.valueEncoding()).listI32(ColumnBuffer.ENC_RLE);
            g.beginList(3, Thrift.BINARY, 1).listBin(b.name);
            g.i32(4, chunk.gzip() ? CODEC_GZIP : CODEC_UNCOMPRESSED).i64(5, n).i64(6, chunk.uncompressedSize()).i64(7, chunk.bytes().length).i64(9, dataOffset);
            if (chunk.dictionaryLength() > 0) g.i64(11, start);
            g.endStruct().endElement();
        }
        g.i64(2, uncompressedTotal).i64(3, n).i64(5, groupStart).i64(6, file.count - groupStart).i16(7, (short) rowGroups.size());
        g.endElement();
        rowGroups.add(g.bytes());
    }

    private static int physical(Type t) {
        return switch (t) {
            case BOOLEAN -> 0;
            case INT64 -> 2;
            case DOUBLE -> 5;
            case STRING -> 6;
        };
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) { this.out = out; }

        @Override public void write(int b) throws IOException { out.write(b); count++; }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); count += len; }

        @Override public void flush() throws IOException { out.flush(); }
    }
}
