package hsim.bench;

import ec.util.MersenneTwisterFast;
import hsim.model.core.RngStream;
import hsim.model.people.Civilians;
import sim.engine.ParallelSequence;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.grid.SparseGrid2D;

/**
 * The plain-MASON baseline of the real civilian day: the agents of a running hsim world (copied into
 * {@link MasonCivilianDay} objects, positions in a {@code SparseGrid2D}) stepped by a {@link RandomSequence}
 * (threads = 1) or a {@link ParallelSequence} (ordering 0) with staged effects applied serially
 * (ordering 1), against the world's inputs frozen at the snapshot. One schedule step is one civilian day.
 */
final class MasonMetro extends SimState {
    private static final long serialVersionUID = 1L;

    final WorldSnapshot world;
    final int threads;
    SparseGrid2D grid;
    MasonCivilianDay[] civilians;
    double[] gangWilling;
    long cases, deaths, day;
    private final RngStream fleeRng;
    private ParallelSequence parallel;

    MasonMetro(long seed, WorldSnapshot world, int threads) {
        super(seed);
        this.world = world;
        this.threads = threads;
        this.fleeRng = new RngStream(seed);
    }

    @Override
    public void start() {
        super.start();
        Civilians c = world.civilians;
        int w = world.width, h = world.cells / w;
        grid = new SparseGrid2D(w, h);
        // MASON 18's ParallelSequence drops size % threads agents (mason-18-notes.md): keep a multiple
        int n = threads == 1 ? c.size() : c.size() - c.size() % threads;
        civilians = new MasonCivilianDay[n];
        int maxGang = 0;
        for (int cell = 0; cell < world.cells; cell++) maxGang = Math.max(maxGang, world.owner[cell] + 1);
        gangWilling = new double[maxGang];
        for (int i = 0; i < n; i++) {
            MasonCivilianDay a = new MasonCivilianDay(i, c.homeCell(i), c.hardship(i), c.legitimacy(i), c.riskAversion(i),
                    world.baseline(i), c.cholera(i));
            a.alive = c.alive(i);
            a.displaced = c.has(i, Civilians.DISPLACED);
            civilians[i] = a;
            grid.setObjectLocation(a, c.cell(i) % w, c.cell(i) / w);
        }
        if (threads == 1) {
            schedule.scheduleRepeating(Schedule.EPOCH, 0, new RandomSequence(civilians), 1);
        } else {
            for (MasonCivilianDay a : civilians) a.random = new MersenneTwisterFast(random.nextLong());
            parallel = new ParallelSequence(civilians, threads);
            schedule.scheduleRepeating(Schedule.EPOCH, 0, parallel, 1);
            schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) s -> applyStaged(), 1);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) s -> {
            day++;
            java.util.Arrays.fill(gangWilling, 0);
        }, 1);
    }

    /** A civilian's shared effects: counts, recruits offered to the ruling gang, moves on the grid. */
    void apply(MasonCivilianDay a, byte effects, int cell, int gang) {
        if ((effects & MasonCivilianDay.CASE) != 0) cases++;
        if ((effects & MasonCivilianDay.DEATH) != 0) deaths++;
        if ((effects & MasonCivilianDay.RECRUIT) != 0 && gang < gangWilling.length) gangWilling[gang] += world.willingPerActiveAgent;
        if ((effects & MasonCivilianDay.GO_HOME) != 0) {
            grid.setObjectLocation(a, a.home % world.width, a.home / world.width);
            a.displaced = false;
        }
        if ((effects & MasonCivilianDay.FLEE) != 0) {
            fleeRng.reset(a.id, day, 1);
            int to = world.refuge(cell, fleeRng);
            if (to >= 0) {
                grid.setObjectLocation(a, to % world.width, to / world.width);
                a.displaced = true;
            }
        }
    }

    private void applyStaged() {
        for (MasonCivilianDay a : civilians) {
            if (a.staged == 0) continue;
            var at = grid.getObjectLocation(a);
            apply(a, a.staged, at.y * world.width + at.x, a.stagedGang);
            a.staged = 0;
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (parallel != null) parallel.cleanup();
    }
}
