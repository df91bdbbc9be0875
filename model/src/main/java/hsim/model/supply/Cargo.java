package hsim.model.supply;

/**
 * What convoys carry. Needs are per resident per day and are assumptions where noted in the parameter
 * catalog.
 */
public enum Cargo {
    /** US gallons. */
    FUEL,
    /** Cubic metres; water is pumped at the water points, not trucked. */
    WATER,
    /** Tonnes. */
    FOOD,
    /** Kits (one kit treats one patient-day). */
    MEDICAL
}
