package hsim.model.gangs;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.List;

/**
 * The ground of a gang that dissolves is contested, not handed to the state. Cells where security
 * presence within vision is at least {@code security.hold_presence_officers} (the presence that holds
 * cleared ground, as in {@link Reinfiltration}) go to the state; the rest is taken by the neighbouring
 * gangs, wave by wave from the edges inwards, each cell by the strongest living gang that holds a cell
 * next to it (ties: the lower id). Cells no gang can reach through the vacated ground stay with the state.
 * Every vacated cell takes {@code gangs.contested_violence} of violence as the neighbours fight over it.
 * The members' agents go back to civilian life.
 */
public final class ContestedGround implements Serializable {
    private static final long serialVersionUID = 1L;

    public static List<Param> params() {
        return List.of(Param.number("gangs.contested_violence", 0.3, 0, 1, "1",
                "assumption (Calderón et al. 2015: violence spreads to neighbouring areas after a group is beheaded)",
                "Violence index added to each cell of a dissolved gang's ground while others take it"));
    }

    private final MetroState s;
    private final GangGround gangGround;
    private final double violence;

    public ContestedGround(MetroState s, GangGround gangGround) {
        this.s = s;
        this.gangGround = gangGround;
        this.violence = s.scenario.number("gangs.contested_violence");
    }

    /** Dissolves gang g and settles who takes its ground; returns the cells that went to the state. */
    public int dissolve(GangCell g) {
        g.alive = false;
        g.members = 0;
        g.weapons = 0;
        s.membership.reconcile(g);
        Territory t = s.territory;
        double hold = s.ops.holdPresence();
        int[] owner = t.owners();
        boolean[] vacant = new boolean[s.cells];
        int toState = 0, left = 0;
        for (int c = 0; c < s.cells; c++) {
            if (owner[c] != g.id) continue;
            t.set(c, Territory.STATE);
            s.formerOwner[c] = -1;
            s.violence[c] = (float) Math.min(1, s.violence[c] + violence);
            if (s.visionSec[c] >= hold) toState++;
            else { vacant[c] = true; left++; }
        }
        double rounds = s.economy.settings().roundsPerFighter();
        int w = s.width, h = s.height;
        int[] take = new int[s.cells];
        boolean changed = true;
        while (left > 0 && changed) {
            changed = false;
            int n = 0;
            int[] cells = new int[left];
            for (int c = 0; c < s.cells; c++) {
                if (!vacant[c]) continue;
                int x = c % w, y = c / w, best = -1;
                double bs = -1;
                int[] nb = {x > 0 ? c - 1 : -1, x < w - 1 ? c + 1 : -1, y > 0 ? c - w : -1, y < h - 1 ? c + w : -1};
                for (int d : nb) {
                    if (d < 0 || vacant[d]) continue;
                    int o = owner[d];
                    if (o < 0 || !s.gangs.get(o).alive) continue;
                    double st = s.gangs.get(o).strength(rounds);
                    if (st > bs || (st == bs && o < best)) { bs = st; best = o; }
                }
                if (best >= 0) { cells[n] = c; take[n++] = best; }
            }
            for (int j = 0; j < n; j++) { t.set(cells[j], take[j]); vacant[cells[j]] = false; }
            left -= n;
            changed = n > 0;
        }
        toState += left;
        s.tallies.dissolution();
        gangGround.rebuild();
        return toState;
    }
}
