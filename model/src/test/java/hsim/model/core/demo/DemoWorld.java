package hsim.model.core.demo;

import hsim.model.core.IntentBuffer;
import hsim.model.core.ParallelCore;
import hsim.model.core.Rate;
import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import hsim.model.core.SpatialIndex;
import hsim.model.core.StateHash;
import hsim.model.engine.HaitiModel;
import hsim.model.engine.ProcessOrder;
import hsim.model.people.Civilians;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A small world that exercises the core the way the real model will: a grid, a civilian population,
 * an hourly spatial-index rebuild, a parallel per-cell aggregation, the parallel {@link
 * DemoCivilianRule}, a serial resolution of move intents under cell capacity, and daily metrics from
 * deterministic reductions. For tests and benchmarks only.
 */
public final class DemoWorld implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long INIT = Rng.purpose("demo.init");

    private final int width;
    private final int height;
    private final Civilians civilians;
    private final SpatialIndex index;
    /** Per-cell aggregates interleaved (hardship-sum bits, people, infectious, gang) so that one
     *  neighbour read touches one cache line instead of four. */
    private final int[] cellStats;
    static final int STATS = 4;
    private final int cellCapacity;
    private final List<double[]> dailyMetrics = new ArrayList<>();
    private transient IntentBuffer moves;
    private int failingAgent = -1;
    private long failingStep = -1;

    /** Creates {@code agents} civilians on a {@code width x height} grid, placed from the run seed. */
    public DemoWorld(long seed, int width, int height, int agents) {
        this.width = width;
        this.height = height;
        int cells = width * height;
        this.civilians = new Civilians(agents, 1);
        this.index = new SpatialIndex(width, height);
        this.cellStats = new int[cells * STATS];
        this.cellCapacity = Math.max(2, 3 * agents / cells);
        RngStream r = new RngStream(seed);
        for (int i = 0; i < agents; i++) {
            r.reset(i, -1, INIT);
            int id = civilians.add(r.nextInt(cells), (float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble());
            if (id % 97 == 0) civilians.setCholera(id, Civilians.INFECTIOUS);
        }
    }

    /** Makes {@code agent}'s rule throw at {@code step}, to test failure handling. */
    public void failAt(int agent, long step) {
        this.failingAgent = agent;
        this.failingStep = step;
    }

    int failingAgent() { return failingAgent; }

    long failingStep() { return failingStep; }

    /** Installs the population in {@code model} and registers the demo's processes. */
    public void install(HaitiModel model) {
        model.setCivilians(civilians);
        model.addProcess("demo.index", Rate.hourly(), ProcessOrder.INDEX, (m, hour) -> rebuildIndex());
        model.addProcess("demo.cells", Rate.hourly(), ProcessOrder.INDEX + 1, (m, hour) -> aggregateCells(m.parallel()));
        model.addProcess("demo.civilians", Rate.hourly(), ProcessOrder.PEOPLE,
                (m, hour) -> stepCivilians(m.parallel()));
        model.addProcess("demo.moves", Rate.hourly(), ProcessOrder.RESOLVE, (m, hour) -> resolveMoves());
        model.addProcess("demo.metrics", Rate.daily().atHour(23), ProcessOrder.METRICS, (m, hour) -> recordDay(m.parallel()));
    }

    /**
     * One hour of the demo without a schedule (index, cells, civilians, moves), for benchmarks that
     * time the core alone; {@code core.beginStep(hour)} must have been called.
     */
    public void stepHour(ParallelCore core) {
        rebuildIndex();
        aggregateCells(core);
        stepCivilians(core);
        resolveMoves();
    }

    void stepCivilians(ParallelCore core) {
        core.forEach(civilians.size(), new DemoCivilianRule(this, moves()), moves());
    }

    private IntentBuffer moves() {
        if (moves == null) moves = new IntentBuffer();
        return moves;
    }

    void rebuildIndex() {
        Civilians c = civilians;
        index.rebuild(c.size(), i -> c.alive(i) && !c.has(i, Civilians.JAILED) ? c.cell(i) : -1);
    }

    /** Per-cell sums, one cell per id in parallel: each cell writes only its own entries. */
    void aggregateCells(ParallelCore core) {
        Civilians c = civilians;
        core.forEach(index.cells(), (cell, chunk) -> {
            float h = 0;
            int inf = 0, gang = 0;
            for (int k = index.start(cell), e = index.end(cell); k < e; k++) {
                int a = index.agentAt(k);
                h += c.hardship(a);
                if (c.cholera(a) == Civilians.INFECTIOUS) inf++;
                if (c.has(a, Civilians.GANG_MEMBER)) gang++;
            }
            int at = cell * STATS;
            cellStats[at] = Float.floatToRawIntBits(h);
            cellStats[at + 1] = index.count(cell);
            cellStats[at + 2] = inf;
            cellStats[at + 3] = gang;
        });
    }

    /** Moves into a cell are accepted in merged (actor id) order until the cell is full. */
    void resolveMoves() {
        IntentBuffer b = moves();
        if (b.size() == 0) return;
        IntentBuffer.Grouping g = b.groupByTarget(width * height);
        for (int t = 0; t < width * height; t++) {
            int room = cellCapacity - index.count(t);
            for (int k = g.start()[t], e = g.start()[t + 1]; k < e && room > 0; k++) {
                int i = g.order()[k];
                int actor = b.actor(i);
                civilians.setCell(actor, t);
                if (civilians.cell(actor) != civilians.homeCell(actor)) civilians.set(actor, Civilians.DISPLACED, true);
                room--;
            }
        }
        b.clear();
    }

    void recordDay(ParallelCore core) {
        Civilians c = civilians;
        int n = c.size();
        int alive = core.count(n, c::alive);
        double hardship = core.sum(n, i -> c.alive(i) ? c.hardship(i) : 0.0);
        double legitimacy = core.sum(n, i -> c.alive(i) ? c.legitimacy(i) : 0.0);
        int infectious = core.count(n, i -> c.cholera(i) == Civilians.INFECTIOUS);
        int gang = core.count(n, i -> c.alive(i) && c.has(i, Civilians.GANG_MEMBER));
        int displaced = core.count(n, i -> c.alive(i) && c.has(i, Civilians.DISPLACED));
        dailyMetrics.add(new double[] {alive, hardship, legitimacy, infectious, gang, displaced});
    }

    public Civilians civilians() { return civilians; }

    public int width() { return width; }

    public int height() { return height; }

    /** Aggregates of the previous phase: {@code [cell * STATS + k]}, k = hardship-sum bits, people, infectious, gang. */
    int[] cellStats() { return cellStats; }

    /** One row per day: alive, summed hardship, summed legitimacy, infectious, gang members, displaced. */
    public List<double[]> dailyMetrics() { return dailyMetrics; }

    /** Hash of every agent field, the cell aggregates and all metrics recorded so far. */
    public long stateHash() {
        StateHash h = new StateHash();
        civilians.hashInto(h);
        h.add(cellStats, cellStats.length);
        for (double[] row : dailyMetrics) h.add(row, row.length);
        return h.value();
    }
}
