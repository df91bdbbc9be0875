package hsim.model.city;

import hsim.model.InputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV reader for the city data files (RFC 4180 quoting, one record per line, header first).
 * Every problem becomes an {@link InputException} naming the file, line and column.
 */
final class CsvTable {
    final String source;
    final List<String> header;
    final List<String[]> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    CsvTable(String source, String text, String... requiredColumns) {
        this.source = source;
        String[] all = text.split("\r?\n", -1);
        int first = 0;
        while (first < all.length && all[first].isBlank()) first++;
        if (first == all.length) throw new InputException(source, 0, null, "file is empty; expected a header with " + String.join(",", requiredColumns));
        String head = all[first];
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        header = Arrays.asList(split(head, first + 1));
        for (String col : requiredColumns) {
            if (!header.contains(col)) {
                throw new InputException(source, first + 1, col, "missing column; the header must contain " + String.join(",", requiredColumns));
            }
        }
        for (int i = first + 1; i < all.length; i++) {
            String l = all[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = split(l, i + 1);
            if (f.length != header.size()) {
                String missing = f.length < header.size() ? header.get(f.length) : "(extra value)";
                throw new InputException(source, i + 1, missing, "row has " + f.length + " values; expected "
                        + header.size() + " (" + String.join(",", header) + ")");
            }
            rows.add(f);
            lines.add(i + 1);
        }
    }

    int size() { return rows.size(); }

    int line(int row) { return lines.get(row); }

    String get(int row, String column) { return rows.get(row)[header.indexOf(column)].strip(); }

    String required(int row, String column) {
        String v = get(row, column);
        if (v.isEmpty()) throw new InputException(source, line(row), column, "empty; a value is required");
        return v;
    }

    double number(int row, String column, double min, double max) {
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

    long integer(int row, String column, long min, long max) {
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

    boolean bool(int row, String column) {
        String v = required(row, column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InputException(source, line(row), column, "'" + v + "' is not true/false");
        };
    }

    private String[] split(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') { sb.append('"'); i++; }
                    else quoted = false;
                } else sb.append(ch);
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else sb.append(ch);
        }
        if (quoted) throw new InputException(source, lineNo, null, "unterminated quoted value");
        out.add(sb.toString());
        return out.toArray(new String[0]);
    }
}
