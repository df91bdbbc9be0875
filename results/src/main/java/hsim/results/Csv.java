package hsim.results;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV dialect of every results file: RFC 4180 through FastCSV, comma separated, fields quoted
 * only when they hold a comma, quote or line break, "\n" line ends, UTF-8. Numbers are written so that
 * they parse back exactly; NaN is the text {@code NaN} and a missing value is an empty field.
 */
public final class Csv {
    /** The field of a value that is missing (not computed, not applicable), as opposed to NaN. */
    public static final String MISSING = "";

    private Csv() {}

    /** Shortest text that parses back to the same double; integers without ".0"; NaN as {@code NaN}. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** {@link #number} of a value that may be missing (null). */
    public static String number(Double v) {
        return v == null ? MISSING : number(v.doubleValue());
    }

    /** A number field: empty (missing) and {@code NaN} both read as NaN; null when it is not a number. */
    public static Double parse(String field) {
        String s = field.strip();
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A writer of records in this dialect; closing it closes {@code out}. */
    public static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    }

    /** One record as text, with its line end. */
    public static String line(List<String> fields) {
        StringWriter sw = new StringWriter();
        try (CsvWriter w = writer(sw)) {
            w.writeRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return sw.toString();
    }

    /**
     * Every record of {@code text}, empty lines included (as one empty field): a record's line breaks
     * inside quotes are kept. {@code source} names the text in errors.
     */
    public static List<String[]> records(String source, String text) {
        List<String[]> out = new ArrayList<>();
        try (CsvReader<CsvRecord> r = reader().skipEmptyLines(false).ofCsvRecord(text)) {
            for (CsvRecord rec : r) out.add(rec.getFields().toArray(new String[0]));
        } catch (CsvParseException e) {
            throw located(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A strict reader (FastCSV refuses text after a closing quote by default; an unclosed quote too here)
     * that lets any field count through, for callers to report with the line and the header's width.
     */
    public static CsvReader.CsvReaderBuilder reader() {
        return CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).allowUnclosedQuote(false);
    }

    /** FastCSV's parse error as a located one: its message says where the broken record started. */
    public static ResultsException located(String source, CsvParseException e) {
        String msg = e.getMessage();
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null) msg = msg + ": " + c.getMessage();
        int line = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(msg);
        if (m.find()) line = Integer.parseInt(m.group(1));
        return new ResultsException(source, line, null, "malformed CSV (" + msg + ")");
    }
}
