package hsim.bench;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Int2D;

/**
 * The demo civilian rule ({@code hsim.model.core.demo.DemoCivilianRule}) written the plain MASON way:
 * one Steppable per agent holding its own fields, its position kept only in the city's
 * {@code SparseGrid2D}. Same neighbour reads (3x3 cell aggregates of the previous phase), same state
 * updates and the same number of random draws per branch as the hsim rule; it is the baseline of the
 * benchmarks, not a second model.
 */
final class MasonCivilian implements Steppable {
    private static final long serialVersionUID = 1L;

    static final byte ALIVE = 1, DISPLACED = 2, GANG_MEMBER = 4, JAILED = 8;
    static final byte SUSCEPTIBLE = 0, EXPOSED = 1, INFECTIOUS = 2, RECOVERED = 3, DEAD = 4;

    final int homeX, homeY;
    float hardship, legitimacy, riskAversion;
    byte flags = ALIVE;
    byte cholera = SUSCEPTIBLE;
    short gang = -1;
    int choleraHours, jailHours;
    /** Own generator for ParallelSequence runs (a shared MersenneTwisterFast is not thread-safe); null when serial. */
    MersenneTwisterFast random;
    /** Cell asked for in a parallel step, applied serially afterwards (SparseGrid2D is not thread-safe); -1 = none. */
    int moveX = -1, moveY = -1;

    MasonCivilian(int homeX, int homeY, float hardship, float legitimacy, float riskAversion) {
        this.homeX = homeX;
        this.homeY = homeY;
        this.hardship = hardship;
        this.legitimacy = legitimacy;
        this.riskAversion = riskAversion;
    }

    boolean has(byte flag) { return (flags & flag) != 0; }

    void set(byte flag, boolean on) { flags = (byte) (on ? flags | flag : flags & ~flag); }

    @Override
    public void step(SimState state) {
        if (!has(ALIVE)) return;
        MasonCity city = (MasonCity) state;
        MersenneTwisterFast r = random != null ? random : state.random;
        Int2D at = city.grid.getObjectLocation(this);
        int cx = at.x, cy = at.y;

        int w = city.width, h = city.height;
        double[][] hardshipSum = city.hardshipSum.field;
        int[][] people = city.people.field, infectious = city.infectious.field, gangs = city.gangs.field;
        float hs = 0;
        int p = 0, inf = 0, g = 0;
        for (int y = Math.max(0, cy - 1), y1 = Math.min(h - 1, cy + 1); y <= y1; y++) {
            for (int x = Math.max(0, cx - 1), x1 = Math.min(w - 1, cx + 1); x <= x1; x++) {
                hs += (float) hardshipSum[x][y];
                p += people[x][y];
                inf += infectious[x][y];
                g += gangs[x][y];
            }
        }
        float meanHardship = p == 0 ? hardship : hs / p;
        float gangShare = p == 0 ? 0f : (float) g / p;

        hardship = clamp(hardship + 0.05f * (meanHardship - hardship) + 0.02f * (float) (r.nextDouble() - 0.5));
        legitimacy = clamp(legitimacy - 0.01f * gangShare + 0.005f * (float) gaussian(r));

        if (has(JAILED)) {
            jailHours--;
            if (jailHours <= 0) set(JAILED, false);
        }

        stepCholera(r, p == 0 ? 0.0 : (double) inf / p);

        double grievance = hardship * (1.0 - legitimacy);
        double netRisk = riskAversion * (1.0 - gangShare);
        if (!has(GANG_MEMBER) && grievance - netRisk > 0.1 && r.nextDouble() < 0.02) {
            set(GANG_MEMBER, true);
            gang = (short) ((cy * w + cx) % 7);
        } else if (has(GANG_MEMBER) && r.nextDouble() < 0.001) {
            set(JAILED, true);
            jailHours = 24 * (1 + r.nextInt(30));
        }

        if (!has(JAILED) && has(ALIVE) && r.nextDouble() < 0.05) {
            int k = r.nextInt(9);
            int tx = cx + k % 3 - 1, ty = cy + k / 3 - 1;
            if (tx >= 0 && tx < w && ty >= 0 && ty < h && (tx != cx || ty != cy)) {
                if (random != null) { // parallel: stage the move
                    moveX = tx;
                    moveY = ty;
                } else {
                    city.tryMove(this, tx, ty);
                }
            }
        }
    }

    private void stepCholera(MersenneTwisterFast r, double infectiousShare) {
        choleraHours++;
        switch (cholera) {
            case SUSCEPTIBLE -> {
                if (r.nextDouble() < -StrictMath.expm1(-0.02 * infectiousShare)) setCholera(EXPOSED);
            }
            case EXPOSED -> {
                if (choleraHours >= 24 && r.nextDouble() < 0.05) setCholera(INFECTIOUS);
            }
            case INFECTIOUS -> {
                if (choleraHours >= 48 && r.nextDouble() < 0.04) {
                    if (r.nextDouble() < 0.02) {
                        setCholera(DEAD);
                        set(ALIVE, false);
                    } else {
                        setCholera(RECOVERED);
                    }
                }
            }
            default -> { }
        }
    }

    private void setCholera(byte s) {
        cholera = s;
        choleraHours = 0;
    }

    /** Box-Muller from two uniforms, as hsim's RngStream does (MersenneTwisterFast's own caches a spare). */
    private static double gaussian(MersenneTwisterFast r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    private static float clamp(float v) { return v < 0f ? 0f : (v > 1f ? 1f : v); }
}
