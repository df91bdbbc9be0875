package hsim.bench;

import ec.util.MersenneTwisterFast;
import hsim.model.people.Cholera;
import hsim.model.people.CivilianDay;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Int2D;

/**
 * hsim's real civilian rule ({@code hsim.model.world.CivilianDay}) written the plain MASON way: one
 * Steppable per agent holding its own fields, its position kept only in the world's {@code SparseGrid2D},
 * MASON's MersenneTwisterFast for the draws (three per living agent, as hsim's rule), and the shared effects
 * (cholera counts, recruits, flight) applied directly when serial or staged when parallel. Same reads, same
 * sub-models (hardship, legitimacy, cholera, displacement, Epstein activation) as the hsim rule; it is the
 * baseline of the benchmarks, not a second model.
 */
final class MasonCivilianDay implements Steppable {
    private static final long serialVersionUID = 1L;
    static final byte CASE = 1, DEATH = 2, FLEE = 4, RECRUIT = 8, GO_HOME = 16;

    final int id, home;
    final float riskAversion;
    final double baseline;
    float hardship, legitimacy;
    byte cholera;
    boolean alive = true, displaced;
    /** Own generator for ParallelSequence runs (a shared MersenneTwisterFast is not thread-safe); null when serial. */
    MersenneTwisterFast random;
    /** Effects of a parallel step, applied serially afterwards; 0 = none. */
    byte staged;
    int stagedGang;

    MasonCivilianDay(int id, int home, float hardship, float legitimacy, float riskAversion, double baseline, byte cholera) {
        this.id = id;
        this.home = home;
        this.hardship = hardship;
        this.legitimacy = legitimacy;
        this.riskAversion = riskAversion;
        this.baseline = baseline;
        this.cholera = cholera;
    }

    @Override
    public void step(SimState state) {
        if (!alive) return;
        MasonMetro world = (MasonMetro) state;
        WorldSnapshot m = world.world;
        MersenneTwisterFast r = random != null ? random : state.random;
        Int2D at = world.grid.getObjectLocation(this);
        int cell = at.y * m.width + at.x;
        double met = CivilianDay.needMet(m.state(), m.waterMet[cell], m.foodMet[cell]), safe = m.safeWater[cell];
        double unmet = 1 - met;
        double v = m.violence[cell];
        double h = m.hardship.next(hardship, baseline, unmet, v, displaced);
        hardship = (float) h;
        int owner = m.owner[cell];
        double l = m.legitimacy.next(legitimacy, m.protection[cell], met, m.harm[cell], owner >= 0);
        legitimacy = (float) l;

        byte before = cholera;
        double foi = before == Cholera.SUSCEPTIBLE
                ? m.cholera.forceOfInfection(safe, m.localInfectiousShare[cell], m.metroInfectiousShare) : 0;
        boolean treated = r.nextDouble() < m.careShare[cell];
        byte after = m.cholera.step(before, foi, treated, r.nextDouble(), r.nextDouble());
        byte effects = 0;
        if (after != before) {
            cholera = after;
            if (after == Cholera.SYMPTOMATIC) effects |= CASE;
            if (after == Cholera.DEAD) {
                alive = false;
                apply(world, (byte) (effects | DEATH), cell, -1);
                return;
            }
        }
        double u = r.nextDouble();
        if (!displaced && m.displacement.flees(v, u)) {
            effects |= FLEE;
        } else if (displaced && m.displacement.returnsHome(home, m.violence[home], u)) {
            effects |= GO_HOME;
        }
        int gang = -1;
        if (owner >= 0 && m.epstein.activates(h, l, riskAversion, m.visionSec[cell], m.visionGang[cell] + 1)) {
            effects |= RECRUIT;
            gang = owner;
        }
        if (effects != 0) apply(world, effects, cell, gang);
    }

    private void apply(MasonMetro world, byte effects, int cell, int gang) {
        if (random != null) { // parallel: stage for the serial pass
            staged = effects;
            stagedGang = gang;
        } else {
            world.apply(this, effects, cell, gang);
        }
    }
}
