package hsim.model.gangs;

import hsim.model.world.Ground;
import hsim.model.world.MetroState;

import java.io.Serializable;

/**
 * The gangs' day at 02:00: each gang's economy (income from its ground and the roads, wages, arms,
 * recruit places), hiring the recruits civilians offered (who become member agents, {@link Membership}),
 * {@link Arrests}; then organisation (a gang whose cohesion fails dissolves, {@link ContestedGround}, or
 * splinters, {@link Leadership}; leaderless gangs find a successor or splinter), {@link Reinfiltration},
 * {@link GangExpansion} and {@link GangAttacks}, in that order.
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
    private final Leadership leadership;
    private final ContestedGround contested;

    public GangDay(MetroState s, GangGround gangGround, Ground ground, Arrests arrests, Reinfiltration reinfiltration,
                   GangExpansion expansion, GangAttacks attacks, Leadership leadership, ContestedGround contested) {
        this.s = s;
        this.gangGround = gangGround;
        this.ground = ground;
        this.arrests = arrests;
        this.reinfiltration = reinfiltration;
        this.expansion = expansion;
        this.attacks = attacks;
        this.leadership = leadership;
        this.contested = contested;
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
            if (hires > 0) { s.economy.hire(g, hires); s.tallies.recruited(hires); s.membership.enlist(g, hires); }
            s.territory.recover(g);
            if (g.containedDays > 0) g.containedDays--;
            arrests.apply(g, i, hour);
            s.membership.reconcile(g); // deserters and yesterday's raid losses leave as agents too
        }
        // organisation: dissolutions, collapses into splinters, then succession or splintering of the leaderless
        int day = (int) (hour / 24);
        for (int i = 0; i < n; i++) {
            GangCell g = s.gangs.get(i);
            if (!g.alive) continue;
            switch (s.territory.fate(g)) {
                case DISSOLVES -> contested.dissolve(g);
                case SPLITS -> leadership.splinter(g, day);
                case HOLDS -> { }
            }
        }
        leadership.run(n, day, hour);
        reinfiltration.run(hour);
        expansion.run(hour);
        attacks.run(hour);
    }
}
