package hsim.runner.design;

/** How design points are chosen. COMPARE has one point (the options themselves) and no factors. */
public enum DesignKind {
    COMPARE("compare"), FULL_FACTORIAL("full-factorial"), LHS("lhs"), NOLH("nolh");

    private final String text;

    DesignKind(String text) { this.text = text; }

    public String text() { return text; }

    public static DesignKind parse(String s) {
        for (DesignKind k : values()) if (k != COMPARE && k.text.equals(s)) return k;
        return null;
    }
}
