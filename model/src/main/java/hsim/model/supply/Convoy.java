package hsim.model.supply;

import hsim.model.city.Router;

import java.io.Serializable;

/**
 * Trucks of one cargo travelling together from one origin to one distribution point, along a fixed route.
 * {@code clock} is the minutes driven since loading (held convoys lose time); {@code minutesAt[i]} is when
 * the route's cell {@code i} is reached at the trucks' speed.
 */
final class Convoy implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Index of the origin in the network's list (routes are remembered per origin and destination). */
    final int origin;
    final SupplyNetwork.Node to;
    final Cargo cargo;
    int trucks;
    final double amountPerTruck;
    final int[] cells;
    final float[] minutesAt;
    /** Index into {@link #cells} of where the convoy is. */
    int at;
    double clock;
    /** The gang whose ground the convoy last drove on (a gang stops a convoy once per stretch of its ground). */
    int lastGang = -1;
    final double escort;

    Convoy(int origin, SupplyNetwork.Node to, Cargo cargo, int trucks, double amountPerTruck, int[] cells, Router router, double escort) {
        this.origin = origin;
        this.to = to;
        this.cargo = cargo;
        this.trucks = trucks;
        this.amountPerTruck = amountPerTruck;
        this.cells = cells;
        this.minutesAt = new float[cells.length];
        for (int i = 1; i < cells.length; i++) minutesAt[i] = (float) (minutesAt[i - 1] + router.stepMinutes(cells[i - 1], cells[i]));
        this.escort = escort;
    }

    /** The cell the convoy is on. */
    int cell() { return cells[at]; }

    boolean arrived() { return at >= cells.length - 1; }

    /** Cargo on board, in its unit. */
    double load() { return trucks * amountPerTruck; }
}
