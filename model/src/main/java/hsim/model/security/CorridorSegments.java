package hsim.model.security;

import hsim.model.world.CriticalSite;
import hsim.model.world.MetroState;

import java.util.ArrayList;
import java.util.List;

/**
 * The supply corridors from the open Varreux terminal and port, laid end to end and cut into stretches of
 * {@code rapid_force.escort_cells_per_unit} cells: one stretch is what one escorting unit covers, and what
 * {@link Handover} passes to the HNP as a whole. A stretch is known by its middle cell.
 */
final class CorridorSegments {
    private CorridorSegments() {}

    /** The routes from the open Varreux terminal and port, Varreux first. */
    static List<int[]> openRoutes(MetroState s) {
        List<int[]> routes = new ArrayList<>();
        for (CriticalSite site : new CriticalSite[] {s.varreux, s.port}) {
            if (site != null && s.siteOpen(site)) routes.addAll(s.supply.routesFrom(site.facility));
        }
        return routes;
    }

    /** The stretches of {@code perSegment} cells (the last may be shorter), in route order. */
    static List<int[]> cut(List<int[]> routes, double perSegment) {
        List<int[]> out = new ArrayList<>();
        int size = (int) Math.max(1, Math.round(perSegment));
        int[] cur = new int[size];
        int n = 0;
        for (int[] r : routes) {
            for (int c : r) {
                cur[n++] = c;
                if (n == size) { out.add(cur); cur = new int[size]; n = 0; }
            }
        }
        if (n > 0) out.add(java.util.Arrays.copyOf(cur, n));
        return out;
    }

    static int middle(int[] segment) { return segment[segment.length / 2]; }
}
