package hsim.model.city;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a small city by hand, for unit tests of the mechanisms ({@link City#builder}). Defaults: all
 * land, commune 1 "Synthetic" with 100 residents per land cell, streets everywhere, 0.001° cells with the
 * north-west corner at 18.60 N, 72.40 W.
 */
public final class CityBuilder {
    private static final int DEFAULT_COMMUNE = -1;
    private final int width;
    private final int height;
    private final int[] commune;
    private final RoadClass[] road;
    private final List<Commune> communes = new ArrayList<>();
    private final List<Facility> facilities = new ArrayList<>();
    private final List<Road> roads = new ArrayList<>();
    private double westLon = -72.40;
    private double northLat = 18.60;
    private double cellDeg = 0.001;
    private boolean communesGiven;

    CityBuilder(int width, int height) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("empty grid " + width + "x" + height);
        this.width = width;
        this.height = height;
        commune = new int[width * height];
        Arrays.fill(commune, DEFAULT_COMMUNE);
        road = new RoadClass[width * height];
        Arrays.fill(road, RoadClass.STREET);
    }

    /** Makes a cell sea (impassable, unpopulated). */
    public CityBuilder sea(int x, int y) { commune[y * width + x] = 0; road[y * width + x] = RoadClass.NONE; return this; }

    /** Sets the road class of a land cell. */
    public CityBuilder road(int x, int y, RoadClass rc) { road[y * width + x] = rc; return this; }

    /**
     * Declares a commune. Once any is declared, the default commune 1 is not added and land cells not
     * given to a commune with {@link #communeAt} belong to the first declared one.
     */
    public CityBuilder commune(int code, String name, long population) {
        communes.add(new Commune(code, name, population, "synthetic"));
        communesGiven = true;
        return this;
    }

    /** Assigns a land cell to a commune. */
    public CityBuilder communeAt(int x, int y, int code) { commune[y * width + x] = code; return this; }

    public CityBuilder facility(String id, FacilityKind kind, int x, int y) {
        facilities.add(new Facility(id, id, kind, x, y, width, commune[y * width + x], false, "synthetic"));
        return this;
    }

    public CityBuilder origin(double westLon, double northLat, double cellDeg) {
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
                road.clone(), ks, fs, roads);
    }
}
