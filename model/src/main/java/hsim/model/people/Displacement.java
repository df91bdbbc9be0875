package hsim.model.people;

import hsim.model.core.RngStream;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Flight from violence and return. A civilian whose cell's violence index passes a threshold leaves with
 * a daily probability for the nearest refuge: a populated, state-held cell calmer than the flee
 * threshold that still has room for displaced people (host families and spontaneous sites, up to
 * {@code people.refuge_capacity_share} of its residents). The displaced live at the refuge, and are
 * served by the water points, markets and hospitals within reach of it. They go home with a daily
 * probability once their home cell's violence has stayed below the return threshold for
 * {@code people.return_calm_days} days in a row.
 *
 * <p>Which parameter limits return: gang rule keeps a floor of everyday violence
 * ({@code gangs.rule_violence_index}, 0.15) in every gang-held cell. With a return threshold at or below
 * that floor nobody ever goes back to a gang-held neighbourhood (the old default, 0.1, did exactly
 * that); the default 0.2 lets people return to gang-held but quiet neighbourhoods and keeps them away
 * while fighting goes on. How many do return is then set by {@code people.return_per_day}.
 * IOM counted 96,000 displaced by gang violence in the capital by Oct 2022 (literature.md §5.1).
 */
public final class Displacement implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    public record Settings(double fleeThreshold, double fleePerDay, double returnThreshold, double returnPerDay,
                           double initialDisplacedPeople, double refugeCapacityShare, int refugeSearchCells,
                           int returnCalmDays) implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("people.flee_violence_threshold", 0.4, 0, 1, "index", "assumption",
                        "Violence index above which residents start to flee a cell"),
                Param.number("people.flee_per_day", 0.03, 0, 1, "1/day", "assumption", "Daily probability of fleeing above the threshold"),
                Param.number("people.return_violence_threshold", 0.2, 0, 1, "index",
                        "assumption; must exceed gangs.rule_violence_index for anyone to return to a gang-held cell",
                        "Home violence index below which displaced people go home"),
                Param.number("people.return_per_day", 0.002, 0, 1, "1/day",
                        "assumption (few went home: IOM counted 96,000 displaced in the capital in Oct 2022 and more than "
                                + "310,000 nationwide, 94 % from Ouest, in Dec 2023)",
                        "Daily probability of going home once home has been calm long enough"),
                Param.number("people.initial_displaced_people", 96000, 0, 1e7, "people",
                        "IOM via AP, Oct 2022 (literature.md §5.1)", "People displaced by gang violence at the start"),
                Param.number("people.refuge_capacity_share", 0.5, 0, 100, "share of residents",
                        "assumption (most of the capital's displaced stay with host families, IOM DTM; a few sites hold thousands)",
                        "Displaced people a refuge cell can take, as a share of its residents"),
                Param.integer("people.refuge_search_cells", 30, 1, 1000, "cells",
                        "assumption (~3 km at ~105 m cells: the displaced of 2022 mostly stayed within the capital)",
                        "How far (Chebyshev radius in cells) a fleeing person looks for a refuge"),
                Param.integer("people.return_calm_days", 30, 0, 3650, "days", "assumption",
                        "Days in a row a home cell must stay below the return threshold before its displaced go home"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("people.flee_violence_threshold"), s.number("people.flee_per_day"),
                s.number("people.return_violence_threshold"), s.number("people.return_per_day"),
                s.number("people.initial_displaced_people"), s.number("people.refuge_capacity_share"),
                (int) s.integer("people.refuge_search_cells"), (int) s.integer("people.return_calm_days"));
    }

    private final Settings s;
    /** Days in a row each cell's violence has been below the return threshold (updated each morning). */
    private int[] calmDays;
    /** Displaced people staying in each cell: counted each morning, raised by the day's arrivals. */
    private double[] hosted;

    public Displacement(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    public boolean flees(double violence, double u) {
        return violence > s.fleeThreshold() && u < s.fleePerDay();
    }

    /** Whether a displaced person goes home today: home calm long enough, and the day's draw. */
    public boolean returnsHome(int homeCell, double homeViolence, double u) {
        return homeViolence < s.returnThreshold() && calmDays(homeCell) >= s.returnCalmDays() && u < s.returnPerDay();
    }

    public int calmDays(int cell) { return calmDays == null ? 0 : calmDays[cell]; }

    /** The morning's count: how long each cell has been calm, and who is hosted where. Serial. */
    public void morning(float[] violence, double[] displacedByCell) {
        if (calmDays == null) calmDays = new int[violence.length];
        for (int c = 0; c < violence.length; c++) calmDays[c] = violence[c] < s.returnThreshold() ? calmDays[c] + 1 : 0;
        hosted = displacedByCell.clone();
    }

    /** What a refuge cell must be: populated, state-held and calm (the caller's world fields). */
    public interface World {
        double residents(int cell);
        boolean stateHeld(int cell);
        double violence(int cell);
    }

    /**
     * The nearest refuge for {@code people} fleeing {@code from} on a {@code width} x {@code height} grid,
     * booking their place there; -1 when none is within reach. Nearest by Chebyshev ring; within a ring
     * the calmest, ties broken starting from a random position on the ring. Serial (writes the bookings).
     */
    public int takeRefuge(World w, int width, int height, int from, double people, RngStream r) {
        if (hosted == null) hosted = new double[width * height];
        int fx = from % width, fy = from / width;
        for (int d = 1; d <= s.refugeSearchCells(); d++) {
            int perimeter = 8 * d, start = r.nextInt(perimeter), best = -1;
            double bestV = Double.MAX_VALUE;
            for (int k = 0; k < perimeter; k++) {
                int t = ringCell(fx, fy, d, (start + k) % perimeter, width, height);
                if (t < 0 || !fits(w, t)) continue;
                double v = w.violence(t);
                if (v < bestV) { bestV = v; best = t; }
            }
            if (best >= 0) {
                hosted[best] += people;
                return best;
            }
        }
        return -1;
    }

    private boolean fits(World w, int t) {
        double res = w.residents(t);
        return res > 0 && w.stateHeld(t) && w.violence(t) < s.fleeThreshold()
                && hosted[t] < s.refugeCapacityShare() * res; // room left: an agent's people fit into any room
    }

    /** The k-th cell (0 <= k < 8d) of the square ring at Chebyshev distance d around (x, y); -1 off the grid. */
    static int ringCell(int x, int y, int d, int k, int width, int height) {
        int side = 2 * d, cx, cy;
        if (k < side) { cx = x - d + k; cy = y - d; }
        else if (k < 2 * side) { cx = x + d; cy = y - d + (k - side); }
        else if (k < 3 * side) { cx = x + d - (k - 2 * side); cy = y + d; }
        else { cx = x - d; cy = y + d - (k - 3 * side); }
        return cx < 0 || cy < 0 || cx >= width || cy >= height ? -1 : cy * width + cx;
    }

    /** Displaced people booked into each cell so far today (tests and maps; do not modify). */
    public double hosted(int cell) { return hosted == null ? 0 : hosted[cell]; }
}
