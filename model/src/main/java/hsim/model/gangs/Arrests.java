package hsim.model.gangs;

import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;

/**
 * Epstein's arrest rule, scaled to a gang: the arrest probability P(C, A) from the mean security (C) and
 * gang (A) presence within vision at up to 20 random cells of the gang's ground; the gang loses
 * {@code security.arrest_rate_per_day * P} of its members a day and half as many weapons.
 */
public final class Arrests implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final GangGround ground;

    public Arrests(MetroState s, GangGround ground) {
        this.s = s;
        this.ground = ground;
    }

    void apply(GangCell g, int i, long hour) {
        int[] cl = ground.cellsOf(i);
        if (cl.length == 0) return;
        s.streams.reset(Stream.ARRESTS, i, hour);
        double cSum = 0, aSum = 0;
        int samples = Math.min(20, cl.length);
        for (int k = 0; k < samples; k++) {
            int c = cl[s.rng.nextInt(cl.length)];
            cSum += s.visionSec[c];
            aSum += s.visionGang[c];
        }
        double p = s.epstein.arrestProbability(cSum / samples, aSum / samples);
        double arrests = g.members * s.ops.arrestRatePerDay() * p;
        s.membership.arrested(g, arrests);
        g.weapons = Math.max(0, g.weapons - arrests * 0.5);
    }
}
