package hsim.results;

/**
 * Bad content in a results or data file: the message names the file, the line (when known) and the
 * column, like the model's {@code InputException}, which the report and runner turn it into (exit 2).
 */
public class ResultsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    public ResultsException(String source, int line, String field, String problem) {
        super(format(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public String source() { return source; }
    public int line() { return line; }
    public String field() { return field; }
    public String problem() { return problem; }

    private static String format(String source, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) sb.append(':').append(line);
        if (field != null && !field.isEmpty()) sb.append(": field '").append(abbreviate(field, 80)).append('\'');
        return sb.append(": ").append(problem).toString();
    }

    /** {@code s} cut to at most {@code max} characters, marked with "..." when cut. */
    public static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }
}
