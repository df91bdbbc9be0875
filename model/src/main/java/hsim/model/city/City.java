package hsim.model.city;

import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map: a regular lat/lon grid (about 100 m cells for Port-au-Prince) with land/sea, communes, roads,
 * population and facilities. Residents are spread over the cells by {@link Settlement}.
 *
 * <p><b>Cell numbering, used everywhere in hsim:</b> {@code int cell = y * width + x}, with {@code x}
 * growing east and {@code y} growing south ({@code y = 0} is the northern edge, as in the .asc file and
 * on screen). MASON grids are indexed {@code field[x][y]}.
 *
 * <p>Grids: {@link #land()} 1/0, {@link #communes()} pcode number (0 = sea), {@link #roadClasses()}
 * {@link RoadClass} ordinal, {@link #speeds()} km/h (0 = impassable), {@link #population()} residents per
 * cell, summing per commune to the commune total. Immutable once built, except for the transient router
 * cache; serialisable for checkpoints.
 */
public final class City implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Metres per degree of latitude, and of longitude at the equator (WGS84 mean values). */
    static final double M_PER_DEG_LAT = 110_574.0;
    static final double M_PER_DEG_LON_EQ = 111_320.0;
    private static final RoadClass[] ROAD_CLASSES = RoadClass.values();

    private final String name;
    private final int width;
    private final int height;
    private final double westLon;
    private final double northLat;
    private final double cellDeg;
    private final double[] cellWidthM;   // by row: east-west size shrinks with cos(latitude)
    private final double cellHeightM;

    private final IntGrid2D land;
    private final IntGrid2D communeGrid;
    private final IntGrid2D roadClassGrid;
    private final DoubleGrid2D speedGrid;
    private final DoubleGrid2D populationGrid;

    private final Map<Integer, Commune> communes;
    private final List<Facility> facilities;
    private final Map<String, Facility> facilityById;
    private final List<PoliceStation> policeStations;
    private final List<Road> roads;

    private transient volatile Router router;

    /**
     * Builds a city. {@code communeOfCell} is indexed by cell and holds 0 for sea; {@code roadClassOfCell}
     * may hold NONE/STREET for ordinary land (every land cell becomes at least a street).
     */
    City(String name, int width, int height, double westLon, double northLat, double cellDeg,
         int[] communeOfCell, RoadClass[] roadClassOfCell, List<Commune> communeList,
         List<Facility> facilityList, List<Road> roadList) {
        this(name, width, height, westLon, northLat, cellDeg, communeOfCell, roadClassOfCell, communeList, facilityList,
                roadList, Map.of());
    }

    /** As above; {@code stationKinds} gives the kind of police stations that are not commissariats (by facility id). */
    City(String name, int width, int height, double westLon, double northLat, double cellDeg,
         int[] communeOfCell, RoadClass[] roadClassOfCell, List<Commune> communeList,
         List<Facility> facilityList, List<Road> roadList, Map<String, PoliceStation.Kind> stationKinds) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("empty grid " + width + "x" + height);
        this.name = name;
        this.width = width;
        this.height = height;
        this.westLon = westLon;
        this.northLat = northLat;
        this.cellDeg = cellDeg;
        this.cellHeightM = cellDeg * M_PER_DEG_LAT;
        this.cellWidthM = new double[height];
        for (int y = 0; y < height; y++) {
            cellWidthM[y] = cellDeg * M_PER_DEG_LON_EQ * StrictMath.cos(Math.toRadians(latOf(y + 0.5)));
        }
        land = new IntGrid2D(width, height);
        communeGrid = new IntGrid2D(width, height);
        roadClassGrid = new IntGrid2D(width, height);
        speedGrid = new DoubleGrid2D(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = y * width + x;
                int code = communeOfCell[c];
                if (code == 0) continue;
                land.field[x][y] = 1;
                communeGrid.field[x][y] = code;
                RoadClass rc = roadClassOfCell[c] == null || roadClassOfCell[c] == RoadClass.NONE
                        ? RoadClass.STREET : roadClassOfCell[c];
                roadClassGrid.field[x][y] = rc.ordinal();
                speedGrid.field[x][y] = rc.speedKmh();
            }
        }
        Map<Integer, Commune> cm = new LinkedHashMap<>();
        for (Commune k : communeList) cm.put(k.code(), k);
        this.communes = Collections.unmodifiableMap(cm);
        this.facilities = List.copyOf(facilityList);
        Map<String, Facility> byId = new LinkedHashMap<>();
        for (Facility f : facilityList) byId.put(f.id(), f);
        this.facilityById = Collections.unmodifiableMap(byId);
        List<PoliceStation> st = new ArrayList<>();
        for (Facility f : facilityList) {
            if (f.kind() == FacilityKind.POLICE_STATION) st.add(new PoliceStation(f, stationKinds.getOrDefault(f.id(), PoliceStation.Kind.COMMISSARIAT)));
        }
        this.policeStations = List.copyOf(st);
        this.roads = List.copyOf(roadList);
        int[] cellsPer = new int[maxCommuneCode() + 1];
        for (int c = 0; c < communeOfCell.length; c++) {
            int code = communeOfCell[c];
            if (code == 0) continue;
            if (!cm.containsKey(code)) {
                throw new IllegalArgumentException("cell " + (c % width) + "," + (c / width) + " has undeclared commune " + code);
            }
            cellsPer[code]++;
        }
        for (Commune k : communeList) {
            if (k.populated() && (k.code() >= cellsPer.length || cellsPer[k.code()] == 0)) {
                throw new IllegalArgumentException("commune " + k.code() + " " + k.name() + " has people but no land cells");
            }
        }
        this.populationGrid = Settlement.distribute(this);
    }

    // ---- geometry -------------------------------------------------------------------------------

    public String name() { return name; }
    public int width() { return width; }
    public int height() { return height; }
    public int cells() { return width * height; }
    public int cell(int x, int y) { return y * width + x; }
    public int x(int cell) { return cell % width; }
    public int y(int cell) { return cell / width; }
    public boolean inside(int x, int y) { return x >= 0 && y >= 0 && x < width && y < height; }
    /** Grid cell size in degrees (0.001 for Port-au-Prince). */
    public double cellDegrees() { return cellDeg; }
    public double westLon() { return westLon; }
    public double northLat() { return northLat; }
    /** Latitude of a (fractional) row coordinate; {@code y + 0.5} is a cell centre. */
    public double latOf(double y) { return northLat - y * cellDeg; }
    /** Column of a longitude; may be outside [0, width). */
    public int xOf(double lon) { return (int) Math.floor((lon - westLon) / cellDeg); }
    /** Row of a latitude; may be outside [0, height). */
    public int yOf(double lat) { return (int) Math.floor((northLat - lat) / cellDeg); }
    /** East-west size of a cell in row {@code y}, metres. */
    public double cellWidthM(int y) { return cellWidthM[y]; }
    /** North-south size of a cell, metres. */
    public double cellHeightM() { return cellHeightM; }
    /** Area of a cell in row {@code y}, km². */
    public double cellAreaKm2(int y) { return cellWidthM[y] * cellHeightM / 1e6; }

    // ---- layers ---------------------------------------------------------------------------------

    /** 1 = land, 0 = sea. */
    public IntGrid2D land() { return land; }
    /** Commune pcode number (HT0111 -> 111); 0 = sea. */
    public IntGrid2D communes() { return communeGrid; }
    /** {@link RoadClass} ordinal of each cell. */
    public IntGrid2D roadClasses() { return roadClassGrid; }
    /** Free-flow truck speed, km/h; 0 = impassable (sea). */
    public DoubleGrid2D speeds() { return speedGrid; }
    /** Residents per cell; per commune it sums to {@link Commune#population()}. */
    public DoubleGrid2D population() { return populationGrid; }

    public boolean isLand(int cell) { return land.field[cell % width][cell / width] != 0; }
    public int communeAt(int cell) { return communeGrid.field[cell % width][cell / width]; }
    public RoadClass roadClassAt(int cell) { return ROAD_CLASSES[roadClassGrid.field[cell % width][cell / width]]; }
    public double speedAt(int cell) { return speedGrid.field[cell % width][cell / width]; }

    /** All communes by code, in data order (populated metro communes first for the built-in map). */
    public Map<Integer, Commune> communeMap() { return communes; }
    public Commune commune(int code) { return communes.get(code); }
    public List<Facility> facilities() { return facilities; }
    /** The facility with this id, or null. */
    public Facility facility(String id) { return facilityById.get(id); }
    public List<Facility> facilities(FacilityKind kind) {
        List<Facility> out = new ArrayList<>();
        for (Facility f : facilities) if (f.kind() == kind) out.add(f);
        return out;
    }
    public List<Road> roads() { return roads; }

    /** HNP commissariats and sub-commissariats, in data order (the POLICE_STATION facilities with their kind). */
    public List<PoliceStation> policeStations() { return policeStations; }

    /** Travel times over this city's roads; built on first use and cached (not serialised). */
    public Router router() {
        Router r = router;
        if (r == null) {
            synchronized (this) {
                r = router;
                if (r == null) router = r = new Router(this);
            }
        }
        return r;
    }

    // ---- population -----------------------------------------------------------------------------

    int maxCommuneCode() {
        int m = 0;
        for (int[] col : communeGrid.field) for (int v : col) m = Math.max(m, v);
        return m;
    }

    /**
     * Splits {@code agents} over the populated communes in proportion to population (largest-remainder
     * rounding, ties to the lower code), in {@link #communeMap()} order.
     */
    public Map<Integer, Integer> agentsPerCommune(int agents) { return Settlement.agentsPerCommune(this, agents); }

    /**
     * Home cells for {@code agents} civilians: each commune gets its share ({@link #agentsPerCommune}),
     * placed by independent draws over the commune's cells with probability proportional to
     * {@link #population()}. The result is grouped by commune in {@link #communeMap()} order and fully
     * determined by {@code agents} and {@code seed}.
     */
    public int[] homeCells(int agents, long seed) { return Settlement.homeCells(this, agents, seed); }

    /** Cells of a commune in cell order. */
    public int[] cellsOfCommune(int code) {
        int n = 0;
        for (int c = 0; c < cells(); c++) if (communeAt(c) == code) n++;
        int[] out = new int[n];
        int i = 0;
        for (int c = 0; c < cells(); c++) if (communeAt(c) == code) out[i++] = c;
        return out;
    }

    /** Sum of {@link #population()} over a commune's cells. */
    public double populationOf(int code) {
        double s = 0;
        for (int c = 0; c < cells(); c++) if (communeAt(c) == code) s += populationGrid.field[c % width][c / width];
        return s;
    }

    // ---- small hand-built cities for tests ------------------------------------------------------

    /**
     * An all-land {@code width x height} city of ordinary streets, one commune (code 1, "Synthetic", 100
     * residents per cell), ~100 m cells near Port-au-Prince's latitude, no roads or facilities. For unit
     * tests of other mechanisms; use {@link #builder} for more.
     */
    public static City synthetic(int width, int height) {
        return builder(width, height).build();
    }

    public static Builder builder(int width, int height) { return new Builder(width, height); }

    /**
     * Builds a small city by hand. Defaults: all land, commune 1 "Synthetic" with 100 residents per land
     * cell, streets everywhere, 0.001° cells with the north-west corner at 18.60 N, 72.40 W.
     */
    public static final class Builder {
        private static final int DEFAULT_COMMUNE = -1;
        private final int width;
        private final int height;
        private final int[] commune;
        private final RoadClass[] road;
        private final List<Commune> communes = new ArrayList<>();
        private final List<Facility> facilities = new ArrayList<>();
        private final List<Road> roads = new ArrayList<>();
        private final Map<String, PoliceStation.Kind> stationKinds = new java.util.HashMap<>();
        private double westLon = -72.40;
        private double northLat = 18.60;
        private double cellDeg = 0.001;
        private boolean communesGiven;

        private Builder(int width, int height) {
            if (width < 1 || height < 1) throw new IllegalArgumentException("empty grid " + width + "x" + height);
            this.width = width;
            this.height = height;
            commune = new int[width * height];
            Arrays.fill(commune, DEFAULT_COMMUNE);
            road = new RoadClass[width * height];
            Arrays.fill(road, RoadClass.STREET);
        }

        /** Makes a cell sea (impassable, unpopulated). */
        public Builder sea(int x, int y) { commune[y * width + x] = 0; road[y * width + x] = RoadClass.NONE; return this; }

        /** Sets the road class of a land cell. */
        public Builder road(int x, int y, RoadClass rc) { road[y * width + x] = rc; return this; }

        /**
         * Declares a commune. Once any is declared, the default commune 1 is not added and land cells not
         * given to a commune with {@link #communeAt} belong to the first declared one.
         */
        public Builder commune(int code, String name, long population) {
            communes.add(new Commune(code, name, population, "synthetic"));
            communesGiven = true;
            return this;
        }

        /** Assigns a land cell to a commune. */
        public Builder communeAt(int x, int y, int code) { commune[y * width + x] = code; return this; }

        public Builder facility(String id, FacilityKind kind, int x, int y) {
            facilities.add(new Facility(id, id, kind, x, y, width, commune[y * width + x], false, "synthetic"));
            return this;
        }

        /** A police station of the given kind (a POLICE_STATION facility). */
        public Builder policeStation(String id, PoliceStation.Kind kind, int x, int y) {
            stationKinds.put(id, kind);
            return facility(id, FacilityKind.POLICE_STATION, x, y);
        }

        public Builder origin(double westLon, double northLat, double cellDeg) {
            this.westLon = westLon;
            this.northLat = northLat;
            this.cellDeg = cellDeg;
            return this;
        }

        public City build() {
            List<Commune> ks = new ArrayList<>(communes);
            if (!communesGiven) {
                long landCells = Arrays.stream(commune).filter(v -> v != 0).count();
                ks.add(new Commune(1, "Synthetic", 100 * landCells, "synthetic"));
            }
            int[] codes = commune.clone();
            for (int i = 0; i < codes.length; i++) if (codes[i] == DEFAULT_COMMUNE) codes[i] = ks.get(0).code();
            List<Facility> fs = new ArrayList<>();
            for (Facility f : facilities) {
                int c = f.cell();
                if (codes[c] == 0) throw new IllegalArgumentException("facility " + f.id() + " is in the sea");
                fs.add(new Facility(f.id(), f.name(), f.kind(), f.x(), f.y(), width, codes[c], false, "synthetic"));
            }
            return new City("synthetic", width, height, westLon, northLat, cellDeg, codes,
                    road.clone(), ks, fs, roads, stationKinds);
        }
    }
}
