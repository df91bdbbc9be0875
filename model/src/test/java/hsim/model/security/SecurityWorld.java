package hsim.model.security;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.conflict.Battles;
import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;

import java.util.List;

/**
 * A small hand-built world for the security rules: a 60 x 20 grid of streets with the airport at (5,10),
 * the port at (2,18), the Varreux terminal at (10,2), a hospital at (55,2) (the fuel corridor's far end), a water point and a market at (40,18) and (45,18), and
 * a police station at (30,10); no civilian agents; the catalog defaults with overrides; all ground held by
 * the state and every synthetic gang moved off the map's ground until a test places it.
 */
final class SecurityWorld {
    final MetroState s;
    final Ground ground;
    final Battles battles;
    final Deployment deployment = new Deployment();

    SecurityWorld(String... overrides) { this(b -> { }, overrides); }

    /** One 20-operator special-force team at the airport, raiding from day 0 within 30 cells, no containment; then {@code extra}. */
    static SecurityWorld withSpecialForce(String... extra) {
        String[] base = {"special_force.enabled=true", "special_force.start_day=0", "special_force.operators=20",
                "special_force.team_size=20", "special_force.containment_days=0", "special_force.reach_cells=30"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return new SecurityWorld(all);
    }

    /** The same world with {@code edit} applied to the city builder first (sea cells, more facilities). */
    SecurityWorld(java.util.function.Consumer<City.Builder> edit, String... overrides) {
        City.Builder b = City.builder(60, 20);
        edit.accept(b);
        City city = b
                .facility("airport", FacilityKind.AIRPORT, 5, 10)
                .facility("apn_port", FacilityKind.SEAPORT, 2, 18)
                .facility("varreux_terminal", FacilityKind.FUEL_TERMINAL, 10, 2)
                .facility("hosp", FacilityKind.HOSPITAL, 55, 2)
                .facility("wp", FacilityKind.WATER_POINT, 40, 18)
                .facility("market", FacilityKind.MARKET, 45, 18)
                .facility("st", FacilityKind.POLICE_STATION, 30, 10)
                .build();
        ScenarioLoader l = ModelCatalog.loader();
        Scenario sc = l.override(l.load("baseline"), List.of(overrides));
        s = new MetroState(sc, city, new Civilians(0, sc.number("run.people_per_agent")), 1);
        for (int c = 0; c < s.cells; c++) s.territory.set(c, -1);
        for (GangCell g : s.gangs) g.alive = false;
        ground = new Ground(s);
        battles = new Battles(s, ground, new HnpLosses());
    }

    int cell(int x, int y) { return y * s.width + x; }

    /** Brings gang {@code id} back with {@code members} (armed, with ammunition) based at (x,y), holding radius r. */
    GangCell gang(int id, int x, int y, double members, int r) {
        GangCell g = s.gangs.get(id);
        g.alive = true;
        g.leaderPresent = true;
        g.cohesion = 1;
        g.members = members;
        g.weapons = members;
        g.ammunition = members * 1000;
        g.baseCell = cell(x, y);
        ground.setRadius(g.baseCell, r, id);
        return g;
    }

    /** One morning's convoy dispatch, so the supply network knows its corridors (routes are remembered from dispatches). */
    void dispatch() {
        s.supply.dispatch(new hsim.model.gangs.GangRoads(s, new hsim.model.gangs.GangGround(s), battles, deployment), s.rng);
    }

    /** Lands the whole force at the airport in one day (ramp = force size). */
    void landForce() {
        s.force.day(s.force.settings().deploymentDelayDays(), true, false, s.airport.cell());
    }
}
