package hsim.viz.gui;

import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.CriticalSite;
import hsim.model.world.InterventionModel;
import hsim.model.world.MetroState;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.field.grid.SparseGrid2D;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A display-only mirror of the model's world on MASON fields: value grids for territory, insecurity,
 * civilians, displaced people and cholera cases, and sparse grids of markers for units, gangs, convoys
 * and facilities. It is filled serially between steps (the model never sees it), so the portrayals
 * and inspectors read stable copies while the model keeps its own compact arrays.
 */
public final class WorldView {
    /** One foreign-troop marker per this many corridor cells, so manoeuvre troops show along the roads. */
    static final int CORRIDOR_SPACING = 30;

    public final int width, height;
    public final IntGrid2D territory;
    public final DoubleGrid2D insecurity, civilians, displaced, cholera;
    public final SparseGrid2D police, troops, teams, gangs, convoys, facilities;
    private final Map<Integer, Markers.Gang> gangMarkers = new HashMap<>();
    private final Map<Facility, Markers.Police> policeMarkers = new HashMap<>(); // kept so an open inspector follows its station
    private final Map<Facility, Markers.Site> siteMarkers = new java.util.LinkedHashMap<>(); // city order: stable drawing order

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
    }

    /** Refreshes everything from the model (call between steps, never from inside one). */
    public void update(InterventionModel model, int day) {
        MetroState m = model.state();
        updateGrids(m);
        updateGangs(m);
        updateSecurity(m, day);
        updateConvoys(m);
        updateFacilities(m);
    }

    void updateGrids(MetroState m) {
        int[] owners = m.territory.owners();
        for (int c = 0; c < owners.length; c++) {
            int o = owners[c];
            territory.field[c % width][c / width] = o < 0 ? 0 : TerritoryColorMap.code(m.gang(o).coalition);
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

    private void updateGangs(MetroState m) {
        for (GangCell g : m.gangs) {
            Markers.Gang mk = gangMarkers.computeIfAbsent(g.id, k -> new Markers.Gang(g));
            mk.update(g);
            if (g.alive && g.members >= 1) gangs.setObjectLocation(mk, g.baseCell % width, g.baseCell / width);
            else gangs.remove(mk);
        }
    }

    private void updateSecurity(MetroState m, int day) {
        police.clear();
        List<Facility> held = new ArrayList<>();
        for (Facility st : m.city.facilities(FacilityKind.POLICE_STATION)) if (m.territory.owner(st.cell()) < 0) held.add(st);
        double patrol = m.hnp.officers * m.ops.hnpOnDutyShare() * m.ops.hnpPatrolShare();
        for (Facility st : held) {
            Markers.Police p = policeMarkers.computeIfAbsent(st, k -> new Markers.Police(st.name(), 0));
            p.officers = patrol / held.size();
            police.setObjectLocation(p, st.x(), st.y());
        }

        troops.clear();
        if (m.force.present()) {
            int guarded = 0;
            for (CriticalSite s : m.sites) {
                if (!s.foreignHeld) continue;
                guarded++;
                troops.setObjectLocation(new Markers.Troops("guarding " + s.name, m.ops.forceTroopsPerSite()), s.facility.x(), s.facility.y());
            }
            placeManoeuvre(m, Math.max(0, m.force.troops - guarded * m.ops.forceTroopsPerSite()));
        }

        teams.clear();
        if (m.special.active(day)) {
            List<GangCell> targets = new ArrayList<>();
            for (GangCell g : m.gangs) if (g.alive && g.leaderPresent) targets.add(g);
            targets.sort(Comparator.comparingDouble((GangCell g) -> -g.members));
            int n = (int) Math.min(m.special.teams(), targets.size());
            for (int k = 0; k < n; k++) {
                GangCell g = targets.get(k);
                teams.setObjectLocation(new Markers.Team(k + 1, g.name), g.baseCell % width, g.baseCell / width);
            }
        }
    }

    /** Troops not guarding a site escort the corridors from open sites, as the model spreads them. */
    private void placeManoeuvre(MetroState m, double maneuver) {
        List<int[]> routes = new ArrayList<>();
        for (CriticalSite s : new CriticalSite[] {m.varreux, m.port}) if (s != null && m.siteOpen(s)) routes.addAll(m.supply.routesFrom(s.facility));
        List<Integer> spots = new ArrayList<>();
        for (int[] r : routes) for (int i = CORRIDOR_SPACING / 2; i < r.length; i += CORRIDOR_SPACING) spots.add(r[i]);
        for (int c : spots) troops.setObjectLocation(new Markers.Troops("corridor escort", maneuver / spots.size()), c % width, c / width);
    }

    private void updateConvoys(MetroState m) {
        convoys.clear();
        for (SupplyNetwork.ConvoyView v : m.supply.convoyViews()) {
            convoys.setObjectLocation(new Markers.Convoy(v), v.cell() % width, v.cell() / width);
        }
    }

    private void updateFacilities(MetroState m) {
        for (Facility f : m.city.facilities()) {
            if (f.kind() == FacilityKind.ROAD_JUNCTION || f.kind() == FacilityKind.OTHER) continue;
            Markers.Site s = siteMarkers.computeIfAbsent(f, k -> new Markers.Site(f));
            s.status = FacilityStatus.of(m, f);
            facilities.setObjectLocation(s, f.x(), f.y());
        }
    }

    /** The facility markers and their current status. */
    public List<Markers.Site> sites() { return new ArrayList<>(siteMarkers.values()); }

    /** The live gang markers. */
    public List<Markers.Gang> gangMarkers() {
        List<Markers.Gang> out = new ArrayList<>();
        for (Object o : gangs.getAllObjects()) out.add((Markers.Gang) o);
        return out;
    }
}
