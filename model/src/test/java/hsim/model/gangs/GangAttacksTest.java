package hsim.model.gangs;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.conflict.Battles;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.security.Deployment;
import hsim.model.security.HnpLosses;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Gang attacks on a 40 x 12 hand-built world: the airport at (5,6), a police station at (30,6), no guards at the
 * site and no patrols at the post, so an attack that comes wins. Which gang attacks, from how far, and what
 * ground it takes.
 */
class GangAttacksTest {
    private static final class World {
        final MetroState s;
        final Ground ground;
        final Deployment deployment = new Deployment();
        final GangAttacks attacks;

        World(String... more) {
            ScenarioLoader l = ModelCatalog.loader();
            List<String> o = new ArrayList<>(List.of("gangs.count_metro=3", "gangs.initial_control_share=0", "run.people_per_agent=1000",
                    "gangs.site_attack_per_day=1", "gangs.police_post_attack_per_day=1"));
            o.addAll(Arrays.asList(more));
            Scenario sc = l.override(l.load("baseline"), o);
            City city = City.builder(40, 12).facility("airport", FacilityKind.AIRPORT, 5, 6)
                    .facility("st", FacilityKind.POLICE_STATION, 30, 6)
                    .facility("wp", FacilityKind.WATER_POINT, 20, 0).facility("market", FacilityKind.MARKET, 20, 11).build();
            s = new MetroState(sc, city, new Civilians(0, 1000), 5);
            for (int c = 0; c < s.cells; c++) s.territory.set(c, Territory.STATE);
            for (GangCell g : s.gangs) g.alive = false;
            ground = new Ground(s);
            attacks = new GangAttacks(s, ground, new Battles(s, ground, new HnpLosses()), deployment);
        }

        GangCell gang(int id, int x, int y, double members) {
            GangCell g = s.gangs.get(id);
            g.alive = true;
            g.members = members;
            g.weapons = members;
            g.ammunition = members * 1000;
            g.cohesion = 1;
            g.baseCell = y * 40 + x;
            s.territory.set(g.baseCell, id);
            return g;
        }

        int owner(int x, int y) { return s.territory.owner(y * 40 + x); }
    }

    @Test
    void theStrongestGangWithinReachTakesTheUnguardedSiteAndItsRadius() {
        World w = new World();
        w.gang(0, 12, 6, 20);
        w.gang(1, 8, 10, 60); // stronger and nearer: the attacker
        w.gang(2, 25, 6, 500); // the strongest, but 20 cells away
        w.s.airport.foreignHeld = true; // a flag from yesterday; no troops stand there
        w.attacks.run(0);
        assertEquals(1, w.owner(5, 6), "the site goes to the strongest gang within 15 cells");
        assertEquals(1, w.owner(5, 9), "and its radius of 3");
        assertEquals(Territory.STATE, w.owner(5, 10), "but no further");
        assertFalse(w.s.airport.foreignHeld);
    }

    @Test
    void noGangInReachOrNoAttackTodayLeavesTheSite() {
        World w = new World("gangs.site_attack_reach_cells=6");
        w.gang(0, 12, 6, 60); // 7 cells away
        w.attacks.run(0);
        assertEquals(Territory.STATE, w.owner(5, 6));
        World calm = new World("gangs.site_attack_per_day=0", "gangs.police_post_attack_per_day=0");
        calm.gang(0, 8, 6, 60);
        calm.gang(1, 33, 6, 60);
        calm.attacks.run(0);
        assertEquals(Territory.STATE, calm.owner(5, 6), "no attack at a rate of 0");
        assertEquals(Territory.STATE, calm.owner(30, 6));
        World dead = new World();
        dead.gang(0, 8, 6, 60).alive = false;
        dead.attacks.run(0);
        assertEquals(Territory.STATE, dead.owner(5, 6), "a gone gang does not attack");
    }

    @Test
    void aPostWithoutDefendersFallsToTheStrongestGangWithinItsReach() {
        World w = new World();
        w.deployment.patrol(w.s.stations.get(0), 0);
        w.gang(0, 34, 6, 60); // 4 cells: within the post reach of 6
        w.attacks.run(0);
        assertEquals(0, w.owner(30, 6));
        assertEquals(0, w.owner(30, 8), "the post radius of 2");
        assertEquals(Territory.STATE, w.owner(30, 9));
        World far = new World();
        far.gang(0, 37, 6, 60); // 7 cells
        far.attacks.run(0);
        assertEquals(Territory.STATE, far.owner(30, 6));
    }
}
