package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
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
 *
 * <p>Fuel goes to the hospitals first ({@link FuelPriority}): the share of the day's fuel set aside for
 * them is split in proportion to their shortfall, and a point whose whole tank holds less than a truckload
 * gets a tank-sized delivery (a bowser, or a shared tanker's drop), not a whole tanker, so several
 * hospitals share one tanker's load. The tankers their fuel takes, rounded up, leave the day's count; the
 * rest follow the rule above. Before, hospitals came after the water points and a 3,000-gal tank took a
 * whole 8,083-gal tanker from what was left, so only the first hospital on the list ever got fuel.
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
    private final FuelPriority priority;

    Dispatch(SupplySettings s, FuelPriority priority, City city, ConvoyRoutes routes, SupplyLedger ledger) {
        this.s = s;
        this.priority = priority;
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
                if (cargo == Cargo.FUEL) trucks -= hospitalsFirst(oi, o, trucks, per, points, onRoad, roads);
                List<SupplyNetwork.Node> want = new ArrayList<>();
                List<Double> shortfall = new ArrayList<>();
                double total = 0;
                for (SupplyNetwork.Node n : points) {
                    Stock st = n.stock.get(cargo);
                    if (st == null || cargo == Cargo.FUEL && isHospital(n)) continue;
                    double sf = shortfall(n, st, cargo, per);
                    if (sf <= 0) continue;
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

    /** Free storage less what is on the way; 0 when that is under a quarter truckload (or of the storage, if smaller). */
    private double shortfall(SupplyNetwork.Node n, Stock st, Cargo cargo, double per) {
        double sf = st.capacity() - st.level() - n.inTransit.get(cargo);
        return sf <= Math.min(per, st.capacity()) * s.dispatchMinShortfallTruckloads() ? 0 : sf;
    }

    private static boolean isHospital(SupplyNetwork.Node n) { return n.facility.kind() == FacilityKind.HOSPITAL; }

    /**
     * Sends the hospitals their set-aside share of {@code trucks} tankers of fuel, in proportion to each
     * reachable hospital's shortfall (counted over the same threshold); returns the
     * tankers that took, rounded up.
     */
    private int hospitalsFirst(int oi, SupplyNetwork.Origin o, int trucks, double per, List<SupplyNetwork.Node> points,
                               List<Convoy> onRoad, Roads roads) {
        List<SupplyNetwork.Node> want = new ArrayList<>();
        List<Double> shortfall = new ArrayList<>();
        List<int[]> routeOf = new ArrayList<>();
        double total = 0;
        for (SupplyNetwork.Node n : points) {
            Stock st = n.stock.get(Cargo.FUEL);
            if (st == null || !isHospital(n)) continue;
            double sf = shortfall(n, st, Cargo.FUEL, per);
            if (sf <= 0) continue;
            int[] route = routes.route(oi, o.facility, n.facility);
            if (route == null || route.length == 0) continue;
            want.add(n);
            shortfall.add(sf);
            routeOf.add(route);
            total += sf;
        }
        double reserve = priority.reserve(trucks * per, total);
        if (reserve <= 0) return 0;
        for (int k = 0; k < want.size(); k++) {
            SupplyNetwork.Node n = want.get(k);
            double amount = reserve * shortfall.get(k) / total;
            int t = (int) Math.ceil(amount / per); // a tank under a truckload gets one part-loaded truck
            n.inTransit.merge(Cargo.FUEL, amount, Double::sum);
            ledger.bookLoad(Cargo.FUEL, amount);
            onRoad.add(new Convoy(oi, n, Cargo.FUEL, t, amount / t, routeOf.get(k), city.router(), roads.escort(Cargo.FUEL)));
        }
        return (int) Math.min(trucks, Math.ceil(reserve / per));
    }
}
