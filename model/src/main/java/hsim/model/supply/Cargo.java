package hsim.model.supply;

/**
 * What convoys carry, with the unit each is counted in. Needs are per resident per day and are
 * assumptions where noted in the parameter catalog.
 */
public enum Cargo {
    FUEL("US gal"), WATER("m3"), FOOD("t"), MEDICAL("kit");

    public final String unit;

    Cargo(String unit) { this.unit = unit; }
}
