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
 * The gangs that take ground take on {@code gangs.dissolved_members_absorbed_share} of the members and
 * weapons, by the share of the ground each took; the others go back to civilian life (as agents: those who
 * stand on a taker's ground join it with that chance, {@link Membership#absorb}).
 */
public final class ContestedGround implements Serializable {
    private static final long serialVersionUID = 1L;

    public static List<Param> params() {
        return List.of(Param.number("gangs.contested_violence", 0.3, 0, 1, "1",
                        "assumption (Calderón et al. 2015: violence spreads to neighbouring areas after a group is beheaded)",
                        "Violence index added to each cell of a dissolved gang's ground while others take it"),
                Param.number("gangs.dissolved_members_absorbed_share", 0.5, 0, 1, "share",
                        "assumption (members of broken groups join the groups that take over their turf)",
                        "Share of a dissolved gang's members and weapons taken on by the gangs that take its ground, by share of ground"));
    }

    private final MetroState s;
    private final GangGround gangGround;
    private final double violence, absorbed;

    public ContestedGround(MetroState s, GangGround gangGround) {
        this.s = s;
        this.gangGround = gangGround;
        this.violence = s.scenario.number("gangs.contested_violence");
        this.absorbed = s.scenario.number("gangs.dissolved_members_absorbed_share");
    }

    /** Dissolves gang g and settles who takes its ground; returns the cells that went to the state. */
    public int dissolve(GangCell g) {
        double members = g.members, weapons = g.weapons;
        g.alive = false;
        g.members = 0;
        g.weapons = 0;
        Territory t = s.territory;
        double hold = s.ops.holdPresence();
        int[] owner = t.owners();
        boolean[] vacant = new boolean[s.cells];
        int[] open = new int[s.cells]; // the vacant cells in ascending order: each wave visits only these
        int toState = 0, left = 0, held = 0;
        for (int c = 0; c < s.cells; c++) {
            if (owner[c] != g.id) continue;
            held++;
            t.set(c, Territory.STATE);
            s.formerOwner[c] = -1;
            s.violence[c] = (float) Math.min(1, s.violence[c] + violence);
            if (s.visionSec[c] >= hold) toState++;
            else { vacant[c] = true; open[left++] = c; }
        }
        int w = s.width, h = s.height;
        int[] take = new int[left];
        double[] taken = new double[s.gangs.size()];
        boolean changed = true;
        while (left > 0 && changed) {
            changed = false;
            int n = 0, kept = 0;
            int[] cells = new int[left];
            for (int j = 0; j < left; j++) {
                int c = open[j];
                int x = c % w, y = c / w, best = -1;
                double bs = -1;
                int[] nb = {x > 0 ? c - 1 : -1, x < w - 1 ? c + 1 : -1, y > 0 ? c - w : -1, y < h - 1 ? c + w : -1};
                for (int d : nb) {
                    if (d < 0 || vacant[d]) continue;
                    int o = owner[d];
                    if (o < 0 || !s.gangs.get(o).alive) continue;
                    double st = s.gangs.get(o).strength(s.fighting);
                    if (st > bs || (st == bs && o < best)) { bs = st; best = o; }
                }
                if (best >= 0) { cells[n] = c; take[n++] = best; } else open[kept++] = c;
            }
            for (int j = 0; j < n; j++) { t.set(cells[j], take[j]); vacant[cells[j]] = false; taken[take[j]]++; }
            left -= n;
            changed = n > 0;
        }
        toState += left;
        // the takers take on part of the members and guns, by the share of the ground each took
        for (int o = 0; o < taken.length; o++) {
            if (taken[o] == 0) continue;
            GangCell to = s.gangs.get(o);
            to.members += absorbed * members * taken[o] / held;
            to.weapons += absorbed * weapons * taken[o] / held;
        }
        s.membership.absorb(g, absorbed);
        s.tallies.dissolution();
        gangGround.rebuild();
        return toState;
    }
}
