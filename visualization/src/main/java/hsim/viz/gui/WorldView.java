package hsim.viz.gui;

import hsim.model.city.Facility;
import hsim.model.gangs.GangCell;
import hsim.model.metrics.MapSnapshot;
import hsim.model.people.Civilians;
import hsim.model.world.InterventionModel;
import hsim.model.world.MetroState;
import hsim.viz.scene.Scene;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.field.grid.SparseGrid2D;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A display-only mirror of the model's world on MASON fields: value grids for territory, insecurity,
 * civilians, displaced people and cholera cases, and sparse grids of markers for units, gangs, convoys
 * and facilities. Territory, facilities and markers come from the {@link Scene} of the model's own
 * {@link MapSnapshot} (where the security day placed the forces), so the picture shows what the model
 * computed and matches the report's maps. It is filled serially between steps (the model never sees
 * it), so the portrayals and inspectors read stable copies while the model keeps its own compact arrays.
 */
public final class WorldView {
    public final int width, height;
    public final IntGrid2D territory;
    public final DoubleGrid2D insecurity, civilians, displaced, cholera;
    public final SparseGrid2D police, troops, teams, gangs, convoys, facilities;
    /** The unit agents the model lists ({@link InterventionModel#units}), at their cells. */
    public final SparseGrid2D units;
    private final Map<String, Markers.Unit> unitMarkers = new HashMap<>();
    private final Map<Integer, Markers.Gang> gangMarkers = new HashMap<>();
    private final Map<String, Markers.Police> policeMarkers = new HashMap<>(); // kept so an open inspector follows its station
    private final Map<Facility, Markers.Site> siteMarkers = new java.util.LinkedHashMap<>(); // city order: stable drawing order
    private Scene scene;

    public WorldView(int width, int height) {
        this.width = width;
        this.height = height;
        territory = new IntGrid2D(width, height);
        insecurity = new DoubleGrid2D(width, height);
        civilians = new DoubleGrid2D(width, height);
        displaced = new DoubleGrid2D(width, height);
        cholera = new DoubleGrid2D(width, height);
        police = new SparseGrid2D(width, height);
        troops = new SparseGrid2D(width, height);
        teams = new SparseGrid2D(width, height);
        gangs = new SparseGrid2D(width, height);
        convoys = new SparseGrid2D(width, height);
        facilities = new SparseGrid2D(width, height);
        units = new SparseGrid2D(width, height);
    }

    /** Refreshes everything from the model (call between steps, never from inside one). */
    public void update(InterventionModel model, int day) {
        MetroState m = model.state();
        Scene scene = Scene.of(MapSnapshot.of(m, model.deployment(), day));
        this.scene = scene;
        updateGrids(m, scene);
        updateGangs(m, scene);
        updateForces(scene);
        updateFacilities(scene);
        updateUnits(model::units);
    }

    /**
     * Places every unit the source lists at its cell (units without a position are not drawn); a unit no
     * longer listed disappears. Reads the list only: where a unit stands is the model's business.
     */
    public void updateUnits(hsim.model.metrics.UnitSource source) {
        units.clear();
        Map<String, Markers.Unit> seen = new HashMap<>();
        source.units(r -> {
            String key = r.kind().label() + "/" + r.id();
            Markers.Unit u = unitMarkers.get(key);
            if (u == null) u = new Markers.Unit(r, width);
            else u.update(r);
            seen.put(key, u);
            if (r.cell() >= 0 && r.cell() < width * height) units.setObjectLocation(u, r.cell() % width, r.cell() / width);
        });
        unitMarkers.keySet().retainAll(seen.keySet());
        unitMarkers.putAll(seen);
    }

    /** What the map layers show now: the model's own snapshot, as the report's maps draw it. */
    public Scene scene() { return scene; }

    void updateGrids(MetroState m, Scene scene) {
        for (int c = 0; c < width * height; c++) {
            territory.field[c % width][c / width] = scene.territory(c);
            insecurity.field[c % width][c / width] = m.violence[c];
        }
        civilians.setTo(0);
        displaced.setTo(0);
        cholera.setTo(0);
        Civilians civ = m.civ;
        double ppa = civ.peoplePerAgent();
        for (int i = 0; i < civ.size(); i++) {
            if (!civ.alive(i) || civ.has(i, Civilians.JAILED)) continue;
            int c = civ.cell(i);
            int x = c % width, y = c / width;
            civilians.field[x][y] += ppa;
            if (civ.has(i, Civilians.DISPLACED)) displaced.field[x][y] += ppa;
            if (civ.cholera(i) == Civilians.INFECTIOUS) cholera.field[x][y] += ppa;
        }
    }

    /** Gang markers carry the live gang (for the inspector) and stand where the scene puts them. */
    private void updateGangs(MetroState m, Scene scene) {
        gangs.clear();
        for (GangCell g : m.gangs) gangMarkers.computeIfAbsent(g.id, k -> new Markers.Gang(g)).update(g);
        Map<String, java.util.ArrayDeque<GangCell>> byName = new HashMap<>(); // a gang that splits twice has two halves of one name
        for (GangCell g : m.gangs) if (g.alive && g.members >= 1) byName.computeIfAbsent(g.name, k -> new java.util.ArrayDeque<>()).add(g);
        for (Scene.Marker mk : scene.markers(Scene.MarkerKind.GANG)) {
            java.util.ArrayDeque<GangCell> q = byName.get(mk.label());
            GangCell g = q == null ? null : q.poll();
            if (g != null) place(gangs, gangMarkers.get(g.id), mk);
        }
    }

    private void updateForces(Scene scene) {
        police.clear();
        for (Scene.Marker mk : scene.markers(Scene.MarkerKind.POLICE)) {
            Markers.Police p = policeMarkers.computeIfAbsent(mk.label(), k -> new Markers.Police(k, 0));
            p.officers = mk.value();
            place(police, p, mk);
        }
        troops.clear();
        for (Scene.Marker mk : scene.markers(Scene.MarkerKind.TROOPS)) place(troops, new Markers.Troops(mk.label(), mk.value()), mk);
        teams.clear();
        for (Scene.Marker mk : scene.markers(Scene.MarkerKind.TEAM)) place(teams, new Markers.Team((int) mk.value(), mk.label()), mk);
        convoys.clear();
        for (Scene.Marker mk : scene.markers(Scene.MarkerKind.CONVOY)) place(convoys, new Markers.Convoy(mk), mk);
    }

    private void place(SparseGrid2D grid, Object o, Scene.Marker mk) { grid.setObjectLocation(o, mk.cell() % width, mk.cell() / width); }

    private void updateFacilities(Scene scene) {
        for (Scene.Site f : scene.facilities()) {
            Markers.Site s = siteMarkers.computeIfAbsent(f.facility(), k -> new Markers.Site(f.facility()));
            s.status = f.status();
            facilities.setObjectLocation(s, f.facility().x(), f.facility().y());
        }
    }

    /** The facility markers and their current status. */
    public List<Markers.Site> sites() { return new ArrayList<>(siteMarkers.values()); }

    /** The unit markers on the display now. */
    public List<Markers.Unit> unitMarkers() {
        List<Markers.Unit> out = new ArrayList<>();
        for (Object o : units.getAllObjects()) out.add((Markers.Unit) o);
        return out;
    }

    /** The live gang markers. */
    public List<Markers.Gang> gangMarkers() {
        List<Markers.Gang> out = new ArrayList<>();
        for (Object o : gangs.getAllObjects()) out.add((Markers.Gang) o);
        return out;
    }
}
