package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.core.RngStream;
import hsim.model.scenario.Param;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Morning dispatch. Each open origin loads its day's trucks of each cargo (a fractional truck goes by
 * chance) and sends them to the distribution points that are short of that cargo, in the network's order
 * of points: a point is short when its free storage, less what is already on the way to it, exceeds
 * {@code supply.dispatch_min_shortfall_truckloads} of a truckload (or of its storage, if smaller). A point gets the trucks that fill its shortfall,
 * but no more than its share of the day's trucks in proportion to its shortfall (at least one). Points
 * that no route reaches get nothing.
 */
final class Dispatch implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Param MIN_SHORTFALL = Param.number("supply.dispatch_min_shortfall_truckloads", 0.25, 0, 100, "truckloads",
            "assumption (no truck is sent for less than a quarter load)",
            "Free storage, less cargo on the way, above which a point asks for trucks (share of a truckload, or of its storage if smaller)");
    private final SupplySettings s;
    private final City city;
    private final ConvoyRoutes routes;
    private final SupplyLedger ledger;

    Dispatch(SupplySettings s, City city, ConvoyRoutes routes, SupplyLedger ledger) {
        this.s = s;
        this.city = city;
        this.routes = routes;
        this.ledger = ledger;
    }

    /** Loads and sends the day's convoys from {@code origins} to {@code points}, adding them to {@code onRoad}. */
    void morning(List<SupplyNetwork.Origin> origins, List<SupplyNetwork.Node> points, List<Convoy> onRoad, Roads roads, RngStream rng) {
        routes.newDispatch();
        for (int oi = 0; oi < origins.size(); oi++) {
            SupplyNetwork.Origin o = origins.get(oi);
            if (!o.open) continue;
            for (Map.Entry<Cargo, Double> e : o.trucksPerDay.entrySet()) {
                Cargo cargo = e.getKey();
                int trucks = (int) Math.floor(e.getValue() + rng.nextDouble()); // fractional trucks by chance
                if (trucks <= 0) continue;
                double per = s.amountPerTruck(cargo);
                List<SupplyNetwork.Node> want = new ArrayList<>();
                List<Double> shortfall = new ArrayList<>();
                double total = 0;
                for (SupplyNetwork.Node n : points) {
                    Stock st = n.stock.get(cargo);
                    if (st == null) continue;
                    double sf = st.capacity() - st.level() - n.inTransit.get(cargo);
                    if (sf <= Math.min(per, st.capacity()) * s.dispatchMinShortfallTruckloads()) continue;
                    want.add(n);
                    shortfall.add(sf);
                    total += sf;
                }
                for (int k = 0; k < want.size() && trucks > 0; k++) {
                    SupplyNetwork.Node n = want.get(k);
                    int t = (int) Math.min(trucks, Math.ceil(shortfall.get(k) / per));
                    t = (int) Math.min(t, Math.max(1, Math.round(e.getValue() * shortfall.get(k) / total)));
                    if (t <= 0) continue;
                    int[] route = routes.route(oi, o.facility, n.facility);
                    if (route == null || route.length == 0) continue;
                    trucks -= t;
                    n.inTransit.merge(cargo, t * per, Double::sum);
                    ledger.bookLoad(cargo, t * per);
                    onRoad.add(new Convoy(oi, n, cargo, t, per, route, city.router(), roads.escort(cargo)));
                }
            }
        }
    }
}
