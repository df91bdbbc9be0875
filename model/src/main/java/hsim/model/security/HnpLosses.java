package hsim.model.security;

import java.io.Serializable;

/** HNP officers put out of action over the last 30 days, which weigh on morale ({@link PoliceForce#day}). */
public final class HnpLosses implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] ring = new double[30];
    private int pos;

    public void add(double officers) { ring[pos] += officers; }

    /** The losses of the last 30 days; then starts a new day's slot. */
    public double recentThenNextDay() {
        double recent = 0;
        for (double v : ring) recent += v;
        pos = (pos + 1) % ring.length;
        ring[pos] = 0;
        return recent;
    }
}
