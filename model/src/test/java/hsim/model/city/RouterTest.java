package hsim.model.city;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/** Routing on small hand-built cities. */
class RouterTest {
    @Test
    void streetStepTimeFollowsCellSizeAndSpeed() {
        City c = City.synthetic(5, 5);
        Route r = c.router().path(c.cell(0, 2), c.cell(4, 2));
        assertArrayEquals(new int[] {c.cell(0, 2), c.cell(1, 2), c.cell(2, 2), c.cell(3, 2), c.cell(4, 2)}, r.cells());
        double metres = 4 * c.cellWidthM(2);
        assertEquals(metres / 1000.0 / 15.0 * 60.0, r.minutes(), 1e-9, "4 street cells at 15 km/h");
    }

    @Test
    void routesPreferFasterRoadsAndAvoidSea() {
        // row 0 is an arterial; the direct row 2 is streets; column 2 has sea in rows 1..4
        City.Builder b = City.builder(9, 5);
        for (int x = 0; x < 9; x++) b.road(x, 0, RoadClass.ARTERIAL);
        for (int y = 1; y < 5; y++) b.sea(4, y);
        City c = b.build();
        Route r = c.router().path(c.cell(0, 4), c.cell(8, 4));
        assertTrue(r.found());
        for (int cell : r.cells()) assertTrue(c.isLand(cell));
        assertTrue(Arrays.stream(r.cells()).anyMatch(cell -> c.y(cell) == 0), "goes round by the top row");
        // consecutive cells are 8-neighbours
        for (int i = 1; i < r.length(); i++) {
            assertTrue(Math.abs(c.x(r.cells()[i]) - c.x(r.cells()[i - 1])) <= 1);
            assertTrue(Math.abs(c.y(r.cells()[i]) - c.y(r.cells()[i - 1])) <= 1);
        }
    }

    @Test
    void unreachableAcrossTheSea() {
        City.Builder b = City.builder(5, 3);
        for (int y = 0; y < 3; y++) b.sea(2, y);
        City c = b.facility("east", FacilityKind.MARKET, 4, 1).build();
        Route r = c.router().path(c.cell(0, 1), c.cell(4, 1));
        assertFalse(r.found());
        assertEquals(Double.POSITIVE_INFINITY, r.minutes());
        assertEquals(-1, c.router().nextStep(c.cell(0, 1), c.facility("east")));
        assertEquals(Float.POSITIVE_INFINITY, c.router().minutesTo(c.cell(0, 1), c.facility("east")));
    }

    @Test
    void fieldAndNextStepAgreeWithAStar() {
        City.Builder b = City.builder(12, 10);
        for (int x = 0; x < 12; x++) b.road(x, 5, RoadClass.ARTERIAL);
        for (int y = 0; y < 10; y++) b.road(7, y, RoadClass.SECONDARY);
        b.sea(3, 3).sea(3, 4).sea(4, 4);
        City c = b.facility("depot", FacilityKind.WATER_POINT, 11, 9).build();
        Facility depot = c.facility("depot");
        float[] field = c.router().minutesTo(depot);
        assertSame(field, c.router().minutesTo(depot), "cached");
        for (int cell = 0; cell < c.cells(); cell++) {
            if (!c.isLand(cell)) { assertTrue(Float.isInfinite(field[cell])); continue; }
            Route a = c.router().path(cell, depot.cell());
            assertEquals(a.minutes(), field[cell], 1e-4, "cell " + cell);
            Route down = c.router().path(cell, depot);
            assertEquals(depot.cell(), down.cells()[down.length() - 1]);
            double sum = 0;
            for (int i = 1; i < down.length(); i++) sum += c.router().stepMinutes(down.cells()[i - 1], down.cells()[i]);
            assertEquals(field[cell], sum, 1e-3, "following nextStep costs what the field says");
        }
        assertEquals(depot.cell(), c.router().nextStep(depot.cell(), depot));
    }

    @Test
    void overlayDivertsAroundACheckpointAndBlockedCells() {
        City.Builder b = City.builder(7, 3);
        for (int x = 0; x < 7; x++) b.road(x, 1, RoadClass.ARTERIAL);
        City c = b.build();
        int from = c.cell(0, 1), to = c.cell(6, 1), checkpoint = c.cell(3, 1);
        Route free = c.router().path(from, to);
        assertTrue(Arrays.stream(free.cells()).anyMatch(x -> x == checkpoint));

        double[] extra = new double[c.cells()];
        extra[checkpoint] = 60; // an hour's delay at the checkpoint
        Route avoid = c.router().path(from, to, CostOverlay.penalties(extra));
        assertTrue(Arrays.stream(avoid.cells()).noneMatch(x -> x == checkpoint));
        assertTrue(avoid.minutes() > free.minutes() && avoid.minutes() < free.minutes() + 60);

        boolean[] wall = new boolean[c.cells()];
        for (int y = 0; y < 3; y++) wall[c.cell(3, y)] = true;
        assertFalse(c.router().path(from, to, CostOverlay.blocking(wall)).found());
        float[] f = c.router().field(to, CostOverlay.blocking(wall));
        assertTrue(Float.isInfinite(f[from]));
        assertEquals(0f, f[to]);
        // a cheap penalty is simply paid
        double[] small = new double[c.cells()];
        Arrays.fill(small, 0.0);
        small[checkpoint] = 0.01;
        Route pay = c.router().path(from, to, CostOverlay.penalties(small));
        assertEquals(free.minutes() + 0.01, pay.minutes(), 1e-9);
        assertEquals(pay.minutes(), c.router().field(to, CostOverlay.penalties(small))[from], 1e-4);
    }

    @Test
    void syntheticCityHomesAndPopulation() {
        City c = City.builder(5, 5).sea(0, 0).sea(1, 0)
                .commune(10, "West", 300).commune(20, "East", 100)
                .communeAt(3, 0, 20).communeAt(4, 0, 20).communeAt(3, 1, 20).communeAt(4, 1, 20)
                .build();
        // land cells not given to a commune belong to the first declared one
        assertEquals(300, c.populationOf(10), 1e-9);
        City d = City.builder(2, 1).commune(10, "West", 300).communeAt(0, 0, 10).communeAt(1, 0, 10).build();
        assertEquals(300, d.populationOf(10), 1e-9);
        assertEquals(150, d.population().field[0][0], 1e-9);
        int[] homes = c.homeCells(400, 7);
        int east = 0;
        for (int h : homes) if (c.communeAt(h) == 20) east++;
        assertEquals(100, east);
        assertEquals(100, c.populationOf(20), 1e-9);
        assertArrayEquals(homes, c.homeCells(400, 7));
    }

    @Test
    void cachedFieldsDoNotDependOnThreadsOrOrder() throws Exception {
        City.Builder b = City.builder(40, 30);
        for (int x = 0; x < 40; x++) b.road(x, 10, RoadClass.ARTERIAL);
        for (int y = 5; y < 25; y++) b.sea(20, y);
        for (int i = 0; i < 8; i++) b.facility("f" + i, FacilityKind.MARKET, 3 + 4 * i, 2 + 3 * i);
        City serial = b.build();
        City parallel = b.build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<float[]>> futures = new java.util.ArrayList<>();
            for (int rep = 0; rep < 3; rep++) {
                for (int i = 7; i >= 0; i--) {
                    Facility f = parallel.facility("f" + i);
                    futures.add(pool.submit(() -> parallel.router().minutesTo(f)));
                }
            }
            for (java.util.concurrent.Future<float[]> fu : futures) fu.get();
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(serial.router().minutesTo(serial.facility("f" + i)),
                    parallel.router().minutesTo(parallel.facility("f" + i)), "f" + i);
        }
    }
}
