package hsim.model.supply;

import hsim.model.core.RngStream;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Convoys on the road, hour by hour. Each hour a convoy drives {@code 60 * truck_speed_factor} minutes of
 * free-flow travel along its route, cell by cell. Entering the ground of a gang other than the one it just
 * left, it meets that gang's checkpoint ({@link CheckpointEncounter}) and stops for the hour if held there.
 * A convoy with no trucks left is gone; one at the end of its route unloads into the destination's stock
 * (what does not fit stays on the trucks and is booked as spilled).
 */
final class ConvoyMovement implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SupplySettings s;
    private final CheckpointEncounter encounter;
    private final SupplyLedger ledger;

    ConvoyMovement(SupplySettings s, CheckpointEncounter encounter, SupplyLedger ledger) {
        this.s = s;
        this.encounter = encounter;
        this.ledger = ledger;
    }

    /** Moves every convoy in {@code onRoad} one hour, removing those that arrived or were lost. */
    void hour(List<Convoy> onRoad, Roads roads, RngStream rng) {
        double minutes = 60 * s.truckSpeedFactor();
        List<Convoy> done = new ArrayList<>();
        for (Convoy c : onRoad) {
            c.clock += minutes;
            while (c.at < c.cells.length - 1 && c.minutesAt[c.at + 1] <= c.clock && c.trucks > 0) {
                c.at++;
                int cell = c.cells[c.at];
                int g = roads.gangAt(cell);
                if (g >= 0 && g != c.lastGang) {
                    encounter.meet(c, g, cell, roads, rng);
                    if (c.clock < c.minutesAt[c.at]) break; // held at the checkpoint
                }
                c.lastGang = g;
            }
            if (c.trucks <= 0) { done.add(c); continue; }
            if (c.arrived()) {
                unload(c);
                done.add(c);
            }
        }
        onRoad.removeAll(done);
    }

    private void unload(Convoy c) {
        double amount = c.load();
        double spilled = c.to.stock.get(c.cargo).deliver(amount);
        ledger.bookArrival(c.cargo, amount, spilled, amount / s.amountPerTruck(c.cargo)); // part-loaded trucks count by their load
        c.to.inTransit.merge(c.cargo, -amount, Double::sum);
    }
}
