package hsim.runner;

/** CSV formatting shared by every writer, so numbers round-trip exactly and text is quoted once. */
public final class Csv {
    private Csv() {}

    /** Shortest text that parses back to the same double; integers without ".0"; NaN as empty. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Quotes a field when it holds a comma, quote or newline. */
    public static String text(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
