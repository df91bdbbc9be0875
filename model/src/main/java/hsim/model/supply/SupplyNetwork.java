package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.CostOverlay;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.city.Route;
import hsim.model.city.Router;
import hsim.model.core.RngStream;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Supply of the capital by truck. Each morning every open origin (Varreux for fuel; the APN port,
 * Port Lafito and the airport for food and medical goods) sends its day's trucks to the distribution
 * points that are shortest of stock: water points (fuel for residents and for pumping and treating
 * water), markets (food) and hospitals (medical goods and generator fuel). Trucks drive the road grid
 * hour by hour; on entering a gang's territory they meet its checkpoint ({@link Checkpoint}). Drivers
 * remember attacks ({@link RouteRisk}) and re-plan routes around them. At night each point serves its
 * residents from stock; the share of demand served is the "need met" the civilians feel. Water comes
 * from the water points in proportion to the fuel they have for pumping and treatment.
 */
public final class SupplyNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the supply network needs from the rest of the model: who holds a road cell, and how strong they are. */
    public interface Roads {
        /** Gang id holding the cell, or a negative number for none. */
        int gangAt(int cell);

        /** Strength the gang puts on one checkpoint. */
        double checkpointStrength(int gang);

        /** Money the gang makes from a passage (tolls, ransom, loot resale). */
        void gangIncome(int gang, double usd);

        /** Escort strength given to a convoy of this cargo (HNP officers and foreign troops, quality-weighted). */
        double escort(Cargo cargo);
    }

    public record Settings(double varreuxTrucksPerDay, double varreuxMetroShare, double fuelGalPerTruck,
                           double otherFuelTrucksPerDay, double fuelNeedGalPerResidentPerDay, double hospitalFuelGalPerDay,
                           double foodTPerTruck, double foodNeedTPerResidentPerDay, double foodLocalShare,
                           double portFoodTrucksPerDay, double lafitoFoodTrucksPerDay, double airportFoodTrucksPerDay,
                           double medicalKitsPerTruck, double medicalNeedKitsPerResidentPerDay,
                           double portMedicalTrucksPerDay, double airportMedicalTrucksPerDay, double stockDays,
                           double truckSpeedFactor, double riskAversionMinutes, double riskHalfLifeDays,
                           double waterWithoutFuelShare, double safeWaterWithoutFuel, double safeWaterWithFuel,
                           double crewPerTruck, double ransomUsd, double lootUsdPerTruck, double unsafeViolence,
                           double initialStockShare) implements Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("supply.varreux_trucks_per_day", 110, 0, 1000, "trucks/day",
                        "temponetworks.com 2022-11-11: 265 tankers in 3 days after the blockade (~100-120/day)",
                        "Tanker trucks leaving Varreux per day when it is open"),
                Param.number("supply.varreux_metro_share", 0.4, 0, 1, "share", "assumption (the rest serves the provinces)",
                        "Share of Varreux's tankers that serve the metropolitan area"),
                Param.number("supply.fuel_gal_per_truck", 8083, 1, 1e5, "US gal/truck",
                        "derived: 2,141,900 gal / 265 tankers (temponetworks.com 2022-11-11)", "Fuel carried by one tanker"),
                Param.number("supply.other_fuel_trucks_per_day", 3, 0, 1000, "trucks/day",
                        "assumption (small depots; ~70 % of fuel comes through Varreux, literature.md §5.1)",
                        "Tankers per day reaching the metro from sources other than Varreux (via Port Lafito)"),
                Param.number("supply.fuel_need_gal_per_resident_per_day", 0.12, 0, 10, "US gal/(resident*day)",
                        "assumption (transport, generators, cooking, water pumping)", "Fuel need per resident"),
                Param.number("supply.hospital_fuel_gal_per_day", 300, 0, 1e5, "US gal/(hospital*day)", "assumption",
                        "Generator fuel a hospital needs per day"),
                Param.number("supply.food_t_per_truck", 20, 0.1, 100, "t/truck", "assumption", "Food carried by one truck"),
                Param.number("supply.food_need_t_per_resident_per_day", 0.0005, 0, 0.01, "t/(resident*day)",
                        "assumption (market-bought food, ~0.5 kg per person per day)", "Food bought at markets per resident"),
                Param.number("supply.food_local_share", 0.35, 0, 1, "share", "assumption (local produce and street trade)",
                        "Share of food need met locally, without trucks from the ports"),
                Param.number("supply.port_food_trucks_per_day", 60, 0, 5000, "trucks/day",
                        "assumption (APN handled 180,000 TEU in 2021, LogCluster DLCA)", "Food trucks leaving the APN port per day"),
                Param.number("supply.lafito_food_trucks_per_day", 20, 0, 5000, "trucks/day", "assumption",
                        "Food trucks leaving Port Lafito per day"),
                Param.number("supply.airport_food_trucks_per_day", 2, 0, 5000, "trucks/day", "assumption",
                        "Food and aid trucks leaving the airport per day"),
                Param.number("supply.medical_kits_per_truck", 150, 1, 1e6, "kits/truck", "assumption", "Medical kits per truck"),
                Param.number("supply.medical_need_kits_per_resident_per_day", 0.0002, 0, 1, "kits/(resident*day)", "assumption",
                        "Medical goods used per resident per day (one kit treats one patient-day)"),
                Param.number("supply.port_medical_trucks_per_day", 3, 0, 1000, "trucks/day", "assumption",
                        "Medical trucks leaving the APN port per day"),
                Param.number("supply.airport_medical_trucks_per_day", 2, 0, 1000, "trucks/day", "assumption",
                        "Medical trucks leaving the airport per day"),
                Param.number("supply.stock_days", 10, 0.5, 100, "days", "assumption", "Storage at a distribution point, in days of demand"),
                Param.number("supply.truck_speed_factor", 0.4, 0.01, 1, "share", "assumption (congestion, loading, bad roads)",
                        "Truck speed as a share of free-flow road speed"),
                Param.number("supply.risk_aversion_minutes", 90, 0, 10000, "min", "assumption",
                        "Detour drivers accept to avoid a road cell where a colleague was just attacked"),
                Param.number("supply.risk_half_life_days", 14, 0.5, 1000, "days", "assumption", "Half-life of drivers' memory of an attack"),
                Param.number("supply.water_without_fuel_share", 0.35, 0, 1, "share", "assumption (wells, springs, rain)",
                        "Share of water need met when water points have no fuel for pumping"),
                Param.number("supply.safe_water_without_fuel_share", 0.2, 0, 1, "share",
                        "assumption; BINUH S/2022/761 (blockade stopped water treatment)", "Share of water that is safe with no fuel"),
                Param.number("supply.safe_water_with_fuel_share", 0.8, 0, 1, "share", "assumption", "Share of water that is safe with full fuel"),
                Param.number("supply.crew_per_truck", 1.5, 0, 10, "people/truck", "assumption", "Driver and helpers, at risk of kidnapping"),
                Param.number("supply.ransom_usd", 5000, 0, 1e7, "USD/person", "assumption", "Ransom a gang gets per kidnapped person"),
                Param.number("supply.loot_usd_per_truck", 8000, 0, 1e7, "USD/truck", "assumption", "Resale value of a hijacked cargo"),
                Param.number("supply.unsafe_violence_index", 0.6, 0, 1, "index", "assumption",
                        "Violence index at which a distribution point or hospital closes"),
                Param.number("supply.initial_stock_share", 0.1, 0, 1, "share",
                        "assumption (three weeks into the Varreux blockade, stocks are low)", "Stocks on day 1 as a share of storage"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("supply.varreux_trucks_per_day"), s.number("supply.varreux_metro_share"),
                s.number("supply.fuel_gal_per_truck"), s.number("supply.other_fuel_trucks_per_day"),
                s.number("supply.fuel_need_gal_per_resident_per_day"), s.number("supply.hospital_fuel_gal_per_day"),
                s.number("supply.food_t_per_truck"), s.number("supply.food_need_t_per_resident_per_day"), s.number("supply.food_local_share"),
                s.number("supply.port_food_trucks_per_day"), s.number("supply.lafito_food_trucks_per_day"),
                s.number("supply.airport_food_trucks_per_day"), s.number("supply.medical_kits_per_truck"),
                s.number("supply.medical_need_kits_per_resident_per_day"), s.number("supply.port_medical_trucks_per_day"),
                s.number("supply.airport_medical_trucks_per_day"), s.number("supply.stock_days"), s.number("supply.truck_speed_factor"),
                s.number("supply.risk_aversion_minutes"), s.number("supply.risk_half_life_days"),
                s.number("supply.water_without_fuel_share"), s.number("supply.safe_water_without_fuel_share"),
                s.number("supply.safe_water_with_fuel_share"), s.number("supply.crew_per_truck"), s.number("supply.ransom_usd"),
                s.number("supply.loot_usd_per_truck"), s.number("supply.unsafe_violence_index"),
                s.number("supply.initial_stock_share"));
    }

    /** A distribution point: a water point, market or hospital, with its stocks and demand. */
    public static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        public final Facility facility;
        public final EnumMap<Cargo, Stock> stock = new EnumMap<>(Cargo.class);
        public final EnumMap<Cargo, Double> demand = new EnumMap<>(Cargo.class);
        final EnumMap<Cargo, Double> inTransit = new EnumMap<>(Cargo.class);
        public boolean open = true;

        Node(Facility f) { this.facility = f; }

        public double met(Cargo c) { Stock s = stock.get(c); return s == null ? 1 : s.metShare(); }
    }

    /** Trucks travelling together from one origin to one node. */
    static final class Convoy implements Serializable {
        private static final long serialVersionUID = 1L;
        final int origin;
        final Node to;
        final Cargo cargo;
        int trucks;
        final double amountPerTruck;
        final int[] cells;
        final float[] minutesAt;
        int at;
        double clock;
        int lastGang = -1;
        final double escort;

        Convoy(int origin, Node to, Cargo cargo, int trucks, double amountPerTruck, Route r, Router router, double escort) {
            this.origin = origin;
            this.to = to;
            this.cargo = cargo;
            this.trucks = trucks;
            this.amountPerTruck = amountPerTruck;
            this.cells = r.cells();
            this.minutesAt = new float[cells.length];
            for (int i = 1; i < cells.length; i++) minutesAt[i] = (float) (minutesAt[i - 1] + router.stepMinutes(cells[i - 1], cells[i]));
            this.escort = escort;
        }
    }

    /** A loading place and what it sends each day. */
    public static final class Origin implements Serializable {
        private static final long serialVersionUID = 1L;
        public final Facility facility;
        final EnumMap<Cargo, Double> trucksPerDay = new EnumMap<>(Cargo.class);
        public boolean open = true;

        Origin(Facility f) { this.facility = f; }
    }

    /** Route re-planning is an A* search; a few a day is what dispatchers manage anyway. */
    static final int MAX_REROUTES_PER_DAY = 1;
    private int reroutesLeft;
    private final Settings s;
    private final City city; // serialised with the network: a checkpoint restarts without reloading the map
    private final Checkpoint checkpoint;
    private final RouteRisk risk;
    public final List<Node> waterPoints = new ArrayList<>(), markets = new ArrayList<>(), hospitals = new ArrayList<>();
    public final List<Origin> origins = new ArrayList<>();
    private final List<Convoy> convoys = new ArrayList<>();
    /** Iterated (routesFrom), so its order must survive a checkpoint: see {@link hsim.model.core.SerialMaps}. */
    private transient Map<Long, int[]> routes = new HashMap<>();
    private final java.util.Set<Long> dirty = new java.util.HashSet<>();
    /** Commune code of each cell -> its water point; market serving each water point. */
    private final Map<Integer, Node> waterOfCommune = new HashMap<>();
    private final Map<Node, Node> marketOfWater = new HashMap<>();
    private final EnumMap<Cargo, Double> deliveredToday = new EnumMap<>(Cargo.class);
    public double trucksDeliveredToday, fuelTrucksDeliveredToday;
    public double hijackedCum, kidnappedCum, tollsCum, fuelTrucksDeliveredCum;
    /**
     * Cargo books by {@link Cargo#ordinal()}, for the invariant checks (hsim.model.metrics.Invariants): what
     * was loaded at origins, taken into stock on arrival, left on the truck because the stock was full, and
     * lost to hijacking. loaded = delivered + spilled + lost + on the road, always.
     */
    public final double[] loadedCum = new double[Cargo.values().length], deliveredCum = new double[Cargo.values().length],
            spilledCum = new double[Cargo.values().length], lostCum = new double[Cargo.values().length];

    public SupplyNetwork(Settings s, Checkpoint checkpoint, City city, double[] residentsByCell) {
        this.s = s;
        this.city = city;
        this.checkpoint = checkpoint;
        this.risk = new RouteRisk(city.cells(), s.riskHalfLifeDays());
        for (Facility f : city.facilities(FacilityKind.WATER_POINT)) waterPoints.add(new Node(f));
        for (Facility f : city.facilities(FacilityKind.MARKET)) markets.add(new Node(f));
        for (Facility f : city.facilities(FacilityKind.HOSPITAL)) hospitals.add(new Node(f));
        if (waterPoints.isEmpty() || markets.isEmpty()) throw new IllegalStateException("the city has no water points or no markets");
        // residents by commune -> the commune's water point (or the nearest one); water points -> nearest market
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
        for (Node n : allNodes()) {
            for (Map.Entry<Cargo, Double> e : n.demand.entrySet()) {
                double cap = e.getValue() * s.stockDays();
                n.stock.put(e.getKey(), new Stock(cap, cap * s.initialStockShare()));
                n.inTransit.put(e.getKey(), 0.0);
            }
        }
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

    public List<Node> allNodes() {
        List<Node> l = new ArrayList<>(waterPoints);
        l.addAll(markets);
        l.addAll(hospitals);
        return l;
    }

    public Settings settings() { return s; }

    public RouteRisk risk() { return risk; }

    public Node waterPointOf(int commune) { return waterOfCommune.get(commune); }

    public Node marketOf(Node waterPoint) { return marketOfWater.get(waterPoint); }

    public int convoysOnRoad() { return convoys.size(); }

    /** Cargo of one kind on the road now, in its unit (trucks times amount per truck). */
    public double onRoad(Cargo c) {
        double sum = 0;
        for (Convoy v : convoys) if (v.cargo == c) sum += v.trucks * v.amountPerTruck;
        return sum;
    }

    /** Cargo of one kind on the road now towards {@code n}. */
    public double onRoadTo(Node n, Cargo c) {
        double sum = 0;
        for (Convoy v : convoys) if (v.cargo == c && v.to == n) sum += v.trucks * v.amountPerTruck;
        return sum;
    }

    /** What {@code n} expects of a cargo from trucks on the way (its own book, checked against {@link #onRoadTo}). */
    public double inTransit(Node n, Cargo c) { return n.inTransit.getOrDefault(c, 0.0); }

    /** Where a convoy is, what it carries and how many trucks are left; a copy, for displays only. */
    public record ConvoyView(int cell, Cargo cargo, int trucks, String destination) {}

    /** The convoys on the road now (the GUI and report maps draw them; no mechanism reads this). */
    public List<ConvoyView> convoyViews() {
        List<ConvoyView> out = new ArrayList<>(convoys.size());
        for (Convoy c : convoys) out.add(new ConvoyView(c.cells[c.at], c.cargo, c.trucks, c.to.facility.name()));
        return out;
    }

    /** Cells of every current route, for escorts and corridor clearing. */
    public List<int[]> routeCells() { return new ArrayList<>(routes.values()); }

    /** Cells on the routes from one origin. */
    public List<int[]> routesFrom(Facility origin) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < origins.size(); i++) {
            if (origins.get(i).facility != origin) continue;
            for (Map.Entry<Long, int[]> e : routes.entrySet()) if ((e.getKey() >> 32) == i) out.add(e.getValue());
        }
        return out;
    }

    // ---- daily dispatch -------------------------------------------------------------------------

    /** Morning dispatch: open origins send their trucks to the nodes shortest of stock. */
    public void dispatch(Roads roads, RngStream rng) {
        reroutesLeft = MAX_REROUTES_PER_DAY;
        List<Node> nodes = allNodes();
        for (int oi = 0; oi < origins.size(); oi++) {
            Origin o = origins.get(oi);
            if (!o.open) continue;
            for (Map.Entry<Cargo, Double> e : o.trucksPerDay.entrySet()) {
                Cargo cargo = e.getKey();
                int trucks = (int) Math.floor(e.getValue() + rng.nextDouble()); // fractional trucks by chance
                if (trucks <= 0) continue;
                double per = perTruck(cargo);
                List<Node> want = new ArrayList<>();
                List<Double> shortfall = new ArrayList<>();
                double total = 0;
                for (Node n : nodes) {
                    Stock st = n.stock.get(cargo);
                    if (st == null) continue;
                    double sf = st.capacity() - st.level() - n.inTransit.get(cargo);
                    if (sf <= Math.min(per, st.capacity()) * 0.25) continue;
                    want.add(n);
                    shortfall.add(sf);
                    total += sf;
                }
                for (int k = 0; k < want.size() && trucks > 0; k++) {
                    Node n = want.get(k);
                    int t = (int) Math.min(trucks, Math.ceil(shortfall.get(k) / per));
                    t = (int) Math.min(t, Math.max(1, Math.round(e.getValue() * shortfall.get(k) / total)));
                    if (t <= 0) continue;
                    int[] route = route(oi, o.facility, n, roads);
                    if (route == null || route.length == 0) continue;
                    trucks -= t;
                    n.inTransit.merge(cargo, t * per, Double::sum);
                    loadedCum[cargo.ordinal()] += t * per;
                    convoys.add(new Convoy(oi, n, cargo, t, per, new Route(route, 0), city.router(), roads.escort(cargo)));
                }
            }
        }
    }

    private double perTruck(Cargo c) {
        return switch (c) {
            case FUEL -> s.fuelGalPerTruck();
            case FOOD -> s.foodTPerTruck();
            case MEDICAL -> s.medicalKitsPerTruck();
            case WATER -> 1;
        };
    }

    private int[] route(int oi, Facility from, Node to, Roads roads) {
        long key = ((long) oi << 32) | to.facility.cell() & 0xffffffffL;
        int[] r = routes.get(key);
        if (r == null) {
            Route rt = city.router().path(from.cell(), to.facility);
            r = rt.cells();
            routes.put(key, r);
        } else if (reroutesLeft > 0 && dirty.remove(key)) {
            reroutesLeft--;
            double aversion = s.riskAversionMinutes();
            Route rt = city.router().path(from.cell(), to.facility.cell(), new CostOverlay() {
                @Override public double extraMinutes(int cell) { return aversion * risk.risk(cell); }
            });
            if (rt.found()) r = rt.cells();
            routes.put(key, r);
        }
        return r;
    }

    // ---- hourly movement ------------------------------------------------------------------------

    /** Moves every convoy one hour along its route, meeting checkpoints and delivering on arrival. */
    public void hour(Roads roads, RngStream rng) {
        double minutes = 60 * s.truckSpeedFactor();
        List<Convoy> done = new ArrayList<>();
        for (Convoy c : convoys) {
            c.clock += minutes;
            while (c.at < c.cells.length - 1 && c.minutesAt[c.at + 1] <= c.clock && c.trucks > 0) {
                c.at++;
                int cell = c.cells[c.at];
                int g = roads.gangAt(cell);
                if (g >= 0 && g != c.lastGang) {
                    meet(c, g, cell, roads, rng);
                    if (c.clock < c.minutesAt[c.at]) break; // held at the checkpoint
                }
                c.lastGang = g;
            }
            if (c.trucks <= 0) { done.add(c); continue; }
            if (c.at >= c.cells.length - 1) {
                double amount = c.trucks * c.amountPerTruck;
                double spilled = c.to.stock.get(c.cargo).deliver(amount);
                deliveredCum[c.cargo.ordinal()] += amount - spilled;
                spilledCum[c.cargo.ordinal()] += spilled;
                c.to.inTransit.merge(c.cargo, -amount, Double::sum);
                deliveredToday.merge(c.cargo, amount, Double::sum);
                trucksDeliveredToday += c.trucks;
                if (c.cargo == Cargo.FUEL) { fuelTrucksDeliveredToday += c.trucks; fuelTrucksDeliveredCum += c.trucks; }
                done.add(c);
            }
        }
        convoys.removeAll(done);
    }

    private void meet(Convoy c, int gang, int cell, Roads roads, RngStream rng) {
        double strength = roads.checkpointStrength(gang);
        boolean attacked = false;
        int lost = 0;
        for (int t = 0; t < c.trucks; t++) {
            Checkpoint.Outcome o = checkpoint.meet(strength, c.escort, rng.nextDouble());
            switch (o) {
                case HIJACK -> { lost++; hijackedCum++; attacked = true; roads.gangIncome(gang, s.lootUsdPerTruck()); }
                case KIDNAP -> {
                    kidnappedCum += s.crewPerTruck();
                    attacked = true;
                    roads.gangIncome(gang, s.crewPerTruck() * s.ransomUsd());
                    c.clock -= 24 * 60 * s.truckSpeedFactor() / c.trucks; // the convoy waits for the crew to be replaced
                }
                case TOLL -> { tollsCum++; roads.gangIncome(gang, checkpoint.settings().tollUsd()); }
                case PASS -> { }
            }
        }
        if (checkpoint.gangAdvantage(strength, c.escort) >= 0.5) c.clock -= checkpoint.settings().delayHours() * 60 * s.truckSpeedFactor();
        if (lost > 0) {
            c.to.inTransit.merge(c.cargo, -lost * c.amountPerTruck, Double::sum);
            lostCum[c.cargo.ordinal()] += lost * c.amountPerTruck;
            c.trucks -= lost;
        }
        if (attacked) {
            risk.attacked(cell);
            dirty.add(((long) c.origin << 32) | c.to.facility.cell() & 0xffffffffL);
        }
    }

    // ---- nightly distribution -------------------------------------------------------------------

    /** Serves each node's demand from stock; call once a day before reading need-met shares. */
    public void distribute() {
        for (Node n : allNodes()) {
            for (Map.Entry<Cargo, Stock> e : n.stock.entrySet()) {
                e.getValue().newDay();
                e.getValue().serve(n.demand.get(e.getKey()), n.open);
            }
        }
    }

    /** Start of a new day's accounting. */
    public void newDay() {
        deliveredToday.clear();
        trucksDeliveredToday = 0;
        fuelTrucksDeliveredToday = 0;
        risk.newDay();
    }

    /** Share of water need met at a water point: wells and springs, plus pumped water in proportion to fuel. */
    public double waterMet(Node wp) {
        return s.waterWithoutFuelShare() + (1 - s.waterWithoutFuelShare()) * wp.met(Cargo.FUEL) * (wp.open ? 1 : 0);
    }

    /** Share of the water drunk at a water point's commune that is safe. */
    public double safeWater(Node wp) {
        return s.safeWaterWithoutFuel() + (s.safeWaterWithFuel() - s.safeWaterWithoutFuel()) * wp.met(Cargo.FUEL) * (wp.open ? 1 : 0);
    }

    /** Share of food need met for residents served by a water point's market (local food included). */
    public double foodMet(Node wp) {
        Node m = marketOfWater.get(wp);
        return s.foodLocalShare() + (1 - s.foodLocalShare()) * (m == null ? 0 : m.met(Cargo.FOOD));
    }

    /** Demand-weighted share of a cargo's need met over a list of nodes. */
    public static double metShare(List<Node> nodes, Cargo c) {
        double d = 0, m = 0;
        for (Node n : nodes) {
            Double dem = n.demand.get(c);
            if (dem == null || dem <= 0) continue;
            d += dem;
            m += dem * n.met(c);
        }
        return d <= 0 ? 1 : m / d;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        hsim.model.core.SerialMaps.write(out, routes);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        routes = hsim.model.core.SerialMaps.read(in);
    }
}
