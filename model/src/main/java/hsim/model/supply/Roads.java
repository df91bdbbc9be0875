package hsim.model.supply;

/**
 * What the supply network needs to know of the roads it drives: which gang holds a road cell, how strong
 * its checkpoint is, where the gang's takings go, and the escort the security forces give a convoy. The
 * world model implements it; tests hand-build it.
 */
public interface Roads {
    /** Gang id holding the cell, or a negative number for none. */
    int gangAt(int cell);

    /** Strength the gang puts on one checkpoint. */
    double checkpointStrength(int gang);

    /** Money the gang makes from a passage (tolls, ransom, loot resale). */
    void gangIncome(int gang, double usd);

    /** Escort strength given to a convoy of this cargo (HNP officers and foreign troops, quality-weighted). */
    double escort(Cargo cargo);
}
