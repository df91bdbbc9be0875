package hsim.model.city;

/**
 * What kind of road a cell carries, with the free-flow speed of a loaded truck on it. The speeds are
 * hsim assumptions, not measurements: 40 km/h on the paved national roads and main boulevards (heavy
 * trucks in Port-au-Prince rarely exceed this even without congestion), 25 km/h on secondary roads
 * (narrower, steeper, e.g. Route de Kenscoff), 15 km/h on ordinary streets and tracks, which every land
 * cell is assumed to have. Sea cells are {@link #NONE} and impassable.
 */
public enum RoadClass {
    NONE(0.0),
    STREET(15.0),
    SECONDARY(25.0),
    ARTERIAL(40.0);

    private final double speedKmh;

    RoadClass(double speedKmh) { this.speedKmh = speedKmh; }

    /** Free-flow speed of a loaded truck, km/h (0 = impassable). */
    public double speedKmh() { return speedKmh; }

    /** Parses the {@code class} column of roads.csv ("arterial", "secondary", "street"); null if unknown. */
    public static RoadClass parse(String s) {
        if (s == null) return null;
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "arterial" -> ARTERIAL;
            case "secondary" -> SECONDARY;
            case "street" -> STREET;
            default -> null;
        };
    }
}
