package hsim.model.scenario;

import hsim.model.InputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * One scenario parameter: its key, type, allowed range, default, unit and where its value comes from
 * ("assumption" when nothing better exists). The catalog of these is the single source of truth for
 * validation, the scenario files and docs/CALIBRATION.md.
 */
public record Param(String key, Kind kind, double min, double max, List<String> choices,
                    String defaultText, String unit, String source, String description) {

    /**
     * Plain decimal notation only. Java's parsers also take "0x1p3", "1d", "1f", "NaN", "Infinity" and
     * (for integers) non-ASCII digits; none of those is something a scenario author means, so they
     * are refused by name rather than half-understood.
     */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    /** ISO dates with a four-digit year; LocalDate.parse would also take "+999999999-12-31". */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public enum Kind { NUMBER, INTEGER, BOOLEAN, CHOICE, DATE }

    public static Param number(String key, double def, double min, double max, String unit, String source, String description) {
        return new Param(key, Kind.NUMBER, min, max, List.of(), fmt(def), unit, source, description);
    }

    public static Param integer(String key, long def, long min, long max, String unit, String source, String description) {
        return new Param(key, Kind.INTEGER, min, max, List.of(), Long.toString(def), unit, source, description);
    }

    public static Param flag(String key, boolean def, String source, String description) {
        return new Param(key, Kind.BOOLEAN, 0, 1, List.of(), Boolean.toString(def), "", source, description);
    }

    public static Param choice(String key, String def, List<String> choices, String source, String description) {
        return new Param(key, Kind.CHOICE, 0, 0, List.copyOf(choices), def, "", source, description);
    }

    public static Param date(String key, String def, String source, String description) {
        return new Param(key, Kind.DATE, 0, 0, List.of(), def, "", source, description);
    }

    /** Human-readable allowed range, used verbatim in error messages. */
    public String allowed() {
        return switch (kind) {
            case NUMBER -> "a number in [" + fmt(min) + ", " + fmt(max) + "]" + (unit.isEmpty() ? "" : " " + unit);
            case INTEGER -> "an integer in [" + (long) min + ", " + (long) max + "]" + (unit.isEmpty() ? "" : " " + unit);
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case DATE -> "a date YYYY-MM-DD";
        };
    }

    /**
     * Checks {@code text} against type and range and returns its canonical text form (so that
     * "2500.0" and "2500" give the same scenario hash).
     */
    public String canonical(String text, String source, int line) {
        String t = text == null ? "" : text.strip();
        try {
            switch (kind) {
                case NUMBER -> {
                    if (!DECIMAL.matcher(t).matches()) throw bad(t, source, line);
                    double v = Double.parseDouble(t);
                    if (Double.isNaN(v) || v < min || v > max || Double.isInfinite(v)) throw bad(t, source, line);
                    return fmt(v);
                }
                case INTEGER -> {
                    if (!DECIMAL.matcher(t).matches()) throw bad(t, source, line);
                    double d = Double.parseDouble(t);
                    if (Double.isNaN(d) || d != Math.rint(d) || d < min || d > max || Math.abs(d) > 9.0e15) throw bad(t, source, line);
                    return Long.toString((long) d);
                }
                case BOOLEAN -> {
                    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) return t.toLowerCase(Locale.ROOT);
                    throw bad(t, source, line);
                }
                case CHOICE -> {
                    if (choices.contains(t)) return t;
                    throw bad(t, source, line);
                }
                case DATE -> {
                    if (!ISO_DATE.matcher(t).matches()) throw bad(t, source, line);
                    return LocalDate.parse(t).toString();
                }
                default -> throw new IllegalStateException();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw bad(t, source, line);
        }
    }

    private InputException bad(String t, String source, int line) {
        String shown = InputException.abbreviate(t, 40);
        return new InputException(source, line, key, "value '" + shown + "' is not allowed; expected " + allowed());
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
