package hsim.model.gangs;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;
import hsim.model.world.Tallies;

import java.io.Serializable;

/**
 * Gangs push into neighbouring cells: Poisson(rate * sqrt(strength / gangs.expansion_reference_strength)), times
 * gangs.splinter_feud_expansion_factor for feuding splinters, attempts a day from random
 * cells of their ground. Empty state ground falls with {@link Territory#captureProbability}; a rival's
 * cell or a defended one only to a won engagement, and defended ground is attacked only when the gang
 * outguns the defenders. Contained gangs do not expand.
 */
public final class GangExpansion implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final GangGround gangGround;
    private final Ground ground;
    private final Battles battles;
    private final double feudFactor, referenceStrength, captureViolence, hnpLocalShare;
    private final int captureViolenceRadius;

    public GangExpansion(MetroState s, GangGround gangGround, Ground ground, Battles battles) {
        this.s = s;
        this.gangGround = gangGround;
        this.ground = ground;
        this.battles = battles;
        this.feudFactor = s.scenario.number("gangs.splinter_feud_expansion_factor");
        this.referenceStrength = s.scenario.number("gangs.expansion_reference_strength");
        this.captureViolence = s.scenario.number("gangs.capture_violence");
        this.captureViolenceRadius = s.scenario.integer("gangs.capture_violence_radius_cells");
        this.hnpLocalShare = s.scenario.number("gangs.hnp_local_defender_share");
    }

    public static java.util.List<hsim.model.scenario.Param> params() {
        return java.util.List.of(
                hsim.model.scenario.Param.number("gangs.expansion_reference_strength", 50, 0.001, 1e6, "fighters", "assumption",
                        "Strength at which a gang makes gangs.expansion_attempts_per_day attempts (attempts grow with its square root)"),
                hsim.model.scenario.Param.number("gangs.capture_violence", 0.1, 0, 1, "1", "assumption",
                        "Violence index added around a cell a gang takes from unguarded state ground"),
                hsim.model.scenario.Param.integer("gangs.capture_violence_radius_cells", 1, 0, 100, "cells", "assumption",
                        "Radius of that violence"),
                hsim.model.scenario.Param.number("gangs.hnp_local_defender_share", 0.05, 0, 1, "share", "assumption",
                        "Most HNP officers (share of the force) that defend one guarded cell against a gang's push"));
    }

    void run(long hour) {
        Territory territory = s.territory;
        boolean[] land = ground.landMask();
        int[] out = new int[4];
        for (int i = 0; i < s.gangs.size(); i++) {
            GangCell g = s.gangs.get(i);
            if (!g.alive || g.containedDays > 0) continue;
            int[] cl = gangGround.cellsOf(i);
            if (cl.length == 0) continue;
            s.streams.reset(Stream.GANG_EXPANSION, i, hour);
            // bigger gangs push on more fronts, less than in proportion to their size
            double mean = territory.settings().expansionAttemptsPerDay() * Math.sqrt(g.strength(s.fighting) / referenceStrength)
                    * (g.feudUntilDay >= hour / 24 ? feudFactor : 1); // feuding splinters push harder (Leadership)
            int attempts = (int) Engagement.poisson(mean, s.rng::nextDouble);
            for (int a = 0; a < attempts; a++) {
                int from = cl[s.rng.nextInt(cl.length)];
                int n = territory.frontier(from, i, land, out);
                if (n == 0) continue;
                int target = out[s.rng.nextInt(n)];
                int o = territory.owner(target);
                Engagement.Side att = battles.gangSide(g, 1, false);
                if (o >= 0) {
                    GangCell d = s.gangs.get(o);
                    if (!g.rivalOf(d) || !d.alive) continue;
                    Engagement.Result r = battles.fight(target, att, battles.gangSide(d, 1, true), i, o, Tallies.GANG_CLASHES, false, Battles.Security.HNP, Battles.Security.HNP);
                    if (r.aWon()) territory.set(target, i);
                } else {
                    double def = s.visionSec[target];
                    if (def < 1) {
                        double p = Territory.captureProbability(att.fighters(), s.ops.residentResistance());
                        if (s.rng.nextDouble() < p) { territory.set(target, i); ground.addViolence(target, captureViolence, captureViolenceRadius); }
                    } else {
                        Engagement.Side hs = battles.hnpSide(Math.min(def, s.hnp.officers * hnpLocalShare), target, true);
                        if (att.fighters() * att.effectiveness() <= hs.fighters() * hs.effectiveness()) continue;
                        Engagement.Result r = battles.fight(target, att, hs, i, -1, Tallies.GANG_ATTACKS, false, Battles.Security.HNP, Battles.Security.HNP);
                        if (r.aWon()) territory.set(target, i);
                    }
                }
            }
        }
    }
}
