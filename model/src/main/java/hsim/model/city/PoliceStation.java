package hsim.model.city;

import java.io.Serializable;
import java.util.Locale;

/**
 * An HNP commissariat or sub-commissariat (police-stations.csv): the home of HNP squads. Its facility has kind
 * {@link FacilityKind#POLICE_STATION}, so code that only needs where the stations are reads the facility list.
 */
public record PoliceStation(Facility facility, Kind kind) implements Serializable {
    /** A commune's main station or a neighbourhood sub-station (the {@code kind} column). */
    public enum Kind {
        COMMISSARIAT, SUB_COMMISSARIAT;

        /** Case-insensitive parse; null if unknown. */
        public static Kind parse(String s) {
            if (s == null) return null;
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    public int cell() { return facility.cell(); }

    public String id() { return facility.id(); }
}
