package hsim.model.city;

import java.io.Serializable;

/**
 * A commune (ADM2 unit): pcode number (HT0111 -> 111), name and the population hsim places in it.
 * Communes outside the modelled metro area have population 0: their cells are land, but empty.
 */
public record Commune(int code, String name, long population, String source) implements Serializable {
    public boolean populated() { return population > 0; }
}
