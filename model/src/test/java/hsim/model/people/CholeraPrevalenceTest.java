package hsim.model.people;

import hsim.model.city.City;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.MetroState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The prevalence cholera spreads by, on a hand-built 20 x 20 city with one agent per cell: the infectious
 * share of the living by block and metro-wide, asymptomatic carriers at their relative weight, the dead left out.
 */
class CholeraPrevalenceTest {
    private static MetroState world(String... more) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new ArrayList<>(List.of("gangs.count_metro=0", "gangs.initial_control_share=0"));
        o.addAll(Arrays.asList(more));
        Scenario s = l.override(l.load("baseline"), o);
        City city = City.builder(20, 20).facility("water", hsim.model.city.FacilityKind.WATER_POINT, 10, 10)
                .facility("market", hsim.model.city.FacilityKind.MARKET, 10, 9).build();
        Civilians civ = new Civilians(0, 100);
        for (int c = 0; c < city.cells(); c++) civ.add(c, 0.2f, 0.5f, 0.5f);
        return new MetroState(s, city, civ, 1);
    }

    private static int at(int x, int y) { return y * 20 + x; }

    @Test
    void localShareIsTheBlocksInfectiousShareAndMetroShareTheCitys() {
        MetroState m = world();
        for (int y = 0; y < 10; y++) for (int x = 0; x < 10; x++) m.civ.setCholera(at(x, y), Cholera.SYMPTOMATIC); // block (0,0)
        for (int y = 0; y < 10; y++) for (int x = 10; x < 15; x++) m.civ.setCholera(at(x, y), Cholera.ASYMPTOMATIC); // half of block (1,0)
        CholeraPrevalence p = new CholeraPrevalence(m);
        p.update();
        double asym = m.cholera.settings().asymptomaticInfectiousness();
        assertEquals(1, p.localShare(at(3, 7)), 1e-6);
        assertEquals(0.5 * asym, p.localShare(at(19, 0)), 1e-6, "half the block carries at weight " + asym);
        assertEquals(0, p.localShare(at(5, 15)), 0);
        assertEquals(0, p.localShare(at(15, 15)), 0);
        assertEquals((100 + 50 * asym) / 400, p.metroShare(), 1e-9);
        p.update();
        assertEquals(1, p.localShare(at(3, 7)), 1e-6, "each morning counts afresh");
        assertEquals((100 + 50 * asym) / 400, p.metroShare(), 1e-9);
        for (int y = 0; y < 10; y++) for (int x = 5; x < 10; x++) m.civ.setCholera(at(x, y), Cholera.RECOVERED);
        p.update();
        assertEquals(0.5, p.localShare(at(3, 7)), 1e-6, "the recovered no longer shed");
    }

    @Test
    void theDeadAreNotCountedAmongTheLiving() {
        MetroState m = world();
        for (int x = 0; x < 10; x++) m.civ.setCholera(at(x, 0), Cholera.SYMPTOMATIC);
        for (int x = 0; x < 10; x++) { m.civ.set(at(x, 1), Civilians.ALIVE, false); m.civ.setCholera(at(x, 1), Cholera.DEAD); }
        CholeraPrevalence p = new CholeraPrevalence(m);
        p.update();
        assertEquals(10 / 90.0, p.localShare(at(0, 0)), 1e-6, "10 sick of the block's 90 living");
        assertEquals(10 / 390.0, p.metroShare(), 1e-9);
    }

    @Test
    void theBlockSizeIsTheCatalogs() {
        MetroState m = world("cholera.local_block_cells=5");
        for (int y = 0; y < 5; y++) for (int x = 0; x < 5; x++) m.civ.setCholera(at(x, y), Cholera.SYMPTOMATIC);
        CholeraPrevalence p = new CholeraPrevalence(m);
        p.update();
        assertEquals(1, p.localShare(at(4, 4)), 1e-6);
        assertEquals(0, p.localShare(at(5, 5)), 0, "(5,5) is in the next 5-cell block");
        assertEquals(0, p.localShare(at(19, 19)), 0);
    }
}
