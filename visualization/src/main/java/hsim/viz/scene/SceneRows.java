package hsim.viz.scene;

import hsim.model.InputException;
import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.gangs.Coalition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hsim.results.FinalStateSchema;
import static hsim.results.FinalStateSchema.*;

/**
 * A {@link Scene} as the rows of its final-state file ({@link FinalStateSchema}) and back. The CSV itself
 * is written and read by the caller's CSV code; this class owns only what each row means.
 */
public final class SceneRows {
    private SceneRows() {}

    /** One parsed row: its cells by column name and the line it came from (for error messages). */
    public record Row(int line, Map<String, String> cells) {}

    /** The rows of {@code s}, in {@link FinalStateSchema#COLUMNS} order. */
    public static List<List<String>> encode(Scene s) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(GRID, "", "", Integer.toString(s.width()), Integer.toString(s.height()), "", Integer.toString(s.day())));
        for (Scene.Gang g : new java.util.TreeMap<>(s.gangs()).values()) {
            out.add(List.of(ROSTER, g.name(), g.coalition().name(), "", "", "", Integer.toString(g.id())));
        }
        int[] owner = s.owner();
        for (int y = 0; y < s.height(); y++) {
            int x = 0;
            while (x < s.width()) {
                int o = owner[y * s.width() + x], run = 1;
                while (x + run < s.width() && owner[y * s.width() + x + run] == o) run++;
                if (o >= 0 && s.gangs().containsKey(o)) {
                    out.add(List.of(TERRITORY, "", "", Integer.toString(x), Integer.toString(y), Integer.toString(run), Integer.toString(o)));
                }
                x += run;
            }
        }
        for (Scene.Site f : s.facilities()) {
            out.add(List.of(FACILITY, f.facility().id(), f.status().label(), Integer.toString(f.facility().x()),
                    Integer.toString(f.facility().y()), "1", ""));
        }
        for (Scene.Marker m : s.markers()) {
            out.add(List.of(layer(m.kind()), m.label(), m.detail(), Integer.toString(m.cell() % s.width()),
                    Integer.toString(m.cell() / s.width()), "1", number(m.value())));
        }
        return out;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v); // shortest text that reads back as the same double
    }

    /** The scene in {@code rows} (a grid row first), its facilities looked up in {@code city}. */
    public static Scene decode(List<Row> rows, City city, String source) {
        if (rows.isEmpty() || !GRID.equals(rows.get(0).cells().get(LAYER))) {
            throw new InputException(source, 2, LAYER, "the first row must be the '" + GRID + "' row");
        }
        Row grid = rows.get(0);
        int width = integer(grid, X, 1, 100_000, source), height = integer(grid, Y, 1, 100_000, source);
        if (width != city.width() || height != city.height()) {
            throw new InputException(source, grid.line(), X, "grid " + width + " x " + height + " is not the city's "
                    + city.width() + " x " + city.height());
        }
        int day = integer(grid, VALUE, 0, Integer.MAX_VALUE, source);
        int[] owner = new int[width * height];
        Arrays.fill(owner, -1);
        Map<Integer, Scene.Gang> gangs = new LinkedHashMap<>();
        List<Scene.Site> sites = new ArrayList<>();
        List<Scene.Marker> markers = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            if (!ROSTER.equals(r.cells().get(LAYER))) continue;
            int id = integer(r, VALUE, 0, Integer.MAX_VALUE, source);
            gangs.put(id, new Scene.Gang(id, r.cells().get(NAME), coalition(r, source)));
        }
        for (Row r : rows.subList(1, rows.size())) {
            String layer = r.cells().get(LAYER);
            if (ROSTER.equals(layer)) continue;
            int x = integer(r, X, 0, width - 1, source), y = integer(r, Y, 0, height - 1, source);
            switch (layer) {
                case TERRITORY -> {
                    int id = integer(r, VALUE, 0, Integer.MAX_VALUE, source), n = integer(r, CELLS, 1, width - x, source);
                    if (!gangs.containsKey(id)) throw new InputException(source, r.line(), VALUE, "gang " + id + " has no '" + ROSTER + "' row");
                    Arrays.fill(owner, y * width + x, y * width + x + n, id);
                }
                case FACILITY -> {
                    Facility f = city.facility(r.cells().get(NAME));
                    if (f == null) throw new InputException(source, r.line(), NAME, "facility '" + r.cells().get(NAME) + "' is not in " + city.name());
                    FacilityStatus st = FacilityStatus.ofLabel(r.cells().get(GROUP));
                    if (st == null) throw new InputException(source, r.line(), GROUP, "'" + r.cells().get(GROUP) + "' is not a facility status");
                    sites.add(new Scene.Site(f, st));
                }
                default -> markers.add(new Scene.Marker(kind(r, source), r.cells().get(NAME), r.cells().get(GROUP), y * width + x,
                        number(r, VALUE, source)));
            }
        }
        return new Scene(day, width, height, owner, gangs, sites, markers);
    }

    private static Scene.MarkerKind kind(Row r, String source) {
        for (Scene.MarkerKind k : Scene.MarkerKind.values()) if (layer(k).equals(r.cells().get(LAYER))) return k;
        throw new InputException(source, r.line(), LAYER, "'" + r.cells().get(LAYER) + "' is not a layer; allowed "
                + GRID + ", " + ROSTER + ", " + TERRITORY + ", " + FACILITY + " or a marker (gang, police, troops, team, convoy)");
    }

    private static Coalition coalition(Row r, String source) {
        try {
            return Coalition.valueOf(r.cells().get(GROUP));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, r.line(), GROUP, "'" + r.cells().get(GROUP) + "' is not a coalition; allowed "
                    + Arrays.toString(Coalition.values()));
        }
    }

    private static int integer(Row r, String column, int min, int max, String source) {
        double v = number(r, column, source);
        if (v != Math.rint(v) || v < min || v > max) {
            throw new InputException(source, r.line(), column, "'" + r.cells().get(column) + "' is out of range; allowed integers " + min + ".." + max);
        }
        return (int) v;
    }

    private static double number(Row r, String column, String source) {
        String t = r.cells().get(column);
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InputException(source, r.line(), column, "'" + t + "' is not a number");
        }
    }

    /** The layer name of a marker kind (lower case: gang, police, troops, team, convoy). */
    private static String layer(Scene.MarkerKind k) { return k.name().toLowerCase(java.util.Locale.ROOT); }
}
