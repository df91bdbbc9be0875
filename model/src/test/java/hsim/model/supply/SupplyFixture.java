package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.core.RngStream;
import hsim.model.scenario.Param;

import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small hand-built supply cases: settings from the catalog defaults with overrides, a two-commune city, and roads. */
final class SupplyFixture {
    private SupplyFixture() {}

    /** The catalog defaults of {@link SupplySettings#params()}, with {@code overrides} (keys without "supply."). */
    static SupplySettings settings(Map<String, Double> overrides) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Param p : SupplySettings.params()) v.put(p.key(), Double.parseDouble(p.defaultText()));
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (v.put("supply." + e.getKey(), e.getValue()) == null) throw new IllegalArgumentException("no parameter supply." + e.getKey());
        }
        try {
            Constructor<?> c = SupplySettings.class.getDeclaredConstructors()[0];
            return (SupplySettings) c.newInstance(v.values().toArray());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A 12 x 3 grid of streets: commune 1 "West" (x 0-5) with water point "wp_west" at (2,2), commune 2 "East"
     * (x 6-11) with water point "wp_east" at (11,1) and market "market" at (11,0); the fuel terminal
     * "varreux" at (0,1). No hospitals, no port.
     */
    static City twoCommunes() {
        City.Builder b = City.builder(12, 3).commune(1, "West", 1800).commune(2, "East", 1800);
        for (int x = 6; x < 12; x++) for (int y = 0; y < 3; y++) b.communeAt(x, y, 2);
        return b.facility("varreux", FacilityKind.FUEL_TERMINAL, 0, 1)
                .facility("wp_west", FacilityKind.WATER_POINT, 2, 2)
                .facility("wp_east", FacilityKind.WATER_POINT, 11, 1)
                .facility("market", FacilityKind.MARKET, 11, 0)
                .build();
    }

    /** {@code perCell} residents on every cell. */
    static double[] residents(City city, double perCell) {
        double[] r = new double[city.cells()];
        java.util.Arrays.fill(r, perCell);
        return r;
    }

    static Checkpoint checkpoint(double hijackShare, double kidnapShare) {
        return new Checkpoint(new Checkpoint.Settings(hijackShare, kidnapShare, 50, 2, 3));
    }

    static RngStream rng() { return new RngStream(42).reset(0, 0, 7); }

    static SupplyNetwork.Node node(SupplyNetwork network, String facilityId) {
        for (SupplyNetwork.Node n : network.allNodes()) if (n.facility.id().equals(facilityId)) return n;
        throw new IllegalArgumentException(facilityId);
    }

    /** Roads where given cells are held by gangs of one checkpoint strength, with a fixed escort; records what gangs earn. */
    static final class TestRoads implements Roads {
        final Map<Integer, Integer> holder = new HashMap<>();
        final Map<Integer, Double> income = new HashMap<>();
        final Map<Integer, Integer> checkpointsManned = new HashMap<>();
        double strength = 10, escort;

        TestRoads hold(int gang, int... cells) {
            for (int c : cells) holder.put(c, gang);
            return this;
        }

        @Override public int gangAt(int cell) { return holder.getOrDefault(cell, -1); }

        @Override public double checkpointStrength(int gang) {
            checkpointsManned.merge(gang, 1, Integer::sum);
            return strength;
        }

        @Override public void gangIncome(int gang, double usd) { income.merge(gang, usd, Double::sum); }

        @Override public double escort(Cargo cargo) { return escort; }

        double incomeOf(int gang) { return income.getOrDefault(gang, 0.0); }

        int meetings(int gang) { return checkpointsManned.getOrDefault(gang, 0); }
    }

    /** The cells of row {@code y} from {@code fromX} to {@code toX}, in order. */
    static int[] row(City city, int y, int fromX, int toX) {
        int[] cells = new int[toX - fromX + 1];
        for (int i = 0; i < cells.length; i++) cells[i] = city.cell(fromX + i, y);
        return cells;
    }
}
