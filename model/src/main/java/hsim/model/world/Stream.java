package hsim.model.world;

import hsim.model.core.Rng;

/**
 * The purposes of the world's random streams, one per process that draws. A draw is keyed by (run seed,
 * id, hour, purpose) ({@link Rng#key}); two processes must never share a key, so each has its own
 * purpose here and {@link Streams} checks it in tests. (The home cells of the civilians come from the
 * city's own generator, seeded with {@code Rng.derive(seed, 1)}, not from a keyed stream.)
 */
public enum Stream {
    /** The synthetic gangs of the starting roster (id 0, hour -1). */
    GANG_ROSTER("gangs.roster"),
    /** Each civilian's starting risk aversion (id = agent, hour -1). */
    CIVILIAN_START("people.start"),
    /** Each civilian's chronic hardship (id = agent, hour -1, one draw). */
    HARDSHIP_BASELINE("people.hardship_baseline"),
    /** Who of the residents of gang-held cells starts displaced, and where to (id = agent, hour -1). */
    START_DISPLACEMENT("people.start_displacement"),
    /** A civilian's day: cholera, flight or return (id = agent). */
    CIVILIAN_DAY("people.civilian_day"),
    /** Where a fleeing civilian goes (id = agent). */
    FLIGHT("people.flight"),
    /** The arrest rule's sample of a gang's ground (id = gang). */
    ARRESTS("gangs.arrests"),
    /** Cleared ground going back to its gang (id 4). */
    REINFILTRATION("gangs.reinfiltration"),
    /** A gang's expansion attempts and border fights (id = gang). */
    GANG_EXPANSION("gangs.expansion"),
    /** Which agents join, die, are jailed or leave a gang (id = running event count, hour 0). */
    MEMBERSHIP("gangs.membership"),
    /** Which civilians near a fight are killed or wounded (id = running event count, hour 0). */
    CASUALTIES("people.casualties"),
    /** Succession or splintering of leaderless gangs (id 5). */
    GANG_LEADERSHIP("gangs.leadership"),
    /** Gang attacks on critical sites and police posts (id 2). */
    GANG_ATTACKS("gangs.attacks"),
    /** The security day: operations, raids and their fights (id 3). */
    SECURITY_DAY("security.day"),
    /** The morning dispatch of convoys (id 0). */
    SUPPLY_DISPATCH("supply.dispatch"),
    /** The hourly movement of convoys and their checkpoint meetings (id 1). */
    CONVOYS("supply.convoys");

    /** The 64-bit purpose tag. */
    public final long tag;

    Stream(String name) { this.tag = Rng.purpose(name); }
}
