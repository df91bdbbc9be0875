package hsim.model.people;

import hsim.model.gangs.Membership;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.List;

/**
 * Civilians hit by violence as agents: an engagement's expected civilian dead and wounded (people) at a
 * cell are stochastically rounded to agents ({@link Membership#round}: expected people are right at any
 * scale) and drawn among the living civilians (not gang members, not in jail) who stand within
 * {@code people.casualty_reach_cells} of it. The dead leave the population (ALIVE cleared, KILLED set),
 * the wounded are marked INJURED (injuries count people wounded at least once: the wounds fall on those
 * not yet hurt); both are booked by cause in the tallies as agents x people per agent,
 * so the tallies and the population agree. Where fewer people stand nearby than the fight would hit (a
 * sparse block at coarse scale), the search widens (2r + 1 at a time, up to people.casualty_search_reach_multiple x the reach, at least that many cells)
 * so that the expected count stays right; beyond that only those found are hit. Who stands where is indexed once per day, after the civilians' moves are resolved.
 */
public final class Casualties implements Serializable {
    private static final long serialVersionUID = 1L;

    public static List<Param> params() {
        return List.of(Param.integer("people.casualty_reach_cells", 2, 0, 50, "cells",
                "assumption (stray fire and reprisals reach the block around a fight)",
                "Civilians within this many cells (square) of an engagement can be among its casualties"),
                Param.integer("people.casualty_search_reach_multiple", 8, 1, 100, "1",
                        "assumption (keeps the expected count right where agents are sparse at coarse scale)",
                        "Farthest the search for victims widens, as a multiple of people.casualty_reach_cells (at least that many cells)"));
    }

    private final MetroState s;
    private final int reach, searchMultiple;
    private transient int[] start, ids;
    private long events;

    public Casualties(MetroState s, Scenario sc) {
        this.s = s;
        this.reach = sc.integer("people.casualty_reach_cells");
        this.searchMultiple = sc.integer("people.casualty_search_reach_multiple");
    }

    /** Who stands where has changed: the next strike re-indexes. */
    public void invalidate() { start = null; }

    private void index() {
        Civilians c = s.civ;
        int n = c.size();
        start = new int[s.cells + 1];
        for (int i = 0; i < n; i++) start[c.cell(i) + 1]++;
        for (int k = 0; k < s.cells; k++) start[k + 1] += start[k];
        int[] fill = java.util.Arrays.copyOf(start, s.cells);
        ids = new int[n];
        for (int i = 0; i < n; i++) ids[fill[c.cell(i)]++] = i;
    }

    /** The farthest the search for victims widens to: the multiple x the reach, and at least the multiple in cells. */
    private int maxReach() { return searchMultiple * Math.max(1, reach); }

    /** Counts (and, when {@code out} is given, lists) the exposed agents within r of (cx, cy). */
    private int around(int cx, int cy, int r, int[] out) {
        Civilians c = s.civ;
        int n = 0;
        for (int y = Math.max(0, cy - r); y <= Math.min(s.height - 1, cy + r); y++)
            for (int x = Math.max(0, cx - r); x <= Math.min(s.width - 1, cx + r); x++) {
                int k = y * s.width + x;
                for (int j = start[k]; j < start[k + 1]; j++) {
                    if (!exposed(c, ids[j])) continue;
                    if (out != null) out[n] = ids[j];
                    n++;
                }
            }
        return n;
    }

    private static boolean exposed(Civilians c, int i) {
        return c.alive(i) && !c.has(i, Civilians.GANG_MEMBER) && !c.has(i, Civilians.JAILED);
    }

    /** {@code killed} and {@code injured} (expected people) among the civilians around {@code cell}, by {@code cause}. */
    public void strike(int cell, double killed, double injured, int cause) {
        s.tallies.civiliansKilledExpected(cause, killed);
        s.streams.reset(Stream.CASUALTIES, events++, 0);
        long dead = Membership.round(killed / s.ppa, s.rng.nextDouble());
        long hurt = Membership.round(injured / s.ppa, s.rng.nextDouble());
        if (dead + hurt == 0) return;
        if (start == null) index();
        Civilians c = s.civ;
        int cx = cell % s.width, cy = cell / s.width, rad = reach, n;
        // where too few people stand near the fight (a sparse block at coarse scale), the nearest further out are hit
        while ((n = around(cx, cy, rad, null)) < dead + hurt && rad < maxReach()) rad = 2 * rad + 1;
        int[] cand = new int[n];
        around(cx, cy, rad, cand);
        int d = (int) Math.min(dead, n), h = 0;
        for (int j = 0; j < n && (j < d || h < hurt); j++) { // partial Fisher-Yates: the first d die, then the wounded
            int r = j + s.rng.nextInt(n - j);
            int t = cand[j]; cand[j] = cand[r]; cand[r] = t;
            if (j < d) { c.set(cand[j], Civilians.ALIVE, false); c.set(cand[j], Civilians.KILLED, true); }
            else if (!c.has(cand[j], Civilians.INJURED)) { c.set(cand[j], Civilians.INJURED, true); h++; }
        }
        s.tallies.civilianCasualties(cause, d * s.ppa, h * s.ppa);
    }
}
