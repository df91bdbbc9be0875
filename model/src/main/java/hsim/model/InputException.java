package hsim.model;

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

    private static String format(String source, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : source);
        if (line > 0) sb.append(':').append(line);
        if (field != null && !field.isEmpty()) sb.append(": field '").append(field).append('\'');
        sb.append(": ").append(problem);
        return sb.toString();
    }

    /** The file, resource or "command line" that held the bad value. */
    public String source() { return source; }

    /** 1-based line, or 0 when the input has no lines (a command-line value). */
    public int line() { return line; }

    /** The key, column or option that was wrong. */
    public String field() { return field; }
}
