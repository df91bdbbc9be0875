package hsim.model.supply;

/**
 * The stock of one cargo at one distribution point (market, water point, hospital, fuel station). It is
 * filled by deliveries and drawn down by the residents it serves; the share of demand it met today is
 * what civilians experience as needs met. A point with no stock, or that is unsafe, is closed.
 */
public final class Stock implements java.io.Serializable {
    private final double capacity;
    private double level;
    private double servedToday, demandToday;

    public Stock(double capacity, double initial) {
        if (capacity < 0 || initial < 0) throw new IllegalArgumentException("negative stock");
        this.capacity = capacity;
        this.level = Math.min(capacity, initial);
    }

    public double level() { return level; }

    public double capacity() { return capacity; }

    /** Adds a delivery; what does not fit is returned (left on the truck). */
    public double deliver(double amount) {
        double room = capacity - level, taken = Math.min(room, Math.max(0, amount));
        level += taken;
        return amount - taken;
    }

    /** Serves up to {@code demand} if {@code open}; returns the amount served. */
    public double serve(double demand, boolean open) {
        double served = open ? Math.min(level, Math.max(0, demand)) : 0;
        level -= served;
        servedToday += served;
        demandToday += Math.max(0, demand);
        return served;
    }

    public boolean isEmpty() { return level <= 1e-9; }

    /** Share of today's demand met; 1 when there was no demand. */
    public double metShare() { return demandToday <= 0 ? 1 : servedToday / demandToday; }

    public void newDay() { servedToday = 0; demandToday = 0; }
}
