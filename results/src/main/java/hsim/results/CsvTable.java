package hsim.results;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A results CSV file held as text cells, with the line each record started on, so that every complaint
 * about a value can name file, line and column. Parsed by FastCSV ({@link Csv}); numbers on demand.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String[]> rows;
    private final int[] lines;

    private CsvTable(String source, List<String> header, List<String[]> rows, int[] lines) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = rows;
        this.lines = lines;
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) {
                throw new ResultsException(source, 1, header.get(i), "column appears twice in the header");
            }
        }
    }

    /** Reads a whole file; every record must have as many fields as the header. */
    public static CsvTable read(Path file) throws IOException {
        List<String[]> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        parse(file, (rec, line) -> {
            records.add(rec);
            starts.add(line);
        });
        String source = file.toString();
        if (records.isEmpty()) throw new ResultsException(source, 1, null, "file is empty; a header line is required");
        List<String> header = List.of(records.get(0));
        int[] lines = new int[records.size() - 1];
        for (int i = 1; i < records.size(); i++) {
            lines[i - 1] = starts.get(i);
            checkWidth(source, records.get(i), header.size(), starts.get(i));
        }
        return new CsvTable(source, header, new ArrayList<>(records.subList(1, records.size())), lines);
    }

    /** Called for a streamed file: once with the header (no rows yet), then once per record as row 0. */
    public interface RowHandler {
        default void header(CsvTable table) {}

        void row(CsvTable table, int row);
    }

    /**
     * Reads a file record by record without holding it (daily.csv of a sweep can be millions of rows).
     * The handler sees a one-row table whose row 0 is the current record; the same checks apply.
     */
    public static void stream(Path file, RowHandler handler) throws IOException {
        String source = file.toString();
        CsvTable[] table = {null};
        parse(file, (rec, line) -> {
            if (table[0] == null) {
                table[0] = new CsvTable(source, List.of(rec), new ArrayList<>(List.<String[]>of(rec)), new int[] {line});
                handler.header(table[0]);
                return;
            }
            checkWidth(source, rec, table[0].header.size(), line);
            table[0].rows.set(0, rec);
            table[0].lines[0] = line;
            handler.row(table[0], 0);
        });
        if (table[0] == null) throw new ResultsException(source, 1, null, "file is empty; a header line is required");
    }

    private interface Sink {
        void record(String[] fields, int line);
    }

    private static void parse(Path file, Sink sink) throws IOException {
        requireFile(file);
        try (CsvReader<CsvRecord> r = Csv.reader().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord rec : r) sink.record(rec.getFields().toArray(new String[0]), (int) rec.getStartingLineNumber());
        } catch (CsvParseException e) {
            throw Csv.located(file.toString(), e);
        }
    }

    private static void checkWidth(String source, String[] rec, int width, int line) {
        if (rec.length != width) {
            throw new ResultsException(source, line, null, "record has " + rec.length + " fields but the header has " + width);
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            Path dir = file.toAbsolutePath().getParent();
            throw new ResultsException(dir == null ? "results folder" : dir.toString(), 0, String.valueOf(file.getFileName()),
                    "required file is missing (or is not a regular file)");
        }
    }

    public String source() { return source; }
    public List<String> header() { return header; }
    /** Rows held; a streamed table always holds the one current row. */
    public int size() { return rows.size(); }
    public boolean has(String column) { return index.containsKey(column); }
    public int line(int row) { return lines[row]; }

    /** Fails with a message naming the file when a required column is absent. */
    public void require(String... columns) {
        for (String c : columns) {
            if (!has(c)) throw new ResultsException(source, 1, c, "required column is missing from the header " + header);
        }
    }

    public void require(List<String> columns) { require(columns.toArray(new String[0])); }

    public String text(int row, String column) {
        Integer c = index.get(column);
        if (c == null) throw new ResultsException(source, 1, column, "column is missing from the header");
        return rows.get(row)[c];
    }

    /** A number; {@code NaN} and an empty (missing) field both read as NaN. */
    public double number(int row, String column) {
        String s = text(row, column);
        Double v = Csv.parse(s);
        if (v == null) {
            throw new ResultsException(source, lines[row], column, "'" + ResultsException.abbreviate(s.strip(), 40) + "' is not a number");
        }
        return v;
    }

    /** An integer field that must be present, within [min, max]. */
    public long integer(int row, String column, long min, long max) {
        String s = text(row, column).strip();
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ResultsException(source, lines[row], column, "'" + ResultsException.abbreviate(s, 40)
                    + "' is not an integer; allowed " + min + ".." + max);
        }
        if (v < min || v > max) throw new ResultsException(source, lines[row], column, v + " is out of range; allowed " + min + ".." + max);
        return v;
    }

    /** Text that must not be empty. */
    public String required(int row, String column) {
        String s = text(row, column);
        if (s.isBlank()) throw new ResultsException(source, lines[row], column, "value is empty; a non-empty text is required");
        return s;
    }
}
