package hsim.model.supply;

import java.io.Serializable;

/**
 * The supply network's books. Cargo by kind: what was loaded at origins, taken into stock on arrival, left on
 * the truck because the stock was full, and lost to hijacking; loaded = delivered + spilled + lost + on the
 * road, always (hsim.model.metrics.Invariants checks it). And the passages' toll on people and trucks:
 * trucks hijacked, people kidnapped, trucks let through on a truce corridor, fuel truckloads delivered today.
 */
public final class SupplyLedger implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KINDS = Cargo.values().length;
    private final double[] loaded = new double[KINDS], delivered = new double[KINDS], spilled = new double[KINDS],
            lost = new double[KINDS];
    private double hijackedTrucks, kidnappedPeople, fuelTrucksDeliveredToday, trucePassages;

    /** Cargo put on trucks at an origin. */
    public void bookLoad(Cargo c, double amount) { loaded[c.ordinal()] += amount; }

    /** Cargo lost with hijacked trucks. */
    public void bookLoss(Cargo c, double amount) { lost[c.ordinal()] += amount; }

    /**
     * A convoy's arrival: {@code amount} unloaded, of which {@code leftOnTrucks} did not fit the stock, in
     * {@code truckloads} full-truck equivalents (a hospital's tank-sized delivery is a fraction of a tanker).
     */
    void bookArrival(Cargo c, double amount, double leftOnTrucks, double truckloads) {
        delivered[c.ordinal()] += amount - leftOnTrucks;
        spilled[c.ordinal()] += leftOnTrucks;
        if (c == Cargo.FUEL) fuelTrucksDeliveredToday += truckloads;
    }

    void bookHijack() { hijackedTrucks++; }

    void bookKidnap(double people) { kidnappedPeople += people; }

    /** Trucks a gang bound by a truce let through its checkpoint untouched. */
    void bookTrucePassage(int trucks) { trucePassages += trucks; }

    /** Start of a new day's accounting. */
    void newDay() { fuelTrucksDeliveredToday = 0; }

    public double loaded(Cargo c) { return loaded[c.ordinal()]; }

    public double delivered(Cargo c) { return delivered[c.ordinal()]; }

    /** Cargo left on trucks because the destination's stock was full. */
    public double spilled(Cargo c) { return spilled[c.ordinal()]; }

    public double lost(Cargo c) { return lost[c.ordinal()]; }

    /** Trucks hijacked since the start. */
    public double hijackedTrucks() { return hijackedTrucks; }

    /** Drivers and helpers kidnapped since the start. */
    public double kidnappedPeople() { return kidnappedPeople; }

    /** Truck passages through checkpoints of gangs bound by a truce corridor, since the start. */
    public double trucePassages() { return trucePassages; }

    public double fuelTrucksDeliveredToday() { return fuelTrucksDeliveredToday; }
}
