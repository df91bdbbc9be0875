package hsim.model.city;

import hsim.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a city from four files (see data/README.md): {@code commune-grid.asc} (ESRI ASCII grid of
 * commune pcode numbers, 0 = sea), {@code communes.csv}, {@code facilities.csv} and {@code roads.csv}, and
 * optionally {@code police-stations.csv} (HNP commissariats and sub-commissariats; the built-in map has it).
 * The built-in Port-au-Prince map is read from the classpath ({@code data/port-au-prince/}, bundled in
 * the model jar); {@link #load(Path)} reads the same files from a folder. Any problem with the data is
 * an {@link InputException} naming the file, line and field.
 */
public final class CityLoader {
    public static final String BUILTIN_DIR = "data/port-au-prince/";
    public static final String GRID = "commune-grid.asc";
    public static final String COMMUNES = "communes.csv";
    public static final String FACILITIES = "facilities.csv";
    public static final String ROADS = "roads.csv";
    public static final String STATIONS = "police-stations.csv";

    private interface Files4 { String read(String file); String name(String file); boolean exists(String file); }

    private CityLoader() {}

    /** The built-in Port-au-Prince map. */
    public static City loadBuiltIn() {
        return load("Port-au-Prince", new Files4() {
            @Override public String read(String file) {
                String res = BUILTIN_DIR + file;
                try (InputStream in = CityLoader.class.getClassLoader().getResourceAsStream(res)) {
                    if (in == null) throw new InputException(res, 0, null, "missing from the build (classpath resource not found)");
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new InputException(res, 0, null, "cannot read: " + e.getMessage(), e);
                }
            }
            @Override public String name(String file) { return BUILTIN_DIR + file; }
            @Override public boolean exists(String file) { return CityLoader.class.getClassLoader().getResource(BUILTIN_DIR + file) != null; }
        });
    }

    /** A map from a folder holding the four files. */
    public static City load(Path dir) {
        String label = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        return load(label, new Files4() {
            @Override public String read(String file) {
                Path p = dir.resolve(file);
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new InputException(p.toString(), 0, null, "missing file (a city folder needs "
                            + String.join(", ", GRID, COMMUNES, FACILITIES, ROADS) + ")");
                } catch (IOException e) {
                    throw new InputException(p.toString(), 0, null, "cannot read: " + e.getMessage(), e);
                }
            }
            @Override public String name(String file) { return dir.resolve(file).toString(); }
            @Override public boolean exists(String file) { return Files.exists(dir.resolve(file)); }
        });
    }

    private static City load(String cityName, Files4 files) {
        List<Commune> communes = readCommunes(files.name(COMMUNES), files.read(COMMUNES));
        Map<Integer, Commune> byCode = new HashMap<>();
        for (Commune c : communes) byCode.put(c.code(), c);
        Grid grid = readGrid(files.name(GRID), files.read(GRID), byCode);
        java.util.Set<Integer> onGrid = new java.util.HashSet<>();
        for (int v : grid.commune) onGrid.add(v);
        for (Commune c : communes) {
            if (c.populated() && !onGrid.contains(c.code())) {
                throw new InputException(files.name(COMMUNES), 0, "code", "commune " + c.code() + " (" + c.name()
                        + ") has people but no cell of " + GRID + " carries its code");
            }
        }
        String facName = files.name(FACILITIES);
        CsvTable fac = new CsvTable(facName, files.read(FACILITIES), "id", "name", "kind", "lat", "lon", "approx", "source");
        CsvTable rd = new CsvTable(files.name(ROADS), files.read(ROADS), "road_id", "name", "class", "seq", "lat", "lon", "note");

        List<Facility> facilities = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fac.size(); i++) {
            String id = fac.required(i, "id");
            Integer dup = seen.put(id, fac.line(i));
            if (dup != null) throw new InputException(facName, fac.line(i), "id", "'" + id + "' already used on line " + dup);
            String kindText = fac.required(i, "kind");
            FacilityKind kind = FacilityKind.parse(kindText);
            if (kind == null) {
                throw new InputException(facName, fac.line(i), "kind", "'" + kindText + "' is unknown; allowed "
                        + java.util.Arrays.toString(FacilityKind.values()));
            }
            int[] xy = grid.locate(fac, i);
            int code = grid.commune[xy[1] * grid.w + xy[0]];
            if (code == 0) {
                throw new InputException(facName, fac.line(i), "lat/lon", fac.get(i, "lat") + "," + fac.get(i, "lon")
                        + " falls in a sea cell (" + xy[0] + "," + xy[1] + "); facilities must be on land");
            }
            facilities.add(new Facility(id, fac.required(i, "name"), kind, xy[0], xy[1], grid.w, code,
                    fac.bool(i, "approx"), fac.get(i, "source")));
        }

        String stName = files.name(STATIONS);
        CsvTable st = files.exists(STATIONS) ? new CsvTable(stName, files.read(STATIONS), "id", "name", "kind", "lat", "lon", "approx", "source") : null;
        Map<String, PoliceStation.Kind> stationKinds = new HashMap<>();
        int firstStation = facilities.size();
        for (int i = 0; st != null && i < st.size(); i++) {
            String id = st.required(i, "id");
            Integer dup = seen.put(id, -st.line(i));
            if (dup != null) {
                throw new InputException(stName, st.line(i), "id", "'" + id + "' already used on line " + Math.abs(dup)
                        + (dup < 0 ? "" : " of " + FACILITIES));
            }
            String kindText = st.required(i, "kind");
            PoliceStation.Kind kind = PoliceStation.Kind.parse(kindText);
            if (kind == null) {
                throw new InputException(stName, st.line(i), "kind", "'" + kindText + "' is unknown; allowed "
                        + java.util.Arrays.toString(PoliceStation.Kind.values()));
            }
            int[] xy = grid.locate(st, i);
            int code = grid.commune[xy[1] * grid.w + xy[0]];
            if (code == 0) {
                throw new InputException(stName, st.line(i), "lat/lon", st.get(i, "lat") + "," + st.get(i, "lon")
                        + " falls in a sea cell (" + xy[0] + "," + xy[1] + "); police stations must be on land");
            }
            stationKinds.put(id, kind);
            facilities.add(new Facility(id, st.required(i, "name"), FacilityKind.POLICE_STATION, xy[0], xy[1], grid.w, code,
                    st.bool(i, "approx"), st.required(i, "source")));
        }

        List<Road> roads = readRoads(rd, grid);
        RoadClass[] roadClass = new RoadClass[grid.w * grid.h];
        for (Road r : roads) {
            for (int c : r.cells()) {
                if (grid.commune[c] == 0) continue; // a segment grazing the coast stays on land; sea is never road
                if (roadClass[c] == null || roadClass[c].ordinal() < r.roadClass().ordinal()) roadClass[c] = r.roadClass();
            }
        }
        City city = new City(cityName, grid.w, grid.h, grid.west, grid.north, grid.cell, grid.commune, roadClass,
                communes, facilities, roads, stationKinds);
        checkFacilitiesReachable(city, fac, facName, st, stName, firstStation);
        return city;
    }

    // ---- communes -------------------------------------------------------------------------------

    private static List<Commune> readCommunes(String name, String text) {
        CsvTable t = new CsvTable(name, text, "code", "name", "population", "source");
        List<Commune> out = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            long code = t.integer(i, "code", 1, 999_999);
            Integer dup = seen.put(code, t.line(i));
            if (dup != null) throw new InputException(name, t.line(i), "code", code + " already used on line " + dup);
            out.add(new Commune((int) code, t.required(i, "name"), t.integer(i, "population", 0, 100_000_000L), t.get(i, "source")));
        }
        if (out.stream().noneMatch(Commune::populated)) throw new InputException(name, 0, "population", "no commune has people");
        return out;
    }

    // ---- grid -----------------------------------------------------------------------------------

    /** The raw grid as read: commune code per cell (y * w + x), 0 = sea. */
    private static final class Grid {
        final String source;
        int w, h;
        double west, north, cell;
        int[] commune;

        Grid(String source) { this.source = source; }

        boolean inside(int x, int y) { return x >= 0 && y >= 0 && x < w && y < h; }

        int[] locate(CsvTable t, int row) {
            double lat = t.number(row, "lat", -90, 90);
            double lon = t.number(row, "lon", -180, 180);
            int x = (int) Math.floor((lon - west) / cell);
            int y = (int) Math.floor((north - lat) / cell);
            if (!inside(x, y)) {
                throw new InputException(t.source, t.line(row), "lat/lon", lat + "," + lon + " is off the map; allowed lat "
                        + (north - h * cell) + ".." + north + ", lon " + west + ".." + (west + w * cell));
            }
            return new int[] {x, y};
        }
    }

    private static Grid readGrid(String name, String text, Map<Integer, Commune> communes) {
        Grid g = new Grid(name);
        String[] lines = text.split("\r?\n");
        Map<String, String> head = new LinkedHashMap<>();
        int li = 0;
        while (li < lines.length && head.size() < 6) {
            String[] kv = lines[li].strip().split("\\s+");
            if (kv.length != 2 || Character.isDigit(kv[0].charAt(0)) || kv[0].charAt(0) == '-') break;
            head.put(kv[0].toLowerCase(java.util.Locale.ROOT), kv[1]);
            li++;
        }
        g.w = (int) headerNumber(name, head, "ncols", 1, 100_000);
        g.h = (int) headerNumber(name, head, "nrows", 1, 100_000);
        g.west = headerNumber(name, head, "xllcorner", -180, 180);
        double south = headerNumber(name, head, "yllcorner", -90, 90);
        g.cell = headerNumber(name, head, "cellsize", 1e-6, 1);
        g.north = south + g.h * g.cell;
        // NODATA cells are treated as sea (outside every commune)
        int nodata = head.containsKey("nodata_value") ? (int) headerNumber(name, head, "nodata_value", -1e9, 1e9) : Integer.MIN_VALUE;
        g.commune = new int[g.w * g.h];
        int y = 0;
        for (; li < lines.length; li++) {
            String l = lines[li];
            if (l.isBlank()) continue;
            if (y >= g.h) throw new InputException(name, li + 1, "nrows", "more than " + g.h + " data rows");
            int x = 0, p = 0, n = l.length();
            while (true) {
                while (p < n && l.charAt(p) == ' ') p++;
                if (p >= n) break;
                int start = p;
                boolean neg = false;
                int v = 0;
                if (l.charAt(p) == '-') { neg = true; p++; }
                while (p < n && l.charAt(p) != ' ') {
                    char ch = l.charAt(p);
                    if (ch < '0' || ch > '9') {
                        throw new InputException(name, li + 1, "column " + (x + 1), "'" + l.substring(start, Math.min(n, l.indexOf(' ', start) < 0 ? n : l.indexOf(' ', start)))
                                + "' is not a whole number");
                    }
                    v = v * 10 + (ch - '0');
                    p++;
                }
                if (neg) v = -v;
                if (v == nodata) v = 0;
                if (x >= g.w) throw new InputException(name, li + 1, "ncols", "row has more than " + g.w + " values");
                if (v != 0 && !communes.containsKey(v)) {
                    throw new InputException(name, li + 1, "column " + (x + 1), "unknown commune code " + v
                            + "; allowed 0 (sea) or a code from " + COMMUNES + " " + communes.keySet());
                }
                g.commune[y * g.w + x] = v;
                x++;
            }
            if (x != g.w) throw new InputException(name, li + 1, "ncols", "row has " + x + " values; expected " + g.w);
            y++;
        }
        if (y != g.h) throw new InputException(name, lines.length, "nrows", "grid has " + y + " data rows; expected " + g.h);
        return g;
    }

    private static double headerNumber(String name, Map<String, String> head, String key, double min, double max) {
        String v = head.get(key);
        int line = new ArrayList<>(head.keySet()).indexOf(key) + 1;
        if (v == null) throw new InputException(name, 0, key, "missing from the grid header");
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InputException(name, line, key, "'" + v + "' is not a number");
        }
        if (!(d >= min && d <= max)) throw new InputException(name, line, key, v + " is out of range; allowed " + min + ".." + max);
        return d;
    }

    // ---- roads ----------------------------------------------------------------------------------

    private static List<Road> readRoads(CsvTable t, Grid g) {
        Map<String, List<Integer>> rowsById = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) rowsById.computeIfAbsent(t.required(i, "road_id"), k -> new ArrayList<>()).add(i);
        List<Road> roads = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsById.entrySet()) {
            List<Integer> rows = e.getValue();
            int first = rows.get(0);
            if (rows.size() < 2) throw new InputException(t.source, t.line(first), "seq", "road '" + e.getKey() + "' has one waypoint; needs at least 2");
            String clsText = t.required(first, "class");
            RoadClass cls = RoadClass.parse(clsText);
            if (cls == null) throw new InputException(t.source, t.line(first), "class", "'" + clsText + "' is unknown; allowed arterial, secondary, street");
            double[] lat = new double[rows.size()];
            double[] lon = new double[rows.size()];
            int[] wx = new int[rows.size()];
            int[] wy = new int[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                int r = rows.get(k);
                long seq = t.integer(r, "seq", 0, 1_000_000);
                if (seq != k) throw new InputException(t.source, t.line(r), "seq", seq + " out of order; expected " + k + " (waypoints of a road are numbered 0,1,2... in order)");
                if (!t.get(r, "class").isEmpty() && RoadClass.parse(t.get(r, "class")) != cls) {
                    throw new InputException(t.source, t.line(r), "class", "'" + t.get(r, "class") + "' differs from the road's first row ('" + clsText + "')");
                }
                int[] xy = g.locate(t, r);
                if (g.commune[xy[1] * g.w + xy[0]] == 0) {
                    throw new InputException(t.source, t.line(r), "lat/lon", t.get(r, "lat") + "," + t.get(r, "lon") + " falls in a sea cell; road waypoints must be on land");
                }
                lat[k] = Double.parseDouble(t.get(r, "lat"));
                lon[k] = Double.parseDouble(t.get(r, "lon"));
                wx[k] = xy[0];
                wy[k] = xy[1];
            }
            roads.add(new Road(e.getKey(), t.required(first, "name"), cls, t.get(first, "note"), lat, lon, rasterise(wx, wy, g.w)));
        }
        return roads;
    }

    /** Cells along the polyline, each consecutive pair 8-neighbours (DDA on the longer axis). */
    static int[] rasterise(int[] xs, int[] ys, int width) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k + 1 < xs.length; k++) {
            int x0 = xs[k], y0 = ys[k], x1 = xs[k + 1], y1 = ys[k + 1];
            int n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
            for (int i = (k == 0 ? 0 : 1); i <= n; i++) {
                int x = n == 0 ? x0 : (int) Math.round(x0 + (x1 - x0) * (double) i / n);
                int y = n == 0 ? y0 : (int) Math.round(y0 + (y1 - y0) * (double) i / n);
                int c = y * width + x;
                if (out.isEmpty() || out.get(out.size() - 1) != c) out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- connectivity ---------------------------------------------------------------------------

    /**
     * Every facility must sit in a stretch of land that the main road network reaches (otherwise it lies
     * on an islet or an enclave no vehicle can get to): flood-fill land from all arterial/secondary cells.
     */
    private static void checkFacilitiesReachable(City city, CsvTable fac, String facName, CsvTable st, String stName, int firstStation) {
        boolean[] reached = new boolean[city.cells()];
        int[] queue = new int[city.cells()];
        int head = 0, tail = 0;
        for (int c = 0; c < reached.length; c++) {
            RoadClass rc = city.roadClassAt(c);
            if (rc == RoadClass.ARTERIAL || rc == RoadClass.SECONDARY) { reached[c] = true; queue[tail++] = c; }
        }
        int w = city.width(), h = city.height();
        while (head < tail) {
            int u = queue[head++];
            int ux = u % w, uy = u / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = ux + dx, y = uy + dy;
                    if ((dx | dy) == 0 || x < 0 || y < 0 || x >= w || y >= h) continue;
                    int v = y * w + x;
                    if (!reached[v] && city.isLand(v)) { reached[v] = true; queue[tail++] = v; }
                }
            }
        }
        for (int i = 0; i < city.facilities().size(); i++) {
            Facility f = city.facilities().get(i);
            if (!reached[f.cell()]) {
                boolean station = i >= firstStation;
                throw new InputException(station ? stName : facName, station ? st.line(i - firstStation) : fac.line(i), "lat/lon", "facility '" + f.id() + "' at cell (" + f.x() + "," + f.y()
                        + ") is not connected to any road in " + ROADS + " (land around it is cut off by sea)");
            }
        }
    }
}
