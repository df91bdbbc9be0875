package hsim.model.city;

import ec.util.MersenneTwisterFast;
import sim.field.grid.DoubleGrid2D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a city's residents live: commune totals spread over the commune's land cells, and civilian
 * agents placed in proportion. Used by {@link City}, which exposes the results.
 */
final class Settlement {
    /** Distance at which the road bonus to population density falls to 1/e, metres (see {@link #homeWeight}). */
    static final double ROAD_DENSITY_SCALE_M = 1000.0;
    /** Density floor relative to a cell on a main road (1%), so remote hillside cells still hold people. */
    static final double RURAL_DENSITY_FLOOR = 0.01;

    private Settlement() {}

    /**
     * Relative residential density of a land cell: {@code 0.01 + exp(-d / 1000 m)}, d = distance to the
     * nearest arterial or secondary road. An hsim assumption standing in for a population raster
     * (WorldPop is not bundled): Port-au-Prince settlement is densest along the corridors and thins out
     * on the hills of Kenscoff, Carrefour and the Croix-des-Bouquets plain; the floor keeps every cell
     * inhabited. Within a commune the result is normalised, so commune totals stay exact. With the
     * built-in map this gives ~30,000/km² along RN2 in Carrefour and ~300/km² on its southern hills,
     * up to ~68,000/km² downtown Port-au-Prince (commune mean 29,000/km²).
     */
    static double homeWeight(double metresToMainRoad) {
        return RURAL_DENSITY_FLOOR + StrictMath.exp(-metresToMainRoad / ROAD_DENSITY_SCALE_M);
    }

    /** Residents per cell of a city whose grids are built (its population grid is not read). */
    static DoubleGrid2D distribute(City city) {
        int width = city.width();
        double[] toRoad = Router.metresToMainRoad(city);
        double[] weightSum = new double[city.maxCommuneCode() + 1];
        double[] w = new double[city.cells()];
        for (int c = 0; c < w.length; c++) {
            if (!city.isLand(c)) continue;
            w[c] = homeWeight(toRoad[c]);
            weightSum[city.communeAt(c)] += w[c];
        }
        DoubleGrid2D pop = new DoubleGrid2D(width, city.height());
        for (int c = 0; c < w.length; c++) {
            if (w[c] == 0) continue;
            Commune k = city.commune(city.communeAt(c));
            if (k == null || k.population() == 0) continue;
            pop.field[c % width][c / width] = k.population() * w[c] / weightSum[city.communeAt(c)];
        }
        return pop;
    }

    /** See {@link City#agentsPerCommune}. */
    static Map<Integer, Integer> agentsPerCommune(City city, int agents) {
        if (agents < 0) throw new IllegalArgumentException("agents < 0: " + agents);
        List<Commune> pop = new ArrayList<>();
        long total = 0;
        for (Commune k : city.communeMap().values()) if (k.populated()) { pop.add(k); total += k.population(); }
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (pop.isEmpty()) {
            if (agents > 0) throw new IllegalStateException("city " + city.name() + " has no population");
            return out;
        }
        int[] n = new int[pop.size()];
        double[] rem = new double[pop.size()];
        int given = 0;
        for (int i = 0; i < n.length; i++) {
            double exact = (double) agents * pop.get(i).population() / total;
            n[i] = (int) Math.floor(exact);
            rem[i] = exact - n[i];
            given += n[i];
        }
        Integer[] order = new Integer[n.length];
        for (int i = 0; i < n.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a])
                : Integer.compare(pop.get(a).code(), pop.get(b).code()));
        for (int i = 0; given < agents; i++, given++) n[order[i % n.length]]++;
        for (int i = 0; i < n.length; i++) out.put(pop.get(i).code(), n[i]);
        return out;
    }

    /** See {@link City#homeCells}. */
    static int[] homeCells(City city, int agents, long seed) {
        int width = city.width();
        double[][] population = city.population().field;
        Map<Integer, Integer> share = agentsPerCommune(city, agents);
        int[] out = new int[agents];
        MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x48534D31});
        int k = 0;
        for (Map.Entry<Integer, Integer> e : share.entrySet()) {
            int code = e.getKey();
            int[] cellsOf = city.cellsOfCommune(code);
            double[] cum = new double[cellsOf.length];
            double acc = 0;
            for (int i = 0; i < cellsOf.length; i++) {
                int c = cellsOf[i];
                acc += population[c % width][c / width];
                cum[i] = acc;
            }
            for (int j = 0; j < e.getValue(); j++) {
                double u = rng.nextDouble() * acc;
                int i = Arrays.binarySearch(cum, u);
                if (i < 0) i = -i - 1;
                out[k++] = cellsOf[Math.min(i, cellsOf.length - 1)];
            }
        }
        return out;
    }
}
