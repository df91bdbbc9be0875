package hsim.model;

import java.util.Locale;

/**
 * Bad input from a user-supplied source: a scenario, data or design file, or a command-line value.
 * The message always names where (file and line when known), what (the field or key) and what is
 * allowed, so that the runner can print it as-is and exit with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String field;

    public InputException(String source, int line, String field, String problem) {
        super(format(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
    }

    public InputException(String source, int line, String field, String problem, Throwable cause) {
        this(source, line, field, problem);
        initCause(cause);
    }

    /** Longest field name shown in a message; a megabyte-long key must not become a megabyte-long message. */
    static final int MAX_FIELD_SHOWN = 80;

    private static String format(String source, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : printable(source));
        if (line > 0) sb.append(':').append(line);
        if (field != null && !field.isEmpty()) sb.append(": field '").append(printable(abbreviate(field, MAX_FIELD_SHOWN))).append('\'');
        sb.append(": ").append(printable(problem));
        return sb.toString();
    }

    /** {@code s} cut to at most {@code max} characters, marked with "..." when cut. */
    public static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }

    /**
     * The message goes to a terminal or a Slurm log as one line: control characters (NUL, CR, escape
     * sequences), line separators, invisible format characters (BOM, zero-width space, bidi overrides)
     * and broken surrogates are shown as a backslash, "u" and four hex digits so the user can see what is wrong and the
     * terminal is not rewritten by the input it is complaining about.
     */
    public static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (sb != null) sb.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            if (visible(c)) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean visible(char c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }

    /** The file, resource or "command line" that held the bad value. */
    public String source() { return source; }

    /** 1-based line, or 0 when the input has no lines (a command-line value). */
    public int line() { return line; }

    /** The key, column or option that was wrong. */
    public String field() { return field; }
}
