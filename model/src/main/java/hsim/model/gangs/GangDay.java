package hsim.model.gangs;

import hsim.model.world.Ground;
import hsim.model.world.MetroState;

import java.io.Serializable;

/**
 * The gangs' day at 02:00: each gang's economy (income from its ground and the roads, wages, arms,
 * recruit places), hiring the recruits civilians offered, {@link Arrests}; then organisation (a gang
 * whose cohesion fails splits or dissolves), {@link Reinfiltration}, {@link GangExpansion} and
 * {@link GangAttacks}, in that order.
 */
public final class GangDay implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final GangGround gangGround;
    private final Ground ground;
    private final Arrests arrests;
    private final Reinfiltration reinfiltration;
    private final GangExpansion expansion;
    private final GangAttacks attacks;

    public GangDay(MetroState s, GangGround gangGround, Ground ground, Arrests arrests, Reinfiltration reinfiltration,
                   GangExpansion expansion, GangAttacks attacks) {
        this.s = s;
        this.gangGround = gangGround;
        this.ground = ground;
        this.arrests = arrests;
        this.reinfiltration = reinfiltration;
        this.expansion = expansion;
        this.attacks = attacks;
    }

    public void run(long hour) {
        int n = s.gangs.size(); // territory lists are from this morning's index
        double[] willing = gangGround.willing();
        for (int i = 0; i < n; i++) {
            GangCell g = s.gangs.get(i);
            if (!g.alive) continue;
            double extortion = g.containedDays > 0 ? 1 - s.special.settings().containmentIncomeCut() : 1;
            GangEconomy.Day d = s.economy.day(g, gangGround.residentsOf(i), gangGround.income(i), extortion);
            gangGround.clearIncome(i);
            double hires = Math.min(willing[i], d.recruitPlaces());
            if (hires > 0) { s.economy.hire(g, hires); s.tallies.recruited(hires); }
            s.territory.recover(g);
            if (g.containedDays > 0) g.containedDays--;
            arrests.apply(g, i, hour);
        }
        // organisation: splits and dissolutions
        for (int i = 0; i < n; i++) {
            GangCell g = s.gangs.get(i);
            if (!g.alive) continue;
            switch (s.territory.fate(g)) {
                case DISSOLVES -> { s.territory.release(g.id); g.alive = false; g.members = 0; g.weapons = 0; }
                case SPLITS -> split(g);
                case HOLDS -> { }
            }
        }
        reinfiltration.run(hour);
        expansion.run(hour);
        attacks.run(hour);
    }

    /** The gang's far side breaks away with half of everything; both halves start with low cohesion. */
    private void split(GangCell g) {
        int[] cl = gangGround.cellsOf(g.id);
        if (cl.length < 2) return;
        int far = g.baseCell;
        double fd = -1;
        for (int c : cl) { double d = ground.dist(c, g.baseCell); if (d > fd) { fd = d; far = c; } }
        GangCell h = new GangCell(s.gangs.size(), g.name + "/split", g.coalition, far, g.members / 2, g.weapons / 2,
                g.ammunition / 2, g.cashUsd / 2);
        g.members /= 2; g.weapons /= 2; g.ammunition /= 2; g.cashUsd /= 2;
        g.cohesion = 0.6;
        h.cohesion = 0.6;
        s.gangs.add(h);
        s.territory.split(g.id, h.id, g.baseCell, far);
        gangGround.rebuild();
    }
}
