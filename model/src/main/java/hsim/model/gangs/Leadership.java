package hsim.model.gangs;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows the loss of a gang's leader ({@link Territory#leaderLost}): after
 * {@code gangs.succession_delay_days} a successor takes over with probability
 * {@code gangs.succession_probability}; otherwise the gang splinters into up to {@code gangs.splinter_cells}
 * cells, each with its own leader, that share its ground (nearest seed), members, arms and cash in
 * proportion to the ground they get. Splinters of one organisation are rivals ({@link GangCell#rivalOf}) and
 * push harder into each other's and their neighbours' ground for {@code gangs.splinter_feud_days}, so the
 * short-run rise in violence comes out of the ordinary border fights ({@link GangExpansion}, Battles).
 * A gang too small to splinter falls apart ({@link ContestedGround}). A leaderless gang's cohesion does not
 * recover until a successor takes over. Decapitation of criminal groups was followed by fragmentation and
 * more violence in Mexico (Calderón et al. 2015; Phillips 2015), and older, larger organisations often
 * survive it (Jordan 2009); the numbers here are assumptions motivated by those studies.
 */
public final class Leadership implements Serializable {
    private static final long serialVersionUID = 1L;

    public record Settings(double successionDelayDays, double successionProbability, int splinterCells,
                           double splinterCohesion, double feudDays, double feudExpansionFactor) implements Serializable {}

    private static final String MOTIVE = "assumption (motivated by Calderón et al. 2015 on Mexico, Phillips 2015, Jordan 2009)";

    public static List<Param> params() {
        return List.of(
                Param.number("gangs.succession_delay_days", 30, 0, 3650, "days", MOTIVE,
                        "Days after a leader's loss before a successor can take over or the gang splinters"),
                Param.number("gangs.succession_probability", 0.5, 0, 1, "share", MOTIVE,
                        "Chance that a leaderless gang finds a successor; otherwise it splinters"),
                Param.integer("gangs.splinter_cells", 3, 2, 20, "cells", MOTIVE,
                        "Most cells a leaderless gang breaks into (fewer when it is small)"),
                Param.number("gangs.splinter_cohesion", 0.6, 0, 1, "1", "assumption",
                        "Cohesion of each new splinter cell under its own leader"),
                Param.number("gangs.splinter_feud_days", 180, 0, 3650, "days",
                        "assumption (Calderón et al. 2015: violence rose in the months after kingpin captures)",
                        "Days during which splinters of one gang push harder at their borders"),
                Param.number("gangs.splinter_feud_expansion_factor", 2, 1, 20, "1",
                        "assumption (Phillips 2015: decapitated groups fight for the succession and their rivals' ground)",
                        "Factor on a feuding splinter's daily expansion attempts"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("gangs.succession_delay_days"), s.number("gangs.succession_probability"),
                s.integer("gangs.splinter_cells"), s.number("gangs.splinter_cohesion"), s.number("gangs.splinter_feud_days"),
                s.number("gangs.splinter_feud_expansion_factor"));
    }

    private final MetroState s;
    private final Settings settings;
    private final GangGround gangGround;
    private final Ground ground;
    private final ContestedGround contested;
    private int today;

    public Leadership(MetroState s, Settings settings, GangGround gangGround, Ground ground, ContestedGround contested) {
        this.s = s;
        this.settings = settings;
        this.gangGround = gangGround;
        this.ground = ground;
        this.contested = contested;
    }

    public Settings settings() { return settings; }

    /** The day of the last organisation pass (for unit traces). */
    public int today() { return today; }

    /** Succession or splintering for every leaderless gang whose delay is over (gangs 0..n-1, in id order). */
    void run(int n, int day, long hour) {
        today = day;
        s.streams.reset(Stream.GANG_LEADERSHIP, 5, hour);
        for (int i = 0; i < n; i++) {
            GangCell g = s.gangs.get(i);
            if (!g.alive || g.leaderPresent || g.leaderLostDay < 0) continue;
            if (day - g.leaderLostDay < settings.successionDelayDays()) continue;
            if (s.rng.nextDouble() < settings.successionProbability()) {
                g.leaderPresent = true;
                s.tallies.succession();
            } else {
                splinter(g, day);
            }
        }
    }

    /** How many cells gang g can break into: enough members for each to hold together, and ground for each. */
    int cellsFor(GangCell g, int groundCells) {
        double min = s.territory.settings().splinterMinMembers();
        int byMembers = min > 0 ? (int) Math.floor(g.members / min) : settings.splinterCells();
        return Math.min(settings.splinterCells(), Math.min(byMembers, groundCells));
    }

    /**
     * Breaks g into splinter cells (g keeps the part around its base and becomes one of them); a gang too
     * small to splinter dissolves instead. Returns the new gangs (g first).
     */
    public List<GangCell> splinter(GangCell g, int day) {
        int[] owner = s.territory.owners();
        int cellsHeld = 0;
        for (int o : owner) if (o == g.id) cellsHeld++;
        int k = cellsFor(g, cellsHeld);
        List<GangCell> parts = new ArrayList<>();
        if (k < Territory.MIN_SPLIT_CELLS) { contested.dissolve(g); return parts; }
        int[] cl = new int[cellsHeld];
        for (int c = 0, j = 0; c < owner.length; c++) if (owner[c] == g.id) cl[j++] = c;
        // seeds spread over the ground: the base, then each time the cell farthest from all seeds so far
        int[] seed = new int[k];
        seed[0] = owner[g.baseCell] == g.id ? g.baseCell : cl[0];
        double[] near = new double[cl.length];
        for (int j = 0; j < cl.length; j++) near[j] = ground.dist(cl[j], seed[0]);
        for (int p = 1; p < k; p++) {
            int far = 0;
            for (int j = 1; j < cl.length; j++) if (near[j] > near[far]) far = j;
            seed[p] = cl[far];
            for (int j = 0; j < cl.length; j++) near[j] = Math.min(near[j], ground.dist(cl[j], seed[p]));
        }
        int[] part = new int[cl.length];
        double[] share = new double[k];
        for (int j = 0; j < cl.length; j++) {
            part[j] = nearest(seed, cl[j]);
            share[part[j]] += 1.0 / cl.length;
        }
        parts.add(g);
        double members = g.members, weapons = g.weapons, ammo = g.ammunition, cash = g.cashUsd;
        for (int p = 1; p < k; p++) {
            GangCell h = new GangCell(s.gangs.size(), g.name + "/" + s.gangs.size(), g.coalition, seed[p], members * share[p],
                    weapons * share[p], ammo * share[p], cash * share[p]);
            s.gangs.add(h);
            parts.add(h);
        }
        g.members = members * share[0]; g.weapons = weapons * share[0]; g.ammunition = ammo * share[0]; g.cashUsd = cash * share[0];
        for (GangCell h : parts) {
            h.lineage = g.lineage;
            h.leaderPresent = true;
            h.leaderLostDay = -1;
            h.cohesion = settings.splinterCohesion();
            h.feudUntilDay = day + (int) Math.round(settings.feudDays());
            h.containedDays = g.containedDays;
        }
        for (int j = 0; j < cl.length; j++) if (part[j] > 0) s.territory.set(cl[j], parts.get(part[j]).id);
        // member agents follow the splinter nearest to where they stand
        int[] ids = s.membership.agentIds(g.id);
        for (int j = ids.length - 1; j >= 0; j--) {
            int p = nearest(seed, s.civ.cell(ids[j]));
            if (p > 0) s.membership.transfer(g.id, j, parts.get(p).id);
        }
        for (GangCell h : parts) s.membership.reconcile(h);
        s.tallies.splinter();
        gangGround.rebuild();
        return parts;
    }

    private int nearest(int[] seed, int cell) {
        int best = 0;
        double bd = ground.dist(cell, seed[0]);
        for (int p = 1; p < seed.length; p++) {
            double d = ground.dist(cell, seed[p]);
            if (d < bd) { bd = d; best = p; }
        }
        return best;
    }
}
