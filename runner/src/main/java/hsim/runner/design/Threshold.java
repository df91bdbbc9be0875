package hsim.runner.design;

/** "outcome fails when value OP limit", e.g. {@code fuel_need_met_day180: "< 0.5"}; PRIM looks for where it holds. */
public record Threshold(String outcome, String op, double value) {
    public Threshold {
        if (!(op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">="))) {
            throw new IllegalArgumentException("comparison must be <, <=, > or >=: " + op);
        }
    }

    /** True when {@code x} meets the condition of interest (NaN never does). */
    public boolean test(double x) {
        if (Double.isNaN(x)) return false;
        return switch (op) {
            case "<" -> x < value;
            case "<=" -> x <= value;
            case ">" -> x > value;
            default -> x >= value;
        };
    }

    /** The text form, as written in the design file and prim.csv. */
    public String text() {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        return op + " " + v;
    }
}
