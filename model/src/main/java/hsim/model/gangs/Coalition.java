package hsim.model.gangs;

import java.util.Locale;

/**
 * The two federations of Port-au-Prince gangs in 2022 and the unaligned groups. G9 an Fanmi e Alye
 * (Cherizier) and G-Pep (Gabriel Jean-Pierre) were rivals until the Viv Ansanm alliance of Sept 2023
 * (literature.md §5.1); members of one coalition do not fight each other.
 */
public enum Coalition {
    G9, GPEP, INDEPENDENT;

    public static Coalition parse(String s) {
        return switch (s.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "G9" -> G9;
            case "GPEP" -> GPEP;
            case "INDEPENDENT", "NONE", "" -> INDEPENDENT;
            default -> throw new IllegalArgumentException("unknown coalition '" + s + "'; expected G9, G-Pep or independent");
        };
    }

    /** Whether two gangs of these coalitions treat each other as rivals at their borders. */
    public boolean rivalOf(Coalition other) {
        return this == INDEPENDENT || other == INDEPENDENT || this != other;
    }
}
