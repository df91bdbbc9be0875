package hsim.model.world;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import hsim.model.metrics.DailyMetrics;
import hsim.model.people.CareAccess;
import hsim.model.people.Cholera;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The daily row and the summary read back from a hand-set state: a 10 x 10 city of two communes (x below 5 is
 * "Delmas", the rest "Cité Soleil"), six agents at 10 people each with known flags and needs met where they
 * stand, two gangs of which one is gone, and tallies by cause. Each column is checked against the state it reports.
 */
class DailyMetricsRecordTest {
    private static final class World {
        final MetroState s;
        final DailyMetrics metrics;
        final int[] agent = new int[6];

        World() {
            ScenarioLoader l = ModelCatalog.loader();
            Scenario sc = l.override(l.load("baseline"), List.of("run.people_per_agent=10", "gangs.count_metro=2",
                    "gangs.initial_control_share=0"));
            City.Builder b = City.builder(10, 10).commune(1, "Delmas", 5000).commune(2, "Cité Soleil", 5000);
            for (int y = 0; y < 10; y++) for (int x = 5; x < 10; x++) b.communeAt(x, y, 2);
            City city = b.facility("wp1", FacilityKind.WATER_POINT, 1, 1).facility("wp2", FacilityKind.WATER_POINT, 8, 8)
                    .facility("market", FacilityKind.MARKET, 5, 5).build();
            s = new MetroState(sc, city, new Civilians(0, 10), 3);
            for (int c = 0; c < s.cells; c++) s.territory.set(c, Territory.STATE);
            int a = cell(1, 1), c = cell(8, 8);
            s.waterMet[a] = 1; s.foodMet[a] = 0.5f; s.safeWater[a] = 1;
            s.waterMet[c] = 0.2f; s.foodMet[c] = 0; s.safeWater[c] = 0;
            // three agents in Delmas, three in Cite Soleil; the last one dead
            for (int k = 0; k < 6; k++) agent[k] = s.civ.add(k < 3 ? a : c, 0.1f * k, 0.2f * k, 0.5f);
            s.civ.set(agent[0], Civilians.DISPLACED, true);
            s.civ.set(agent[1], Civilians.GANG_MEMBER, true);
            s.civ.set(agent[2], Civilians.JAILED, true);
            s.civ.setCholera(agent[3], Cholera.SYMPTOMATIC);
            s.civ.set(agent[5], Civilians.ALIVE, false);
            GangCell g0 = s.gangs.get(0), g1 = s.gangs.get(1);
            g0.members = 40; g0.weapons = 30;
            g1.members = 500; g1.weapons = 500; g1.alive = false;
            for (int x = 0; x < 10; x++) s.territory.set(cell(x, 0), 0); // one row of ten cells
            s.tallies.civilianCasualties(Tallies.GANG_CLASHES, 20, 30);
            s.tallies.civilianCasualties(Tallies.SECURITY_OPERATIONS, 10, 0);
            s.tallies.memberCasualties(Tallies.SECURITY_OPERATIONS, 7, 0);
            s.tallies.memberCasualties(Tallies.GANG_CLASHES, 3, 0);
            s.tallies.succession();
            metrics = new DailyMetrics(new MetroReadings(s, new CareAccess(s)));
        }

        int cell(int x, int y) { return y * 10 + x; }

        double col(double[] row, String name) { return row[DailyMetrics.COLUMNS.indexOf(name)]; }
    }

    @Test
    void eachColumnReportsTheStateOfTheLivingTheGangsAndTheTallies() {
        World w = new World();
        double[] row = w.metrics.record(1);
        assertEquals(1, w.col(row, "day"));
        // five living agents: three at (1,1) with water 1 / food 0.5 / safe 1, two at (8,8) with 0.2 / 0 / 0
        assertEquals((3 * 1 + 2 * 0.2) / 5, w.col(row, "water_need_met_share"), 1e-6);
        assertEquals(3 * 0.5 / 5, w.col(row, "food_need_met_share"), 1e-6);
        assertEquals(3 / 5.0, w.col(row, "safe_water_share"), 1e-6);
        assertEquals(10, w.col(row, "displaced_people"), 1e-9, "one displaced agent at 10 people");
        assertEquals(10, w.col(row, "gang_member_agents_people"), 1e-9);
        assertEquals(10, w.col(row, "jailed_people"), 1e-9);
        assertEquals(10, w.col(row, "cholera_symptomatic_people"), 1e-9);
        assertEquals((0 + 0.2 + 0.4 + 0.6 + 0.8) / 5, w.col(row, "mean_legitimacy"), 1e-6, "the dead agent's 1.0 is left out");
        assertEquals((0 + 0.1 + 0.2 + 0.3 + 0.4) / 5, w.col(row, "mean_hardship"), 1e-6);
        assertEquals(40, w.col(row, "gang_members"), 1e-9, "the gone gang's members are not counted");
        assertEquals(30, w.col(row, "gang_weapons"), 1e-9);
        assertEquals(1, w.col(row, "gangs_active"), 1e-9);
        double held = 0;
        for (int x = 0; x < 10; x++) held += w.s.residents[w.cell(x, 0)];
        assertTrue(held > 0);
        assertEquals(held / w.s.totalResidents, w.col(row, "gang_control_share"), 1e-9);
        assertEquals(30, w.col(row, "civilian_deaths_violence_cum"), 1e-9, "deaths summed over causes");
        assertEquals(30, w.col(row, "civilian_injuries_violence_cum"), 1e-9);
        assertEquals(10, w.col(row, "gang_member_deaths_cum"), 1e-9);
        assertEquals(1, w.col(row, "gang_successions_cum"), 1e-9);
        assertEquals(0, w.col(row, "gang_splinters_cum"), 1e-9);
        assertEquals(w.s.hnp.officers, w.col(row, "hnp_officers"), 1e-9);
        assertEquals(w.s.hnp.training, w.col(row, "hnp_training"), 1e-9);
        assertEquals(w.s.hnp.morale, w.col(row, "hnp_morale"), 1e-9);
    }

    @Test
    void theSummaryGivesLastValuesRunMeansCausesCommunesAndTheForceExit() {
        World w = new World();
        w.s.force.leftDay = 0; // the force left on the first day
        w.metrics.record(1);
        w.s.waterMet[w.cell(8, 8)] = 0.7f; // Cite Soleil's water improves on day 2
        w.s.gangs.get(0).members = 60;
        w.metrics.record(2);
        w.metrics.record(3);
        Map<String, Double> sum = w.metrics.summary();
        assertEquals(3, sum.get("days_simulated"), 0);
        assertEquals(60, sum.get("gang_members"), 1e-9, "the last row's value");
        double day1 = (3 + 2 * 0.2) / 5, day23 = (3 + 2 * 0.7) / 5;
        assertEquals((day1 + 2 * day23) / 3, sum.get("water_need_met_share_mean"), 1e-6);
        assertEquals(10, sum.get("civilian_deaths_security_operations_cum"), 1e-9);
        assertEquals(20, sum.get("civilian_deaths_gang_clashes_cum"), 1e-9);
        assertEquals(30, sum.get("civilian_injuries_gang_clashes_cum"), 1e-9);
        assertEquals(7, sum.get("gang_member_deaths_security_operations_cum"), 1e-9);
        assertEquals(1, sum.get("water_need_met_share_mean_delmas"), 1e-6);
        assertEquals((0.2 + 0.7 + 0.7) / 3, sum.get("water_need_met_share_mean_cite_soleil"), 1e-6, "by commune, accents dropped");
        assertEquals(0.5, sum.get("food_need_met_share_mean_delmas"), 1e-6);
        assertEquals(1, sum.get("foreign_force_exit_day"), 0, "1-based");
        assertEquals(40, sum.get("gang_members_at_force_exit"), 1e-9, "the row of the exit day");
        assertFalse(sum.containsKey("gang_members_180d_after_exit"), "the run ends before 180 days after the exit");
        assertTrue(DailyMetrics.summaryKeys(List.of("delmas", "cite_soleil")).containsAll(sum.keySet()), "every key is listed");
        DailyMetrics none = new DailyMetrics(new MetroReadings(w.s, new CareAccess(w.s)));
        assertEquals(Map.of("days_simulated", 0.0), none.summary());
    }
}
