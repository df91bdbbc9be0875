package hsim.model.gangs;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.Arrays;
import java.util.List;

/**
 * Who holds each grid cell: a gang id, or {@link #STATE} for cells no gang controls. Gangs grow by
 * taking neighbouring cells when they are locally stronger than the defender (another gang or the
 * security presence there); the contest follows the square law, so the chance of taking a cell is
 * A^2 / (A^2 + D^2). Cohesion falls when a leader is lost; a weakened gang may splinter
 * ({@link Leadership}) or dissolve ({@link ContestedGround}).
 */
public final class Territory implements java.io.Serializable {
    public static final int STATE = -1;

    public record Settings(double expansionAttemptsPerDay, double leaderLossCohesionDrop, double cohesionRecoveryDays,
                           double splitCohesion, double dissolveCohesion, double minMembers,
                           double splinterMembersMultiple) implements java.io.Serializable {
        /** Least members of one splinter cell ({@link Leadership#cellsFor}). */
        public double splinterMinMembers() { return splinterMembersMultiple * minMembers; }

        /** A gang splinters on low cohesion only with at least this many members: enough for the smallest split. */
        public double splitMinMembers() { return MIN_SPLIT_CELLS * splinterMinMembers(); }
    }

    /** A split makes at least two cells (one cell is no split): structure, not a tunable. */
    public static final int MIN_SPLIT_CELLS = 2;

    public static List<Param> params() {
        return List.of(
                Param.number("gangs.expansion_attempts_per_day", 0.5, 0, 24, "1/day", "assumption",
                        "Attempts per day by each gang to take a neighbouring cell"),
                Param.number("gangs.leader_loss_cohesion_drop", 0.6, 0, 1, "1", "assumption",
                        "Cohesion lost when a leader is arrested or killed"),
                Param.number("gangs.cohesion_recovery_days", 90, 1, 10000, "days", "assumption",
                        "Time constant for a successor to restore cohesion"),
                Param.number("gangs.split_cohesion", 0.35, 0, 1, "1", "assumption",
                        "Below this cohesion a large gang splinters at once (Leadership), without waiting for a successor"),
                Param.number("gangs.dissolve_cohesion", 0.15, 0, 1, "1", "assumption",
                        "Below this cohesion a gang too small to splinter dissolves"),
                Param.number("gangs.min_members", 10, 0, 1000, "members", "assumption", "A gang with fewer members dissolves"),
                Param.number("gangs.splinter_min_members_multiple", 2, 0, 100, "1", "assumption (twice the dissolution size, so a fresh splinter is not at once dissolved)",
                        "Least members of each splinter cell, as a multiple of gangs.min_members; a gang splinters only with enough for two"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("gangs.expansion_attempts_per_day"), s.number("gangs.leader_loss_cohesion_drop"),
                s.number("gangs.cohesion_recovery_days"), s.number("gangs.split_cohesion"),
                s.number("gangs.dissolve_cohesion"), s.number("gangs.min_members"), s.number("gangs.splinter_min_members_multiple"));
    }

    /** What should happen to a gang's organisation today. */
    public enum Fate { HOLDS, SPLITS, DISSOLVES }

    private final int width, height;
    private final int[] owner;
    private final Settings s;

    public Territory(int width, int height, Settings s) {
        this.width = width;
        this.height = height;
        this.owner = new int[width * height];
        Arrays.fill(owner, STATE);
        this.s = s;
    }

    public Settings settings() { return s; }

    public int width() { return width; }

    public int height() { return height; }

    public int owner(int cell) { return owner[cell]; }

    public void set(int cell, int gang) { owner[cell] = gang; }

    /** The raw owner array (read-only by convention), for metrics and portrayal. */
    public int[] owners() { return owner; }

    /** Chance that an attacker of local strength {@code a} takes a cell held with strength {@code d}. */
    public static double captureProbability(double a, double d) {
        if (a <= 0) return 0;
        if (d <= 0) return 1;
        return a * a / (a * a + d * d);
    }

    /**
     * The four neighbours of {@code cell} (von Neumann) that are inside the grid and not {@code gang}'s,
     * written to {@code out}; returns how many.
     */
    public int frontier(int cell, int gang, boolean[] land, int[] out) {
        int x = cell % width, y = cell / width, n = 0;
        if (x > 0 && land[cell - 1] && owner[cell - 1] != gang) out[n++] = cell - 1;
        if (x < width - 1 && land[cell + 1] && owner[cell + 1] != gang) out[n++] = cell + 1;
        if (y > 0 && land[cell - width] && owner[cell - width] != gang) out[n++] = cell - width;
        if (y < height - 1 && land[cell + width] && owner[cell + width] != gang) out[n++] = cell + width;
        return n;
    }

    /** Cells held by each gang, indexed by gang id ({@code gangs} entries). */
    public int[] counts(int gangs) {
        int[] c = new int[gangs];
        for (int o : owner) if (o >= 0 && o < gangs) c[o]++;
        return c;
    }

    /**
     * Loss of the leader (the special force's entry point): cohesion drops at once; {@link Leadership} decides
     * after a delay whether a successor takes over or the gang splinters.
     */
    public void leaderLost(GangCell g, int day) {
        g.leaderPresent = false;
        g.leaderLostDay = day;
        g.cohesion = Math.max(0, g.cohesion - s.leaderLossCohesionDrop());
    }

    /**
     * One day of recovery: under a leader, cohesion returns towards 1; a leaderless gang waits for
     * {@link Leadership} to decide on a successor or splinters.
     */
    public void recover(GangCell g) {
        if (!g.leaderPresent) return;
        g.cohesion += (1 - g.cohesion) * (1 - StrictMath.exp(-1 / s.cohesionRecoveryDays()));
    }

    /**
     * Whether gang {@code g} holds together today, splits or dissolves: too few members dissolve it; below
     * {@code split_cohesion} a gang large enough for splinter cells splinters at once, and below
     * {@code dissolve_cohesion} one too small for them dissolves. (A large gang whose cohesion collapses
     * breaks into cells rather than vanishing: decapitation fragments criminal groups, see {@link Leadership}.)
     */
    public Fate fate(GangCell g) {
        if (g.members < s.minMembers()) return Fate.DISSOLVES;
        boolean large = g.members >= s.splitMinMembers();
        if (g.cohesion < s.splitCohesion() && large) return Fate.SPLITS;
        if (g.cohesion < s.dissolveCohesion()) return Fate.DISSOLVES;
        return Fate.HOLDS;
    }

    /** Hands every cell of gang {@code from} back to the state (a dissolved gang's ground is settled by {@link ContestedGround}). */
    public int release(int from) {
        int n = 0;
        for (int i = 0; i < owner.length; i++) if (owner[i] == from) { owner[i] = STATE; n++; }
        return n;
    }

    /**
     * Splits gang {@code from}'s cells: those farther from {@code keepBase} than from {@code otherBase}
     * (Manhattan distance) go to {@code to}. Returns how many moved.
     */
    public int split(int from, int to, int keepBase, int otherBase) {
        int kx = keepBase % width, ky = keepBase / width, ox = otherBase % width, oy = otherBase / width, n = 0;
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] != from) continue;
            int x = i % width, y = i / width;
            if (Math.abs(x - ox) + Math.abs(y - oy) < Math.abs(x - kx) + Math.abs(y - ky)) { owner[i] = to; n++; }
        }
        return n;
    }
}
