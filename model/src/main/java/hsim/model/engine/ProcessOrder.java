package hsim.model.engine;

/**
 * Suggested order slots within one simulated hour (lower runs first). The slots follow the data
 * flow of a step: decisions and events, then indexes and aggregates that agents read, then the
 * agents' phases, then the serial resolution of their intents, then metrics. Any int in
 * [{@link #MIN}, {@link #MAX}] may be used; processes with equal order run in registration order.
 */
public final class ProcessOrder {
    private ProcessOrder() {}

    public static final int MIN = -1_000_000;
    public static final int MAX = 1_000_000;

    /** Timeline and policy events: deployments, sanctions, mission phases. */
    public static final int EVENTS = 0;
    /** Rebuilding spatial indexes and per-cell aggregates from the previous hour's state. */
    public static final int INDEX = 100;
    /** Civilians: hardship, legitimacy, recruitment, movement intents, cholera. */
    public static final int PEOPLE = 200;
    /** Gangs: territory, extortion, attack intents. */
    public static final int GANGS = 300;
    /** Police, foreign force, special force, training. */
    public static final int SECURITY = 400;
    /** Convoys, depots, distribution. */
    public static final int SUPPLY = 500;
    /** Resolving intents on shared things (moves, withdrawals, engagements) in a fixed order. */
    public static final int RESOLVE = 600;
    /** Daily and hourly metrics. */
    public static final int METRICS = 900;
}
