package hsim.model.city;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Travel times over a {@link City}'s road grid. Movement is 8-neighbour; a step between neighbouring
 * cells a and b costs {@code d/2 * (1/v(a) + 1/v(b))} (half the way at each cell's speed), d = the
 * metric distance between their centres, so costs are symmetric. Sea cells (speed 0) are never entered.
 *
 * <p>Distance fields to facilities (minutes from every cell to the facility) are computed once per
 * facility, on first use, and cached for the whole JVM by the grid's content ({@link TravelTimes}), so
 * every run on the same map shares them; {@link #nextStep} follows them downhill. {@link #path} answers
 * point-to-point queries with A*, optionally under a {@link CostOverlay}. All methods are thread-safe
 * and deterministic (ties are broken by cell number).
 */
public final class Router {
    private static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1};

    private final City city;
    private final int w;
    private final int h;
    /** Minutes to cross one metre at the cell's speed; +Infinity for sea. */
    private final double[] minPerM;
    private final double[] stepM;      // east-west step per row, metres
    private final double[] diagM;      // diagonal step per row, metres
    private final double maxSpeedKmh;
    private final double minCellWidthM;
    private final ConcurrentHashMap<String, float[]> fields = new ConcurrentHashMap<>();
    /** Content key of this grid for the JVM-wide field cache. */
    private final String gridKey;
    /** {@code 0.5 * stepMetres(x, y, k)} at index {@code k * h + y}: the searches' inner loops read it instead of recomputing it. */
    private final double[] halfStepM;
    /** Per-thread search arrays for {@link #path(int, int, CostOverlay)}, reused so each query does not allocate and clear whole-grid arrays. */
    private final ThreadLocal<Search> search = ThreadLocal.withInitial(() -> new Search(cellCount()));

    Router(City city) {
        this.city = city;
        this.w = city.width();
        this.h = city.height();
        minPerM = new double[w * h];
        double max = 0;
        for (int c = 0; c < minPerM.length; c++) {
            double v = city.speedAt(c);
            minPerM[c] = v > 0 ? 60.0 / (v * 1000.0) : Double.POSITIVE_INFINITY;
            max = Math.max(max, v);
        }
        maxSpeedKmh = max;
        stepM = new double[h];
        double mw = Double.POSITIVE_INFINITY;
        diagM = new double[h];
        for (int y = 0; y < h; y++) {
            stepM[y] = city.cellWidthM(y);
            diagM[y] = StrictMath.hypot(stepM[y], city.cellHeightM());
            mw = Math.min(mw, stepM[y]);
        }
        minCellWidthM = mw;
        halfStepM = new double[8 * h];
        for (int k = 0; k < 8; k++) for (int y = 0; y < h; y++) halfStepM[k * h + y] = 0.5 * stepMetres(0, y, k);
        gridKey = TravelTimes.gridKey(w, h, city.cellHeightM(), stepM, minPerM);
    }

    /**
     * Also keeps the free-flow fields in files under {@code dir} (null: memory only), so the next JVM on
     * the same map reads them instead of computing them; files are keyed by the grid's content and the
     * router's algorithm, so they are never stale.
     */
    public static void keepFieldsIn(java.nio.file.Path dir) { TravelTimes.useDirectory(dir); }

    private int cellCount() { return w * h; }

    /** Half the centre-to-centre distance from a cell in row y to its neighbour in direction k. */
    private double halfStep(int y, int k) { return halfStepM[k * h + y]; }

    public City city() { return city; }

    /** Centre-to-centre distance in metres between cell (x,y) and its neighbour in direction k. */
    private double stepMetres(int x, int y, int k) {
        if (DX[k] == 0) return city.cellHeightM();
        return DY[k] == 0 ? stepM[y] : diagM[y];
    }

    /** Free-flow minutes to step from cell a to its neighbour b ({@code d/2·(1/v(a)+1/v(b))}). */
    public double stepMinutes(int a, int b) {
        int ax = a % w, ay = a / w, bx = b % w, by = b / w;
        int k = direction(bx - ax, by - ay);
        if (k < 0) throw new IllegalArgumentException("cells " + a + " and " + b + " are not neighbours");
        return 0.5 * stepMetres(ax, ay, k) * (minPerM[a] + minPerM[b]);
    }

    private static int direction(int dx, int dy) {
        for (int k = 0; k < 8; k++) if (DX[k] == dx && DY[k] == dy) return k;
        return -1;
    }

    // ---- distance fields ------------------------------------------------------------------------

    /**
     * Minutes from every cell to the facility's cell in free traffic (+Infinity where unreachable), as
     * a shared cached array indexed by cell: do not modify it.
     */
    public float[] minutesTo(Facility f) {
        float[] t = fields.get(f.id());
        if (t != null) return t;
        return fields.computeIfAbsent(f.id(),
                id -> TravelTimes.field(gridKey, f.cell(), cellCount(), () -> field(f.cell(), CostOverlay.NONE)));
    }

    /** Minutes from {@code cell} to the facility in free traffic. */
    public double minutesTo(int cell, Facility f) { return minutesTo(f)[cell]; }

    /**
     * The neighbour to move to from {@code cell} on a fastest way to the facility; {@code cell} itself
     * when already there, -1 when the facility cannot be reached.
     */
    public int nextStep(int cell, Facility f) {
        if (cell == f.cell()) return cell;
        float[] field = minutesTo(f);
        if (Float.isInfinite(field[cell])) return -1;
        int x = cell % w, y = cell / w;
        int best = -1;
        double bestT = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 8; k++) {
            int nx = x + DX[k], ny = y + DY[k];
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
            int n = ny * w + nx;
            if (Float.isInfinite(field[n])) continue;
            double t = field[n] + 0.5 * stepMetres(x, y, k) * (minPerM[cell] + minPerM[n]);
            if (t < bestT || (t == bestT && n < best)) { bestT = t; best = n; }
        }
        return best;
    }

    /** The fastest route from {@code cell} to the facility, by following its cached field. */
    public Route path(int cell, Facility f) {
        float[] field = minutesTo(f);
        if (Float.isInfinite(field[cell])) return Route.NONE;
        int[] buf = new int[64];
        int n = 0;
        int c = cell;
        buf[n++] = c;
        while (c != f.cell()) {
            c = nextStep(c, f);
            if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
            buf[n++] = c;
        }
        return new Route(Arrays.copyOf(buf, n), field[cell]);
    }

    /**
     * Minutes from every cell to {@code target} under an overlay (a fresh array, not cached): entering a
     * cell costs its step time plus {@code overlay.extraMinutes}; blocked cells are never entered.
     */
    public float[] field(int target, CostOverlay overlay) {
        double[] t = new double[w * h];
        Arrays.fill(t, Double.POSITIVE_INFINITY);
        CellHeap heap = new CellHeap();
        t[target] = 0;
        heap.push(0, target);
        while (!heap.isEmpty()) {
            double tu = heap.topKey();
            int u = heap.topCell();
            heap.pop();
            if (tu > t[u]) continue;
            // a route from neighbour v into u pays u's overlay cost (except for the target itself: arriving is free)
            double enterU = u == target ? 0 : overlay.extraMinutes(u);
            if (u != target && overlay.blocked(u)) continue;
            int ux = u % w, uy = u / w;
            for (int k = 0; k < 8; k++) {
                int vx = ux + DX[k], vy = uy + DY[k];
                if (vx < 0 || vy < 0 || vx >= w || vy >= h) continue;
                int v = vy * w + vx;
                if (minPerM[v] == Double.POSITIVE_INFINITY) continue;
                double tv = tu + enterU + halfStep(uy, k) * (minPerM[u] + minPerM[v]);
                if (tv < t[v]) { t[v] = tv; heap.push(tv, v); }
            }
        }
        float[] out = new float[t.length];
        for (int i = 0; i < t.length; i++) out[i] = (float) t[i];
        return out;
    }

    // ---- point-to-point -------------------------------------------------------------------------

    /** Fastest route between two cells in free traffic. */
    public Route path(int from, int to) { return path(from, to, CostOverlay.NONE); }

    /**
     * Fastest route between two cells under an overlay (A* with a straight-line / top-speed heuristic,
     * which stays admissible because overlay costs are non-negative). The overlay cost of {@code to} is
     * paid on arrival; a blocked {@code to} is unreachable.
     */
    public Route path(int from, int to, CostOverlay overlay) {
        if (minPerM[from] == Double.POSITIVE_INFINITY || minPerM[to] == Double.POSITIVE_INFINITY) return Route.NONE;
        if (from == to) return new Route(new int[] {from}, 0);
        if (overlay.blocked(to)) return Route.NONE;
        Search sr = search.get();
        sr.begin();
        CellHeap heap = sr.heap;
        int tx = to % w, ty = to / w;
        double minPerMFastest = 60.0 / (maxSpeedKmh * 1000.0);
        sr.reach(from, 0, -1);
        heap.push(heuristic(from, tx, ty, minPerMFastest), from);
        while (!heap.isEmpty()) {
            int u = heap.topCell();
            heap.pop();
            if (sr.closed(u)) continue;
            sr.close(u);
            if (u == to) break;
            int ux = u % w, uy = u / w;
            double gu = sr.g(u);
            for (int k = 0; k < 8; k++) {
                int vx = ux + DX[k], vy = uy + DY[k];
                if (vx < 0 || vy < 0 || vx >= w || vy >= h) continue;
                int v = vy * w + vx;
                if (sr.closed(v) || minPerM[v] == Double.POSITIVE_INFINITY || overlay.blocked(v)) continue;
                double extra = overlay.extraMinutes(v);
                if (extra < 0 || Double.isNaN(extra)) {
                    throw new IllegalArgumentException("overlay cost of cell " + v + " is " + extra + "; must be >= 0");
                }
                double gv = gu + extra + halfStep(uy, k) * (minPerM[u] + minPerM[v]);
                if (gv < sr.g(v)) {
                    sr.reach(v, gv, u);
                    heap.push(gv + heuristic(v, tx, ty, minPerMFastest), v);
                }
            }
        }
        if (!sr.closed(to)) return Route.NONE;
        int n = 0;
        for (int c = to; c != -1; c = sr.prev[c]) n++;
        int[] cells = new int[n];
        for (int c = to, i = n - 1; c != -1; c = sr.prev[c]) cells[i--] = c;
        return new Route(cells, sr.g(to));
    }

    /**
     * Whole-grid A* state, reused between queries on one thread. Instead of refilling the arrays, each
     * query gets a new generation number: a cell's g and prev are valid only if it was reached in this
     * generation (g is +Infinity otherwise), and it is closed only if closed in this generation.
     */
    private static final class Search {
        final double[] g;
        final int[] prev;
        final int[] reached;   // generation in which g/prev were last set
        final int[] closedIn;  // generation in which the cell was closed
        final CellHeap heap = new CellHeap();
        int gen;

        Search(int cells) {
            g = new double[cells];
            prev = new int[cells];
            reached = new int[cells];
            closedIn = new int[cells];
        }

        void begin() {
            heap.clear();
            if (++gen == Integer.MAX_VALUE) { // practically never: restart the numbering with clean arrays
                Arrays.fill(reached, 0);
                Arrays.fill(closedIn, 0);
                gen = 1;
            }
        }

        double g(int c) { return reached[c] == gen ? g[c] : Double.POSITIVE_INFINITY; }

        void reach(int c, double gc, int from) { g[c] = gc; prev[c] = from; reached[c] = gen; }

        boolean closed(int c) { return closedIn[c] == gen; }

        void close(int c) { closedIn[c] = gen; }
    }

    private double heuristic(int c, int tx, int ty, double minPerMFastest) {
        int x = c % w, y = c / w;
        // the narrowest cell width of the map keeps the estimate a consistent lower bound
        double dx = (x - tx) * minCellWidthM, dy = (y - ty) * city.cellHeightM();
        return Math.sqrt(dx * dx + dy * dy) * minPerMFastest;
    }

    // ---- helpers for the city -------------------------------------------------------------------

    /**
     * Metres from each land cell to the nearest arterial or secondary road cell, walking over land
     * (8-neighbour); +Infinity where no such road is reachable (including every cell if there are none).
     */
    static double[] metresToMainRoad(City city) {
        int w = city.width(), h = city.height();
        double[] d = new double[w * h];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        boolean[] land = new boolean[w * h];
        double[] ew = new double[h];
        double[] diag = new double[h];
        double ns = city.cellHeightM();
        for (int y = 0; y < h; y++) {
            ew[y] = city.cellWidthM(y);
            diag[y] = StrictMath.hypot(ew[y], ns);
            for (int x = 0; x < w; x++) land[y * w + x] = city.land().field[x][y] != 0;
        }
        CellHeap heap = new CellHeap();
        int arterial = RoadClass.ARTERIAL.ordinal(), secondary = RoadClass.SECONDARY.ordinal();
        for (int c = 0; c < d.length; c++) {
            int rc = city.roadClasses().field[c % w][c / w];
            if (land[c] && (rc == arterial || rc == secondary)) {
                d[c] = 0;
                heap.push(0, c);
            }
        }
        while (!heap.isEmpty()) {
            double du = heap.topKey();
            int u = heap.topCell();
            heap.pop();
            if (du > d[u]) continue;
            int ux = u % w, uy = u / w;
            for (int k = 0; k < 8; k++) {
                int vx = ux + DX[k], vy = uy + DY[k];
                if (vx < 0 || vy < 0 || vx >= w || vy >= h) continue;
                int v = vy * w + vx;
                if (!land[v]) continue;
                double dv = du + (DX[k] == 0 ? ns : DY[k] == 0 ? ew[uy] : diag[uy]);
                if (dv < d[v]) { d[v] = dv; heap.push(dv, v); }
            }
        }
        return d;
    }
}
