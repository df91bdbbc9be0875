package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.Route;
import hsim.model.core.SerialMaps;
import hsim.model.scenario.Param;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes dispatchers send convoys on, one per origin and destination. A route is planned once, as the
 * fastest path; after an attack on it, it is marked for re-planning, and the next dispatch plans it again
 * around the drivers' memory of attacks ({@link RouteRisk}), adding {@code risk_aversion_minutes * risk}
 * to each cell. Re-planning is an A* search; dispatchers manage {@code supply.reroutes_per_day} of them a
 * day (the route office's capacity; the rest wait for the next morning).
 */
final class ConvoyRoutes implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Param REROUTES_PER_DAY = Param.integer("supply.reroutes_per_day", 1, 0, 1000, "routes/day",
            "assumption (one dispatch office re-plans one attacked route a morning)",
            "Attacked routes the dispatchers re-plan per day; the others keep their route until a later morning");
    private final int reroutesPerDay;
    private final City city;
    private final RouteRisk risk;
    private final double aversionMinutes;
    /** Iterated ({@link #from}), so its order must survive a checkpoint: see {@link SerialMaps}. */
    private transient Map<Long, int[]> routes = new HashMap<>();
    /** Routes attacked since they were last planned. */
    private final Set<Long> attacked = new HashSet<>();
    private int reroutesLeft;

    /** With the catalog's default re-planning budget. */
    ConvoyRoutes(City city, RouteRisk risk, double aversionMinutes) {
        this(city, risk, aversionMinutes, (int) Double.parseDouble(REROUTES_PER_DAY.defaultText()));
    }

    ConvoyRoutes(City city, RouteRisk risk, double aversionMinutes, int reroutesPerDay) {
        this.city = city;
        this.risk = risk;
        this.aversionMinutes = aversionMinutes;
        this.reroutesPerDay = reroutesPerDay;
    }

    private static long key(int origin, int destinationCell) { return ((long) origin << 32) | destinationCell & 0xffffffffL; }

    /** A new day's dispatch: the re-planning budget is renewed. */
    void newDispatch() { reroutesLeft = reroutesPerDay; }

    /**
     * The cells from origin number {@code origin} (at {@code from}) to {@code to}: the remembered route, or a
     * new plan if there is none or it was attacked and the day's budget allows. Empty if unreachable.
     */
    int[] route(int origin, Facility from, Facility to) {
        long key = key(origin, to.cell());
        int[] r = routes.get(key);
        if (r == null) {
            r = city.router().path(from.cell(), to).cells();
            routes.put(key, r);
        } else if (reroutesLeft > 0 && attacked.remove(key)) {
            reroutesLeft--;
            Route rt = city.router().path(from.cell(), to.cell(), cell -> risk.extraMinutes(cell, aversionMinutes));
            if (rt.found()) r = rt.cells();
            routes.put(key, r);
        }
        return r;
    }

    /** A convoy from origin number {@code origin} to {@code destinationCell} was attacked on its way. */
    void attacked(int origin, int destinationCell) { attacked.add(key(origin, destinationCell)); }

    /** The current routes from origin number {@code origin}. */
    List<int[]> from(int origin) {
        List<int[]> out = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : routes.entrySet()) if ((e.getKey() >> 32) == origin) out.add(e.getValue());
        return out;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialMaps.write(out, routes);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        routes = SerialMaps.read(in);
    }
}
