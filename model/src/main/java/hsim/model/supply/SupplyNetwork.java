package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.core.RngStream;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Supply of the capital by truck: the network's distribution points and origins, the convoys on the road,
 * and the mechanisms that move goods between them. Each morning every open origin (Varreux for fuel; the
 * APN port, Port Lafito and the airport for food and medical goods) sends its day's trucks to the points
 * shortest of stock ({@link Dispatch}) on remembered routes ({@link ConvoyRoutes}): water points (fuel for
 * residents and for pumping and treating water), markets (food) and hospitals (medical goods and generator
 * fuel, with first call on a share of the day's fuel: {@link FuelPriority}). Trucks drive the road grid hour by hour ({@link ConvoyMovement}); on entering a gang's territory
 * they meet its checkpoint ({@link CheckpointEncounter}). At night each point serves its residents from
 * stock ({@link Distribution}); the share of demand served is the "need met" the civilians feel. The books
 * are in {@link SupplyLedger}.
 */
public final class SupplyNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A distribution point: a water point, market or hospital, with its stocks and demand. */
    public static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        public final Facility facility;
        public final EnumMap<Cargo, Stock> stock = new EnumMap<>(Cargo.class);
        public final EnumMap<Cargo, Double> demand = new EnumMap<>(Cargo.class);
        /** Cargo on its way here, by the point's own book (checked against the convoys by the invariants). */
        final EnumMap<Cargo, Double> inTransit = new EnumMap<>(Cargo.class);
        public boolean open = true;

        Node(Facility f) { this.facility = f; }

        public double met(Cargo c) { Stock s = stock.get(c); return s == null ? 1 : s.metShare(); }
    }

    /** A loading place and what it sends each day. */
    public static final class Origin implements Serializable {
        private static final long serialVersionUID = 1L;
        public final Facility facility;
        final EnumMap<Cargo, Double> trucksPerDay = new EnumMap<>(Cargo.class);
        public boolean open = true;

        Origin(Facility f) { this.facility = f; }
    }

    /** Where a convoy is, what it carries and how many trucks are left; a copy, for displays only. */
    public record ConvoyView(int cell, Cargo cargo, int trucks, String destination) {}

    private final SupplySettings s;
    private final City city; // serialised with the network: a checkpoint restarts without reloading the map
    private final RouteRisk risk;
    private final SupplyLedger ledger = new SupplyLedger();
    private final ConvoyRoutes routes;
    private final Dispatch dispatch;
    private final CheckpointEncounter encounter;
    private final ConvoyMovement movement;
    private final Distribution distribution;
    public final List<Node> waterPoints = new ArrayList<>(), markets = new ArrayList<>(), hospitals = new ArrayList<>();
    public final List<Origin> origins = new ArrayList<>();
    private final List<Convoy> convoys = new ArrayList<>();
    /** Commune code of each cell -> its water point; market serving each water point. */
    private final Map<Integer, Node> waterOfCommune = new HashMap<>();
    private final Map<Node, Node> marketOfWater = new HashMap<>();

    public SupplyNetwork(SupplySettings s, Checkpoint checkpoint, City city, double[] residentsByCell) {
        this(s, CheckpointSettings.defaults(), checkpoint, city, residentsByCell);
    }

    public SupplyNetwork(SupplySettings s, CheckpointSettings post, Checkpoint checkpoint, City city, double[] residentsByCell) {
        this(s, post, FuelPriority.defaults(), checkpoint, city, residentsByCell);
    }

    public SupplyNetwork(SupplySettings s, CheckpointSettings post, FuelPriority priority, Checkpoint checkpoint, City city,
                         double[] residentsByCell) {
        this.s = s;
        this.city = city;
        this.risk = new RouteRisk(city.cells(), s.riskHalfLifeDays(), s.riskForgetBelow());
        this.routes = new ConvoyRoutes(city, risk, s.riskAversionMinutes(), (int) s.reroutesPerDay());
        this.dispatch = new Dispatch(s, priority, city, routes, ledger);
        this.encounter = new CheckpointEncounter(s, post, checkpoint, risk, routes, ledger);
        this.movement = new ConvoyMovement(s, encounter, ledger);
        this.distribution = new Distribution(s);
        for (Facility f : city.facilities(FacilityKind.WATER_POINT)) waterPoints.add(new Node(f));
        for (Facility f : city.facilities(FacilityKind.MARKET)) markets.add(new Node(f));
        for (Facility f : city.facilities(FacilityKind.HOSPITAL)) hospitals.add(new Node(f));
        if (waterPoints.isEmpty() || markets.isEmpty()) throw new IllegalStateException("the city has no water points or no markets");
        addDemand(residentsByCell);
        for (Node n : allNodes()) {
            for (Map.Entry<Cargo, Double> e : n.demand.entrySet()) {
                double cap = e.getValue() * s.stockDays();
                n.stock.put(e.getKey(), new Stock(cap, cap * s.initialStockShare()));
                n.inTransit.put(e.getKey(), 0.0);
            }
        }
        addOrigins();
    }

    /** Residents by commune -> the commune's water point (or the nearest one); water points -> nearest market. */
    private void addDemand(double[] residentsByCell) {
        Map<Integer, Double> residents = new HashMap<>();
        for (int c = 0; c < residentsByCell.length; c++) if (residentsByCell[c] > 0) residents.merge(city.communeAt(c), residentsByCell[c], Double::sum);
        for (Map.Entry<Integer, Double> e : residents.entrySet()) {
            Node wp = null;
            for (Node n : waterPoints) if (n.facility.commune() == e.getKey()) { wp = n; break; }
            if (wp == null) wp = nearest(waterPoints, city.cellsOfCommune(e.getKey())[0]);
            waterOfCommune.put(e.getKey(), wp);
            add(wp.demand, Cargo.FUEL, e.getValue() * s.fuelNeedGalPerResidentPerDay());
        }
        for (Node wp : waterPoints) {
            Node m = nearest(markets, wp.facility.cell());
            marketOfWater.put(wp, m);
            double people = wp.demand.getOrDefault(Cargo.FUEL, 0.0) / Math.max(1e-12, s.fuelNeedGalPerResidentPerDay());
            add(m.demand, Cargo.FOOD, people * s.foodNeedTPerResidentPerDay() * (1 - s.foodLocalShare()));
        }
        double totalResidents = 0;
        for (double r : residents.values()) totalResidents += r;
        for (Node h : hospitals) {
            add(h.demand, Cargo.FUEL, s.hospitalFuelGalPerDay());
            add(h.demand, Cargo.MEDICAL, totalResidents * s.medicalNeedKitsPerResidentPerDay() / hospitals.size());
        }
    }

    private void addOrigins() {
        for (Facility f : city.facilities(FacilityKind.FUEL_TERMINAL)) {
            Origin o = new Origin(f);
            o.trucksPerDay.put(Cargo.FUEL, s.varreuxTrucksPerDay() * s.varreuxMetroShare());
            origins.add(o);
        }
        Facility port = firstOf(FacilityKind.SEAPORT, "apn_port");
        Facility lafito = city.facility("port_lafito");
        Facility airport = firstOf(FacilityKind.AIRPORT, "airport");
        if (port != null) {
            Origin o = new Origin(port);
            o.trucksPerDay.put(Cargo.FOOD, s.portFoodTrucksPerDay());
            o.trucksPerDay.put(Cargo.MEDICAL, s.portMedicalTrucksPerDay());
            origins.add(o);
        }
        if (lafito != null && lafito != port) {
            Origin o = new Origin(lafito);
            o.trucksPerDay.put(Cargo.FOOD, s.lafitoFoodTrucksPerDay());
            o.trucksPerDay.put(Cargo.FUEL, s.otherFuelTrucksPerDay());
            origins.add(o);
        }
        if (airport != null) {
            Origin o = new Origin(airport);
            o.trucksPerDay.put(Cargo.FOOD, s.airportFoodTrucksPerDay());
            o.trucksPerDay.put(Cargo.MEDICAL, s.airportMedicalTrucksPerDay());
            origins.add(o);
        }
    }

    private Facility firstOf(FacilityKind kind, String preferredId) {
        Facility f = city.facility(preferredId);
        if (f != null && f.kind() == kind) return f;
        List<Facility> l = city.facilities(kind);
        return l.isEmpty() ? null : l.get(0);
    }

    private Node nearest(List<Node> nodes, int cell) {
        Node best = null;
        double bd = Double.MAX_VALUE;
        int x = cell % city.width(), y = cell / city.width();
        for (Node n : nodes) {
            double d = StrictMath.hypot(n.facility.x() - x, n.facility.y() - y);
            if (d < bd) { bd = d; best = n; }
        }
        return best;
    }

    private static void add(EnumMap<Cargo, Double> m, Cargo c, double v) { m.merge(c, v, Double::sum); }

    // ---- the day's mechanisms, in the order the model runs them ----

    /** Start of a new day's accounting; drivers' memory of attacks fades. */
    public void newDay() {
        ledger.newDay();
        risk.newDay();
    }

    /** Morning dispatch: open origins send their trucks to the points shortest of stock. */
    public void dispatch(Roads roads, RngStream rng) { dispatch.morning(origins, allNodes(), convoys, roads, rng); }

    /** Moves every convoy one hour along its route, meeting checkpoints and delivering on arrival. */
    public void hour(Roads roads, RngStream rng) { movement.hour(convoys, roads, rng); }

    /** Serves each point's demand from stock; call once a day before reading need-met shares. */
    public void distribute() { distribution.night(allNodes()); }

    // ---- reading the network ----

    /** Water points, then markets, then hospitals: the order dispatch serves them in (after hospitals' fuel). */
    public List<Node> allNodes() {
        List<Node> l = new ArrayList<>(waterPoints);
        l.addAll(markets);
        l.addAll(hospitals);
        return l;
    }

    public SupplySettings settings() { return s; }

    /** How gangs man checkpoints (read by the world's {@link Roads}). */
    public CheckpointSettings checkpointSettings() { return encounter.settings(); }

    /** Installs who lets convoys through checkpoints untouched (a truce); {@link SafePassage#NONE} by default. */
    public void safePassage(SafePassage p) { encounter.passage(p); }

    public SupplyLedger ledger() { return ledger; }

    public Node waterPointOf(int commune) { return waterOfCommune.get(commune); }

    /** Share of water need met at a water point: wells and springs, plus pumped water in proportion to fuel. */
    public double waterMet(Node wp) { return distribution.waterMet(wp); }

    /** Share of the water drunk at a water point's commune that is safe. */
    public double safeWater(Node wp) { return distribution.safeWater(wp); }

    /** Share of food need met for residents served by a water point's market (local food included). */
    public double foodMet(Node wp) { return distribution.foodMet(marketOfWater.get(wp)); }

    /** Share of food need met for residents served by {@code market} (null: none), local food included. */
    public double foodMetAt(Node market) { return distribution.foodMet(market); }

    /** Demand-weighted share of a cargo's need met over a list of points. */
    public static double metShare(List<Node> nodes, Cargo c) { return Distribution.metShare(nodes, c); }

    public int convoysOnRoad() { return convoys.size(); }

    /** Cargo of one kind on the road now, in its unit (trucks times amount per truck). */
    public double onRoad(Cargo c) {
        double sum = 0;
        for (Convoy v : convoys) if (v.cargo == c) sum += v.load();
        return sum;
    }

    /** Cargo of one kind on the road now towards {@code n}. */
    public double onRoadTo(Node n, Cargo c) {
        double sum = 0;
        for (Convoy v : convoys) if (v.cargo == c && v.to == n) sum += v.load();
        return sum;
    }

    /** What {@code n} expects of a cargo from trucks on the way (its own book, checked against {@link #onRoadTo}). */
    public double inTransit(Node n, Cargo c) { return n.inTransit.getOrDefault(c, 0.0); }

    /** The convoys on the road now (the GUI and report maps draw them; no mechanism reads this). */
    public List<ConvoyView> convoyViews() {
        List<ConvoyView> out = new ArrayList<>(convoys.size());
        for (Convoy c : convoys) out.add(new ConvoyView(c.cell(), c.cargo, c.trucks, c.to.facility.name()));
        return out;
    }

    /** Cells on the current routes from one origin. */
    public List<int[]> routesFrom(Facility origin) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < origins.size(); i++) if (origins.get(i).facility == origin) out.addAll(routes.from(i));
        return out;
    }
}
