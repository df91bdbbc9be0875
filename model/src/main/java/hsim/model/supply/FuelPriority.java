package hsim.model.supply;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.List;

/**
 * Hospitals' first call on the day's fuel. In the 2022 fuel crisis the UN asked for fuel to reach health
 * centres and water treatment first (a humanitarian corridor, literature.md §0); here each origin's
 * dispatcher sets aside up to {@code supply.hospital_fuel_priority_share} of its day's fuel for the
 * hospitals' generator tanks, shared among the hospitals in proportion to their shortfall, before the
 * water points get theirs. The cap is the documented limit when fuel is scarce: hospitals do not take
 * the whole of a trickle (the blockade did close health centres). 1 is strict priority; 0 leaves
 * hospitals no fuel at all.
 */
public record FuelPriority(double hospitalShare) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Param HOSPITAL_SHARE = Param.number("supply.hospital_fuel_priority_share", 0.1, 0, 1, "share",
            "assumption (the UN RC/HC's call of 7 Oct 2022 for fuel to health centres and water treatment first, "
                    + "literature.md §0; the share set aside is not reported)",
            "Most of an origin's day's fuel set aside first for hospitals' generator tanks (the rest goes to water points)");

    public static List<Param> params() { return List.of(HOSPITAL_SHARE); }

    public static FuelPriority from(Scenario s) { return new FuelPriority(s.number(HOSPITAL_SHARE.key())); }

    /** The catalog default (for hand-built networks in tests and tools that have no scenario). */
    public static FuelPriority defaults() { return new FuelPriority(Double.parseDouble(HOSPITAL_SHARE.defaultText())); }

    /** Fuel set aside for hospitals out of {@code dayFuel}, when they are {@code shortfall} short in all. */
    double reserve(double dayFuel, double shortfall) { return Math.max(0, Math.min(shortfall, hospitalShare * dayFuel)); }
}
