package hsim.model.supply;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Nightly distribution and the needs it meets. Each night every distribution point serves its residents'
 * demand of each cargo from stock, if it is open; the share of demand served is the need met. Water comes
 * from wells and springs (a fixed share) plus pumped and treated water in proportion to the fuel the water
 * point had; the safe share of water rises with fuel the same way. Food need is met partly locally and the
 * rest by the market serving the water point.
 */
final class Distribution implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SupplySettings s;

    Distribution(SupplySettings s) { this.s = s; }

    /** Serves each point's demand from stock; once a day, before need-met shares are read. */
    void night(List<SupplyNetwork.Node> points) {
        for (SupplyNetwork.Node n : points) {
            for (Map.Entry<Cargo, Stock> e : n.stock.entrySet()) {
                e.getValue().newDay();
                e.getValue().serve(n.demand.get(e.getKey()), n.open);
            }
        }
    }

    /** Share of water need met at a water point. */
    double waterMet(SupplyNetwork.Node wp) {
        return s.waterWithoutFuelShare() + (1 - s.waterWithoutFuelShare()) * wp.met(Cargo.FUEL) * (wp.open ? 1 : 0);
    }

    /** Share of the water drunk at a water point's commune that is safe. */
    double safeWater(SupplyNetwork.Node wp) {
        return s.safeWaterWithoutFuel() + (s.safeWaterWithFuel() - s.safeWaterWithoutFuel()) * wp.met(Cargo.FUEL) * (wp.open ? 1 : 0);
    }

    /** Share of food need met for residents served by {@code market} (null: none), local food included. */
    double foodMet(SupplyNetwork.Node market) {
        return s.foodLocalShare() + (1 - s.foodLocalShare()) * (market == null ? 0 : market.met(Cargo.FOOD));
    }

    /** Demand-weighted share of a cargo's need met over a list of points; 1 where there is no demand. */
    static double metShare(List<SupplyNetwork.Node> points, Cargo c) {
        double d = 0, m = 0;
        for (SupplyNetwork.Node n : points) {
            Double dem = n.demand.get(c);
            if (dem == null || dem <= 0) continue;
            d += dem;
            m += dem * n.met(c);
        }
        return d <= 0 ? 1 : m / d;
    }
}
