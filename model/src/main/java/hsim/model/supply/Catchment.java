package hsim.model.supply;

import hsim.model.city.City;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Who can reach which distribution points: a cell is in a point's catchment when the point is within
 * the need's reach (free-flow minutes on the road grid, {@link hsim.model.city.Router#minutesTo}). The
 * people in a cell split their demand equally among the open points they can reach, so a point's stock
 * is shared by everyone who can get to it, and what a cell gets is the mean of those points' service;
 * a cell with no open point in reach gets only what needs no delivery. Closing or starving a point thus
 * bites in its catchment and loads its neighbours, not the whole commune.
 */
public final class Catchment implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reach in free-flow minutes for water points and markets (hospitals: {@code people.care_max_minutes}). */
    public record Settings(double waterMinutes, double foodMinutes) implements Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("people.water_reach_minutes", 20, 0, 1000, "min",
                        "assumption: the data has one DINEPA/CAMEP distribution point per commune standing for its kiosks "
                                + "and water trucks, so this is how far that network carries water (free-flow truck minutes), "
                                + "not Sphere's 500 m walk to a tap (Sphere Handbook 2018, water supply standard 2.1)",
                        "Travel time within which a water point's pumped and treated water reaches residents"),
                Param.number("people.food_reach_minutes", 30, 0, 1000, "min",
                        "assumption (shoppers and market women travel by tap-tap; free-flow truck minutes)",
                        "Travel time within which a market's trucked food reaches residents"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("people.water_reach_minutes"), s.number("people.food_reach_minutes"));
    }

    private final City city;
    private final List<SupplyNetwork.Node> points;
    private final double reachMinutes;
    private final Cargo cargo;
    /** Which points were open when tonight's demand was set: the service read tomorrow comes from these. */
    private final boolean[] openAtDemand;
    /**
     * Cells that reach the same points share a group (most of the city reaches the same hospitals), so the
     * daily work is one pass over the cells plus one per group: the group of each cell, and each group's
     * points (indices into the point list, nearest first for the group's first cell). Static; built on first use.
     */
    private transient int[] groupOfCell;
    private transient int[][] groups;

    /** The catchments of {@code points} for the need they serve from their stock of {@code cargo}. */
    public Catchment(City city, List<SupplyNetwork.Node> points, double reachMinutes, Cargo cargo) {
        this.city = city;
        this.points = points;
        this.reachMinutes = reachMinutes;
        this.cargo = cargo;
        this.openAtDemand = new boolean[points.size()];
        markOpen();
    }

    /** A point serves when it is open and stocks the cargo at all. */
    private void markOpen() {
        for (int k = 0; k < points.size(); k++) {
            SupplyNetwork.Node n = points.get(k);
            openAtDemand[k] = n.open && n.stock.containsKey(cargo);
        }
    }

    private void build() {
        int cells = city.cells(), np = points.size();
        float[][] fields = new float[np][];
        for (int k = 0; k < np; k++) fields[k] = city.router().minutesTo(points.get(k).facility);
        groupOfCell = new int[cells];
        Map<List<Integer>, Integer> ids = new HashMap<>();
        List<int[]> gs = new ArrayList<>();
        Integer[] idx = new Integer[np];
        for (int c = 0; c < cells; c++) {
            int n = 0;
            for (int k = 0; k < np; k++) if (fields[k][c] <= reachMinutes) idx[n++] = k;
            Integer[] in = Arrays.copyOf(idx, n);
            final int cell = c;
            Arrays.sort(in, (a, b) -> fields[a][cell] != fields[b][cell] ? Float.compare(fields[a][cell], fields[b][cell]) : Integer.compare(a, b));
            List<Integer> key = new ArrayList<>(Arrays.asList(in));
            key.sort(null); // the group is the set of points; its order is that of its first cell
            Integer g = ids.get(key);
            if (g == null) {
                g = gs.size();
                ids.put(key, g);
                int[] r = new int[n];
                for (int i = 0; i < n; i++) r[i] = in[i];
                gs.add(r);
            }
            groupOfCell[c] = g;
        }
        groups = gs.toArray(new int[0][]);
    }

    /** The points within reach of {@code cell} (indices into the point list; do not modify). */
    public int[] reach(int cell) {
        if (groups == null) build();
        return groups[groupOfCell[cell]];
    }

    /**
     * Tonight's demand of the cargo at every point: the people of each cell ({@code peopleByCell})
     * times {@code perPerson}, split equally among the open points within the cell's reach.
     * {@code cells}: ascending cells outside which nobody stands (the daily pass then skips the empty
     * grid, summing in the same order), or null for every cell.
     */
    public void setDemand(double[] peopleByCell, int[] cells, double perPerson) {
        if (groups == null) build();
        markOpen();
        double[] people = new double[groups.length];
        if (cells == null) {
            for (int c = 0; c < peopleByCell.length; c++) if (peopleByCell[c] > 0) people[groupOfCell[c]] += peopleByCell[c];
        } else {
            for (int c : cells) if (peopleByCell[c] > 0) people[groupOfCell[c]] += peopleByCell[c];
        }
        double[] d = new double[points.size()];
        for (int g = 0; g < groups.length; g++) {
            if (people[g] <= 0) continue;
            int n = 0;
            for (int k : groups[g]) if (openAtDemand[k]) n++;
            if (n == 0) continue;
            double each = people[g] * perPerson / n;
            for (int k : groups[g]) if (openAtDemand[k]) d[k] += each;
        }
        for (int k = 0; k < points.size(); k++) if (points.get(k).stock.containsKey(cargo)) points.get(k).demand.put(cargo, d[k]);
    }

    /**
     * What each of {@code cells} (those where people live, so refuges and homes are covered) got from last
     * night's service: the mean of {@code service} over the points that were open in its reach when the
     * demand was set, or {@code outOfReach} where none was. Other cells keep their value.
     */
    public void shareService(int[] cells, ToDoubleFunction<SupplyNetwork.Node> service, double outOfReach, float[] out) {
        if (groups == null) build();
        double[] value = new double[points.size()];
        for (int k = 0; k < points.size(); k++) value[k] = openAtDemand[k] ? service.applyAsDouble(points.get(k)) : 0;
        float[] ofGroup = new float[groups.length];
        for (int g = 0; g < groups.length; g++) {
            double sum = 0;
            int n = 0;
            for (int k : groups[g]) if (openAtDemand[k]) { sum += value[k]; n++; }
            ofGroup[g] = (float) (n == 0 ? outOfReach : sum / n);
        }
        for (int c : cells) out[c] = ofGroup[groupOfCell[c]];
    }

    public List<SupplyNetwork.Node> points() { return points; }
}
