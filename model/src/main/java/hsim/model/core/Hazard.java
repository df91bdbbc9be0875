package hsim.model.core;

/**
 * Conversions between probabilities and rates over different time spans, assuming a constant hazard
 * within the span: p(h hours) = 1 - (1 - p(day))^(h/24), and for a Poisson rate r per day
 * p(h hours) = 1 - exp(-r h / 24). StrictMath keeps the results identical on every platform.
 */
public final class Hazard {
    private Hazard() {}

    /** The probability per hour that compounds to {@code probabilityPerDay} over 24 hours. */
    public static double probabilityPerHour(double probabilityPerDay) {
        return probabilityOver(probabilityPerDay, 1);
    }

    /** The probability over {@code hours} hours, given the probability per day. */
    public static double probabilityOver(double probabilityPerDay, double hours) {
        checkProbability(probabilityPerDay);
        if (hours < 0) throw new IllegalArgumentException("hours must be >= 0: " + hours);
        if (probabilityPerDay == 1.0) return hours > 0 ? 1.0 : 0.0;
        // -expm1(log1p(-p) * h/24) is accurate for small p, where 1-(1-p)^x loses digits.
        return -StrictMath.expm1(StrictMath.log1p(-probabilityPerDay) * hours / 24.0);
    }

    /** The probability of at least one event in {@code hours} hours at {@code eventsPerDay} events per day. */
    public static double probabilityFromRatePerDay(double eventsPerDay, double hours) {
        if (!(eventsPerDay >= 0) || Double.isInfinite(eventsPerDay)) {
            throw new IllegalArgumentException("rate must be a finite number >= 0 per day: " + eventsPerDay);
        }
        if (hours < 0) throw new IllegalArgumentException("hours must be >= 0: " + hours);
        return -StrictMath.expm1(-eventsPerDay * hours / 24.0);
    }

    /** The constant per-day event rate whose probability of at least one event per day is {@code p}. */
    public static double ratePerDayFromProbabilityPerDay(double probabilityPerDay) {
        checkProbability(probabilityPerDay);
        return -StrictMath.log1p(-probabilityPerDay);
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
}
