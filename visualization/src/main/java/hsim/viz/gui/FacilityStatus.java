package hsim.viz.gui;

import hsim.model.city.Facility;
import hsim.model.supply.Cargo;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.MetroState;

/** What a facility looks like to someone who needs it: open, short of supplies, closed, or held by a gang. */
public enum FacilityStatus {
    OPEN, SHORT_OF_SUPPLIES, CLOSED, GANG_HELD;

    /** Below this share of demand met on any cargo, a distribution point counts as short. */
    static final double SHORT_BELOW = 0.5;

    public String label() { return name().toLowerCase().replace('_', ' '); }

    /** The status of {@code f}: gang ownership of its cell first, then the supply node's state if it is one. */
    public static FacilityStatus of(MetroState m, Facility f) {
        if (m.territory.owner(f.cell()) >= 0) return GANG_HELD;
        for (SupplyNetwork.Node n : m.supply.allNodes()) {
            if (n.facility != f) continue;
            if (!n.open) return CLOSED;
            for (Cargo c : n.stock.keySet()) if (n.met(c) < SHORT_BELOW) return SHORT_OF_SUPPLIES;
            return OPEN;
        }
        for (SupplyNetwork.Origin o : m.supply.origins) if (o.facility == f && !o.open) return CLOSED;
        return OPEN;
    }
}
