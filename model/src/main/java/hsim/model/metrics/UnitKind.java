package hsim.model.metrics;

/** The kinds of unit agents a unit trace lists (column {@code kind} of the trace, in these lower-case names). */
public enum UnitKind {
    HNP_SQUAD, RAPID_FORCE_UNIT, SPECIAL_FORCE_TEAM, GANG_CELL;

    /** The name written in traces: {@code hnp_squad}, {@code rapid_force_unit}, ... */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
