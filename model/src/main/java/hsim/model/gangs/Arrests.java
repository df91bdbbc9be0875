package hsim.model.gangs;

import hsim.model.scenario.Param;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.List;

/**
 * Epstein's arrest rule, scaled to a gang: the arrest probability P(C, A) from the mean security (C) and
 * gang (A) presence within vision at up to {@code gangs.arrest_sample_cells} random cells of the gang's
 * ground; the gang loses {@code security.arrest_rate_per_day * P} of its members a day (as agents, to jail:
 * {@link Membership#arrested}) and {@code gangs.weapons_seized_per_arrest} weapons per arrest.
 */
public final class Arrests implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final GangGround ground;
    private final int samples;
    private final double weaponsPerArrest;

    public static List<Param> params() {
        return List.of(
                Param.integer("gangs.arrest_sample_cells", 20, 1, 10000, "cells", "assumption (a sample; the mean over all cells is the limit)",
                        "Random cells of a gang's ground at which the arrest rule reads presence"),
                Param.number("gangs.weapons_seized_per_arrest", 0.5, 0, 10, "weapons/arrest", "assumption",
                        "Weapons taken off a gang per member arrested"));
    }

    public Arrests(MetroState s, GangGround ground) {
        this.s = s;
        this.ground = ground;
        this.samples = s.scenario.integer("gangs.arrest_sample_cells");
        this.weaponsPerArrest = s.scenario.number("gangs.weapons_seized_per_arrest");
    }

    void apply(GangCell g, int i, long hour) {
        int[] cl = ground.cellsOf(i);
        if (cl.length == 0) return;
        s.streams.reset(Stream.ARRESTS, i, hour);
        double cSum = 0, aSum = 0;
        int samples = Math.min(this.samples, cl.length);
        for (int k = 0; k < samples; k++) {
            int c = cl[s.rng.nextInt(cl.length)];
            cSum += s.visionSec[c];
            aSum += s.visionGang[c];
        }
        double p = s.epstein.arrestProbability(cSum / samples, aSum / samples);
        double arrests = g.members * s.ops.arrestRatePerDay() * p;
        s.membership.arrested(g, arrests);
        g.weapons = Math.max(0, g.weapons - arrests * weaponsPerArrest);
    }
}
