package hsim.model.city;

import java.util.Locale;

/** What a facility is; the {@code kind} column of facilities.csv holds the constant's name. */
public enum FacilityKind {
    SEAPORT, FUEL_TERMINAL, AIRPORT, HOSPITAL, CLINIC, MARKET, POLICE_STATION, WATER_POINT, POWER_PLANT,
    MILITARY_BASE, GOVERNMENT, ROAD_JUNCTION, OTHER;

    /** Case-insensitive parse; null if unknown. */
    public static FacilityKind parse(String s) {
        if (s == null) return null;
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
