package hsim.model.city;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import hsim.model.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data/ CSV file (RFC 4180 through FastCSV, the library of every CSV the project reads or writes:
 * quoted fields may hold commas, doubled quotes and line breaks), header first; blank lines and lines
 * starting with '#' are skipped. Every problem becomes an {@link InputException} naming the file, the
 * line a record starts on and the column.
 */
public final class CsvTable {
    final String source;
    final List<String> header;
    final List<String[]> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    public CsvTable(String source, String text, String... requiredColumns) {
        this.source = source;
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> head = null;
        int headLine = 0;
        CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false).ofCsvRecord(text);
        try {
            for (CsvRecord rec : reader) {
                int line = (int) rec.getStartingLineNumber();
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) continue; // a line of spaces
                if (head == null) {
                    head = rec.getFields();
                    headLine = line;
                    continue;
                }
                String[] f = rec.getFields().toArray(new String[0]);
                if (f.length != head.size()) {
                    String missing = f.length < head.size() ? head.get(f.length) : "(extra value)";
                    throw new InputException(source, line, missing, "row has " + f.length + " values; expected "
                            + head.size() + " (" + String.join(",", head) + ")");
                }
                rows.add(f);
                lines.add(line);
            }
        } catch (CsvParseException e) {
            throw malformed(e);
        }
        if (head == null) throw new InputException(source, 0, null, "file is empty; expected a header with " + String.join(",", requiredColumns));
        header = List.copyOf(head);
        for (String col : requiredColumns) {
            if (!header.contains(col)) {
                throw new InputException(source, headLine, col, "missing column; the header must contain " + String.join(",", requiredColumns));
            }
        }
    }

    private static final Pattern AT_LINE = Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");

    /** FastCSV's complaint (e.g. an unclosed quote), located at the line its record starts on. */
    private InputException malformed(CsvParseException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher m = AT_LINE.matcher(msg);
        int line = 0;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            msg = m.replaceAll("");
        }
        return new InputException(source, line, null, "malformed CSV: " + msg.replace("Exception", "error"), e);
    }

    /** The header's column names, in file order. */
    public List<String> header() { return header; }

    /** Rows, header excluded. */
    public int size() { return rows.size(); }

    /** The line row {@code row} starts on (1-based, counting every line of the file). */
    public int line(int row) { return lines.get(row); }

    /** The stripped text of a column; the column must be in the header. */
    public String get(int row, String column) { return rows.get(row)[index(column)].strip(); }

    private int index(String column) {
        int i = header.indexOf(column);
        if (i < 0) throw new InputException(source, 0, column, "missing column; the header is " + String.join(",", header));
        return i;
    }

    public String required(int row, String column) {
        String v = get(row, column);
        if (v.isEmpty()) throw new InputException(source, line(row), column, "empty; a value is required");
        return v;
    }

    public double number(int row, String column, double min, double max) {
        String v = required(row, column);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InputException(source, line(row), column, "'" + v + "' is not a number; allowed " + min + ".." + max);
        }
        if (!(d >= min && d <= max)) {
            throw new InputException(source, line(row), column, v + " is out of range; allowed " + min + ".." + max);
        }
        return d;
    }

    public long integer(int row, String column, long min, long max) {
        String v = required(row, column);
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InputException(source, line(row), column, "'" + v + "' is not a whole number; allowed " + min + ".." + max);
        }
        if (n < min || n > max) throw new InputException(source, line(row), column, v + " is out of range; allowed " + min + ".." + max);
        return n;
    }

    public boolean bool(int row, String column) {
        String v = required(row, column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InputException(source, line(row), column, "'" + v + "' is not true/false");
        };
    }
}
