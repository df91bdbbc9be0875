package hsim.model.security;

/**
 * How the HNP spreads its officers across duties, strictly by priority: hold critical facilities,
 * respond to attacks, escort convoys, patrol, and join offensive operations with whatever is left.
 * Each duty asks for a number of officers; earlier duties are served first.
 */
public final class Tasking {
    public enum Duty { HOLD_FACILITIES, RESPOND, ESCORT, PATROL, OFFENSIVE }

    private Tasking() {}

    /** Officers given to each duty (indexed by {@link Duty#ordinal()}); the last duty takes the remainder. */
    public static double[] allocate(double officersOnDuty, double hold, double respond, double escort, double patrol) {
        double[] asks = {hold, respond, escort, patrol};
        double[] out = new double[Duty.values().length];
        double left = Math.max(0, officersOnDuty);
        for (int i = 0; i < asks.length; i++) {
            out[i] = Math.min(left, Math.max(0, asks[i]));
            left -= out[i];
        }
        out[Duty.OFFENSIVE.ordinal()] = left;
        return out;
    }
}
