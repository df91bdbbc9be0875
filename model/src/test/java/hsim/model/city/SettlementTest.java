package hsim.model.city;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Where residents live on a hand-built city: densest along main roads, thinning with the walking distance
 * from them ({@link Settlement#homeWeight}), with commune totals kept exactly.
 */
class SettlementTest {
    @Test
    void residentsThinOutWithDistanceFromAMainRoadAndTheCommuneTotalIsKept() {
        City.Builder b = City.builder(30, 12);
        for (int x = 0; x < 30; x++) b.road(x, 0, RoadClass.ARTERIAL); // a main road along the north edge
        for (int x = 0; x < 30; x++) b.sea(x, 11);
        City city = b.build();
        double[][] pop = city.population().field;
        double total = 0;
        for (int x = 0; x < 30; x++) for (int y = 0; y < 12; y++) total += pop[x][y];
        assertEquals(100 * 30 * 11, total, 1e-6, "the commune's 100 residents per land cell, all placed");
        assertEquals(0, pop[5][11], 0, "nobody lives at sea");
        double h = city.cellHeightM();
        for (int y = 1; y < 11; y++) {
            assertTrue(pop[15][y] < pop[15][y - 1], "row " + y + " is sparser than row " + (y - 1));
            // straight south of the road the walk is y cells of north-south step
            assertEquals(Settlement.homeWeight(y * h) / Settlement.homeWeight(0), pop[15][y] / pop[15][0], 1e-6, "row " + y);
        }
        assertEquals(pop[3][4], pop[27][4], 1e-9, "same distance, same density");
    }

    @Test
    void withoutMainRoadsEveryLandCellGetsTheFloorAndTheSameShare() {
        City city = City.builder(6, 4).road(0, 0, RoadClass.STREET).build();
        double[][] pop = city.population().field;
        for (int x = 0; x < 6; x++) for (int y = 0; y < 4; y++) assertEquals(100, pop[x][y], 1e-9);
    }
}
