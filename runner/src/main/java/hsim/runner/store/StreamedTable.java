package hsim.runner.store;

import hsim.results.Columns;
import hsim.results.FileNames;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table too large to hold as a {@link Table} (daily.csv of a big sweep): its rows are produced on demand,
 * once, and each row goes to the CSV and the Parquet twin as it is made, so neither the
 * table nor its text is ever held whole. Every column's type is fixed up front, since nothing is kept to
 * infer it from.
 */
public record StreamedTable(List<String> columns, Map<String, Table.Type> types, Rows rows) {
    /** Produces the table's rows in order, every call the same ones. */
    @FunctionalInterface
    public interface Rows { void each(Sink sink) throws IOException; }

    @FunctionalInterface
    public interface Sink { void accept(String[] row) throws IOException; }

    public StreamedTable {
        columns = List.copyOf(columns);
        types = Map.copyOf(types);
        for (String c : columns) {
            Columns.checked(c);
            if (!types.containsKey(c)) throw new IllegalArgumentException("streamed column " + c + " needs a fixed type");
        }
    }

    /**
     * Writes {@code name}.csv and {@code name}.parquet into {@code dir}, each atomically, from one pass
     * over the rows (each row goes to both files as it is made; a failure leaves neither new file).
     */
    public void write(Path dir, String name) throws IOException {
        List<Table.Type> typeList = new ArrayList<>();
        for (String c : columns) typeList.add(types.get(c));
        AtomicFiles.write(dir.resolve(FileNames.parquet(name)), pout -> AtomicFiles.write(dir.resolve(FileNames.csv(name)), cout -> {
            OutputStreamWriter w = new OutputStreamWriter(cout, StandardCharsets.UTF_8);
            de.siegmar.fastcsv.writer.CsvWriter csv = hsim.results.Csv.writer(w);
            csv.writeRecord(columns);
            ParquetWriter p = new ParquetWriter(pout, columns, typeList, ParquetWriter.ROW_GROUP_ROWS);
            rows.each(r -> {
                checkedWidth(r);
                csv.writeRecord(r);
                p.add(r);
            });
            csv.flush();
            p.finish();
            pout.flush();
        }));
    }

    private String[] checkedWidth(String[] r) {
        if (r.length != columns.size()) throw new IllegalArgumentException("row has " + r.length + " cells, expected " + columns.size());
        return r;
    }
}
