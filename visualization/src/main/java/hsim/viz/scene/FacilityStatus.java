package hsim.viz.scene;

import hsim.model.metrics.MapSnapshot;

/** What a facility looks like to someone who needs it: open, short of supplies, closed, or held by a gang. */
public enum FacilityStatus {
    OPEN, SHORT_OF_SUPPLIES, CLOSED, GANG_HELD;

    /** Below this share of demand met on any cargo, a distribution point counts as short (a display class, not a model rule). */
    static final double SHORT_BELOW = 0.5;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); }

    /** The status of a facility: gang ownership of its cell first, then whether it is open, then its stocks. */
    public static FacilityStatus of(MapSnapshot.Site s) {
        if (s.gangHeld()) return GANG_HELD;
        if (!s.open()) return CLOSED;
        return s.leastMet() < SHORT_BELOW ? SHORT_OF_SUPPLIES : OPEN;
    }

    /** The status with this {@link #label()}, or null. */
    public static FacilityStatus ofLabel(String label) {
        for (FacilityStatus s : values()) if (s.label().equals(label)) return s;
        return null;
    }
}
