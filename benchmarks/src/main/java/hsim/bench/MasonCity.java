package hsim.bench;

import ec.util.MersenneTwisterFast;
import sim.engine.ParallelSequence;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.field.grid.SparseGrid2D;
import sim.util.Bag;

/**
 * The plain-MASON baseline world: agents in a {@code SparseGrid2D}, per-cell aggregates in
 * Double/IntGrid2D fields (ordering 0), the agents stepped by a {@link RandomSequence} (threads = 1) or
 * a {@link ParallelSequence} (ordering 1), and, when parallel, staged moves applied serially
 * (ordering 2). One schedule step is one simulated hour, as in hsim.
 */
final class MasonCity extends SimState {
    private static final long serialVersionUID = 1L;

    final int agents, width, height, threads, capacity;
    SparseGrid2D grid;
    DoubleGrid2D hardshipSum;
    IntGrid2D people, infectious, gangs;
    MasonCivilian[] civilians;
    private ParallelSequence parallel;

    MasonCity(long seed, int agents, int width, int height, int threads) {
        super(seed);
        this.agents = agents;
        this.width = width;
        this.height = height;
        this.threads = threads;
        this.capacity = Math.max(2, 3 * agents / (width * height)); // as DemoWorld
    }

    @Override
    public void start() {
        super.start();
        grid = new SparseGrid2D(width, height);
        hardshipSum = new DoubleGrid2D(width, height);
        people = new IntGrid2D(width, height);
        infectious = new IntGrid2D(width, height);
        gangs = new IntGrid2D(width, height);
        civilians = new MasonCivilian[agents];
        for (int i = 0; i < agents; i++) {
            int cell = random.nextInt(width * height);
            MasonCivilian c = new MasonCivilian(cell % width, cell / width, random.nextFloat(), random.nextFloat(), random.nextFloat());
            if (i % 97 == 0) c.cholera = MasonCivilian.INFECTIOUS;
            civilians[i] = c;
            grid.setObjectLocation(c, c.homeX, c.homeY);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> aggregate(), 1);
        if (threads == 1) {
            schedule.scheduleRepeating(Schedule.EPOCH, 1, new RandomSequence(civilians), 1);
        } else {
            // MASON 18's ParallelSequence drops size % threads agents (mason-18-notes.md), so insist on a multiple.
            if (agents % threads != 0) throw new IllegalArgumentException(agents + " agents is not a multiple of " + threads + " threads");
            for (MasonCivilian c : civilians) c.random = new MersenneTwisterFast(random.nextLong());
            parallel = new ParallelSequence(civilians, threads);
            schedule.scheduleRepeating(Schedule.EPOCH, 1, parallel, 1);
            schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) s -> applyMoves(), 1);
        }
    }

    /** Per-cell sums of the living, free agents (what hsim's spatial index holds). */
    private void aggregate() {
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                double h = 0;
                int n = 0, inf = 0, g = 0;
                Bag here = grid.getObjectsAtLocation(x, y);
                if (here != null) {
                    for (int k = 0; k < here.numObjs; k++) {
                        MasonCivilian c = (MasonCivilian) here.objs[k];
                        if (!c.has(MasonCivilian.ALIVE) || c.has(MasonCivilian.JAILED)) continue;
                        h += c.hardship;
                        n++;
                        if (c.cholera == MasonCivilian.INFECTIOUS) inf++;
                        if (c.has(MasonCivilian.GANG_MEMBER)) g++;
                    }
                }
                hardshipSum.field[x][y] = h;
                people.field[x][y] = n;
                infectious.field[x][y] = inf;
                gangs.field[x][y] = g;
            }
        }
    }

    /** Serial (or after a parallel step): a move is accepted while the target cell has room. */
    void tryMove(MasonCivilian c, int x, int y) {
        if (grid.numObjectsAtLocation(x, y) >= capacity) return;
        grid.setObjectLocation(c, x, y);
        if (x != c.homeX || y != c.homeY) c.set(MasonCivilian.DISPLACED, true);
    }

    private void applyMoves() {
        for (MasonCivilian c : civilians) {
            if (c.moveX < 0) continue;
            tryMove(c, c.moveX, c.moveY);
            c.moveX = c.moveY = -1;
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (parallel != null) parallel.cleanup();
    }
}
