package hsim.model.gangs;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;
import hsim.model.world.Tallies;

import java.io.Serializable;

/**
 * Gangs push into neighbouring cells: Poisson(rate * sqrt(strength / 50)) attempts a day from random
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
    private final double feudFactor;

    public GangExpansion(MetroState s, GangGround gangGround, Ground ground, Battles battles) {
        this.s = s;
        this.gangGround = gangGround;
        this.ground = ground;
        this.battles = battles;
        this.feudFactor = s.scenario.number("gangs.splinter_feud_expansion_factor");
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
            double mean = territory.settings().expansionAttemptsPerDay() * Math.sqrt(g.strength(s.economy.settings().roundsPerFighter()) / 50.0)
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
                        if (s.rng.nextDouble() < p) { territory.set(target, i); ground.addViolence(target, 0.1, 1); }
                    } else {
                        Engagement.Side hs = battles.hnpSide(Math.min(def, s.hnp.officers * 0.05), true);
                        if (att.fighters() * att.effectiveness() <= hs.fighters() * hs.effectiveness()) continue;
                        Engagement.Result r = battles.fight(target, att, hs, i, -1, Tallies.GANG_ATTACKS, false, Battles.Security.HNP, Battles.Security.HNP);
                        if (r.aWon()) territory.set(target, i);
                    }
                }
            }
        }
    }
}
