package hsim.model.core;

import java.io.Serializable;

/**
 * How often a process runs, in simulated hours (one schedule step is one hour). A rate fires at the
 * hours {@code h} with {@code h % intervalHours == offsetHours}, counting from hour 0 of day 1.
 * Use {@link #probabilityPerRun(double)} to turn a per-day probability into one per firing.
 */
public final class Rate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int intervalHours;
    private final int offsetHours;

    private Rate(int intervalHours, int offsetHours) {
        if (intervalHours < 1) throw new IllegalArgumentException("interval must be >= 1 hour: " + intervalHours);
        if (offsetHours < 0 || offsetHours >= intervalHours) {
            throw new IllegalArgumentException("offset must be in [0, " + intervalHours + ") hours: " + offsetHours);
        }
        this.intervalHours = intervalHours;
        this.offsetHours = offsetHours;
    }

    /** Every simulated hour. */
    public static Rate hourly() { return new Rate(1, 0); }

    /** Every {@code hours} hours, first at hour 0. */
    public static Rate everyHours(int hours) { return new Rate(hours, 0); }

    /** Once a day, at hour 0 (midnight) unless moved with {@link #atHour(int)}. */
    public static Rate daily() { return new Rate(24, 0); }

    /** Every {@code days} days, at hour 0 of the first day. */
    public static Rate everyDays(int days) {
        if (days < 1) throw new IllegalArgumentException("days must be >= 1: " + days);
        return new Rate(Math.multiplyExact(days, 24), 0);
    }

    /** The same interval, first firing at hour {@code offsetHours} (e.g. daily at 06:00). */
    public Rate atHour(int offsetHours) { return new Rate(intervalHours, offsetHours); }

    public int intervalHours() { return intervalHours; }

    /** Whether the process runs at simulated hour {@code hour}. */
    public boolean firesAt(long hour) { return hour >= 0 && hour % intervalHours == offsetHours; }

    /** The first hour at or after {@code hour} at which this rate fires. */
    public long nextFiringAtOrAfter(long hour) {
        if (hour <= offsetHours) return offsetHours;
        long k = (hour - offsetHours + intervalHours - 1) / intervalHours;
        return offsetHours + k * intervalHours;
    }

    /** A per-day probability converted to the probability per firing of this rate. */
    public double probabilityPerRun(double probabilityPerDay) {
        return Hazard.probabilityOver(probabilityPerDay, intervalHours);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && r.intervalHours == intervalHours && r.offsetHours == offsetHours;
    }

    @Override
    public int hashCode() { return intervalHours * 31 + offsetHours; }

    @Override
    public String toString() {
        if (intervalHours == 1) return "hourly";
        String base = intervalHours % 24 == 0 ? "every " + (intervalHours / 24) + " d" : "every " + intervalHours + " h";
        return offsetHours == 0 ? base : base + " at hour " + offsetHours;
    }
}
