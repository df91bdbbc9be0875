package hsim.viz.report;

import hsim.model.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 4180 CSV file held as text cells, with the line each record started on, so that every
 * complaint about a value can name file, line and column. Numbers are parsed on demand.
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
                throw new InputException(source, 1, header.get(i), "column appears twice in the header");
            }
        }
    }

    /** Reads a whole file; every record must have as many fields as the header. */
    public static CsvTable read(Path file) throws IOException {
        String source = file.toString();
        requireFile(file);
        List<String[]> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new Parser(source, r).parse((rec, line) -> {
                records.add(rec);
                starts.add(line);
            });
        }
        if (records.isEmpty()) throw new InputException(source, 1, null, "file is empty; a header line is required");
        List<String> header = List.of(records.get(0));
        int[] lines = new int[records.size() - 1];
        for (int i = 1; i < records.size(); i++) {
            String[] rec = records.get(i);
            lines[i - 1] = starts.get(i);
            if (rec.length != header.size()) {
                throw new InputException(source, starts.get(i), null, "record has " + rec.length
                        + " fields but the header has " + header.size());
            }
        }
        return new CsvTable(source, header, new ArrayList<>(records.subList(1, records.size())), lines);
    }

    /** Receives parsed records with the line each started on. */
    private interface Sink {
        void record(String[] fields, int line) throws IOException;
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
        requireFile(file);
        CsvTable[] table = {null};
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new Parser(source, r).parse((rec, line) -> {
                if (table[0] == null) {
                    table[0] = new CsvTable(source, List.of(rec), new ArrayList<>(List.<String[]>of(rec)), new int[] {line});
                    handler.header(table[0]);
                    return;
                }
                if (rec.length != table[0].header.size()) {
                    throw new InputException(source, line, null, "record has " + rec.length
                            + " fields but the header has " + table[0].header.size());
                }
                table[0].rows.set(0, rec);
                table[0].lines[0] = line;
                handler.row(table[0], 0);
            });
        }
        if (table[0] == null) throw new InputException(source, 1, null, "file is empty; a header line is required");
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            Path dir = file.toAbsolutePath().getParent();
            throw new InputException(dir == null ? "results folder" : dir.toString(), 0, String.valueOf(file.getFileName()),
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
            if (!has(c)) throw new InputException(source, 1, c, "required column is missing from the header " + header);
        }
    }

    public String text(int row, String column) {
        Integer c = index.get(column);
        if (c == null) throw new InputException(source, 1, column, "column is missing from the header");
        return rows.get(row)[c];
    }

    /** A number; an empty field is NaN (the results format writes missing values that way). */
    public double number(int row, String column) {
        String s = text(row, column).trim();
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InputException(source, lines[row], column, "'" + InputException.abbreviate(s, 40) + "' is not a number");
        }
    }

    /** An integer field that must be present, within [min, max]. */
    public long integer(int row, String column, long min, long max) {
        String s = text(row, column).trim();
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new InputException(source, lines[row], column, "'" + InputException.abbreviate(s, 40) + "' is not an integer; allowed " + min + ".." + max);
        }
        if (v < min || v > max) throw new InputException(source, lines[row], column, v + " is out of range; allowed " + min + ".." + max);
        return v;
    }

    /** Text that must not be empty. */
    public String required(int row, String column) {
        String s = text(row, column);
        if (s.isBlank()) throw new InputException(source, lines[row], column, "value is empty; a non-empty text is required");
        return s;
    }

    /** Streaming RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks. */
    private static final class Parser {
        private final String source;
        private final BufferedReader in;
        private int line = 1;

        Parser(String source, BufferedReader in) {
            this.source = source;
            this.in = in;
        }

        void parse(Sink sink) throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            boolean any = false;
            int start = 1;
            int c;
            while ((c = in.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            afterQuote = true;
                            if (next != -1) in.reset();
                        }
                    } else {
                        if (c == '\n') line++;
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    any = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') in.reset();
                    }
                    if (any || field.length() > 0 || afterQuote) {
                        fields.add(field.toString());
                        sink.record(fields.toArray(new String[0]), start);
                    }
                    fields.clear();
                    field.setLength(0);
                    afterQuote = false;
                    any = false;
                    line++;
                    start = line;
                } else if (c == '"') {
                    if (field.length() > 0 || afterQuote) {
                        throw new InputException(source, line, "column " + (fields.size() + 1), "stray quote inside an unquoted field");
                    }
                    quoted = true;
                    any = true;
                } else {
                    if (afterQuote) {
                        throw new InputException(source, line, "column " + (fields.size() + 1), "text after a closing quote");
                    }
                    field.append((char) c);
                    any = true;
                }
            }
            if (quoted) throw new InputException(source, start, "column " + (fields.size() + 1), "quoted field is never closed");
            if (any || field.length() > 0 || afterQuote) {
                fields.add(field.toString());
                sink.record(fields.toArray(new String[0]), start);
            }
        }
    }
}
