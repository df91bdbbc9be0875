package hsim.model.truce;

import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;

import java.util.Locale;

/**
 * A named humanitarian corridor: the roads from every origin of one kind to every distribution point of
 * another kind. The UN's humanitarian coordinator asked for a corridor for fuel and water during the
 * Varreux blockade (Reuters via Stabroek News, 7 Oct 2022; literature.md §0), so the fuel corridors are
 * on by default; the port and airport corridors carry food and medical goods (UN SG letter of 9 Oct 2022:
 * "free flow of water, fuel, food and medical supplies from main ports and airports").
 */
public enum Corridor {
    VARREUX_WATER_POINTS(FacilityKind.FUEL_TERMINAL, FacilityKind.WATER_POINT, true),
    VARREUX_HOSPITALS(FacilityKind.FUEL_TERMINAL, FacilityKind.HOSPITAL, true),
    PORT_MARKETS(FacilityKind.SEAPORT, FacilityKind.MARKET, false),
    PORT_HOSPITALS(FacilityKind.SEAPORT, FacilityKind.HOSPITAL, false),
    AIRPORT_HOSPITALS(FacilityKind.AIRPORT, FacilityKind.HOSPITAL, false);

    public final FacilityKind from, to;
    /** Whether a truce scenario opens it unless told otherwise. */
    public final boolean openByDefault;

    Corridor(FacilityKind from, FacilityKind to, boolean openByDefault) {
        this.from = from;
        this.to = to;
        this.openByDefault = openByDefault;
    }

    /** The scenario key that opens it: {@code truce.corridor_varreux_water_points}, ... */
    public String key() { return "truce.corridor_" + name().toLowerCase(Locale.ROOT); }

    /** How analysts write it: {@code varreux->water_points}. */
    public String label() {
        String n = name().toLowerCase(Locale.ROOT);
        int i = n.indexOf('_');
        return n.substring(0, i) + "->" + n.substring(i + 1);
    }

    /** Whether a convoy from {@code origin} to {@code destination} drives this corridor. */
    public boolean carries(Facility origin, Facility destination) { return origin.kind() == from && destination.kind() == to; }
}
