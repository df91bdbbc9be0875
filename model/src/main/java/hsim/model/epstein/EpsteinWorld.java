package hsim.model.epstein;

import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import hsim.model.people.EpsteinRule;
import hsim.model.people.EpsteinRule.JailDraw;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Epstein's (2002) Model I, "generalized rebellion against central authority", run with the same
 * activation and arrest code ({@link EpsteinRule}, built by {@link EpsteinRule#from(Scenario)}) that the
 * Haiti model's civilians use for gang recruitment, so that a docking run against the paper tests hsim's
 * rule and not a separate copy of it (literature.md §1).
 *
 * <p><b>Time.</b> One step is one Epstein time step (not an hour): every agent and cop is activated once,
 * in a random order drawn afresh each step (random asynchronous activation). The run's "days" count these
 * steps. Each activated individual first moves to a random empty site within its vision (rule M), then
 * an agent applies rule A (active when G - N &gt; T) and a cop rule C (arrest a random active within its
 * vision). Jail terms are whole steps; at the end of each step jailed agents with no term left are
 * released. The whole run is serial, so the thread count cannot change it; every random number comes from
 * {@link Rng} keyed by (seed, individual, step, purpose).
 *
 * <p><b>Space.</b> A torus of {@code width x height} sites, at most one free individual per site. Jailed
 * agents hold no site (Epstein's jail is off the lattice); a released agent returns to the site it was
 * arrested on if that is empty, else to a random empty site within its vision, else it waits one more
 * step. Vision is a radius whose shape is a {@link Neighbourhood}. The outburst statistics of a run are
 * {@link Outbursts}.
 */
public final class EpsteinWorld {

    /** Columns of {@link #row()}: a run has one row per Epstein step. */
    public static final List<String> COLUMNS = List.of("step", "quiet", "active", "jailed", "cops", "legitimacy");

    private static final long P_PLACE = Rng.purpose("epstein.place");
    private static final long P_ATTRS = Rng.purpose("epstein.attributes");
    private static final long P_ORDER = Rng.purpose("epstein.order");
    private static final long P_ACT = Rng.purpose("epstein.act");
    private static final long P_RELEASE = Rng.purpose("epstein.release");

    public static List<Param> params() {
        String t2 = "Epstein 2002 Table 2 via literature.md §1.2";
        return List.of(
                Param.choice("run.model", "haiti", List.of("haiti", "epstein"), "hsim",
                        "Which model a run steps: the Port-au-Prince intervention model, or Epstein's Model I for docking"),
                Param.integer("epstein.width", 40, 3, 1000, "sites", t2, "Torus width"),
                Param.integer("epstein.height", 40, 3, 1000, "sites", t2, "Torus height"),
                Param.number("epstein.agent_density", 0.7, 0, 1, "agents/site", t2, "Initial agent (population) density"),
                Param.number("epstein.cop_density", 0.04, 0, 1, "cops/site", t2 + " (run 2)", "Initial cop density"),
                Param.number("epstein.agent_vision", 7, 0, 100, "sites", t2 + " (runs 2-5)", "Agent vision radius v"),
                Param.number("epstein.cop_vision", 7, 0, 100, "sites", t2 + " (runs 2-5)", "Cop vision radius v*"),
                Param.choice("epstein.neighbourhood", "euclidean", List.of("euclidean", "von_neumann"),
                        "NetLogo Rebellion (euclidean in-radius); Mesa (von Neumann), literature.md §1.4",
                        "Shape of the vision neighbourhood"),
                Param.flag("epstein.movement", true, t2 + " (run 1: none)", "Agents move to a random empty site in vision (cops always move)"),
                Param.number("epstein.legitimacy", 0.82, 0, 1, "1", t2 + " (run 2)", "Legitimacy L until the legitimacy change"),
                Param.number("epstein.legitimacy_final", 0.82, 0, 1, "1", "assumption (runs 3-4 experiment design)",
                        "Legitimacy after the change"),
                Param.integer("epstein.legitimacy_change_step", 0, 0, 1_000_000, "steps", "assumption (run 4: t = 77, Epstein 2002 Fig 10 title)",
                        "Step at which legitimacy starts to move towards legitimacy_final"),
                Param.integer("epstein.legitimacy_change_steps", 1, 1, 1_000_000, "steps", "assumption",
                        "Steps over which legitimacy moves linearly to its final value (1: a sudden jump)"),
                Param.integer("epstein.max_jail_term", 30, 0, 1_000_000, "steps", t2 + " (run 2)", "Maximum jail term J_max"),
                Param.flag("epstein.jail_for_life", false, t2 + " (runs 3-5: J_max infinite)", "Arrested agents are never released"),
                Param.choice("epstein.jail_draw", "continuous_floor", List.of("continuous_floor", "integer_exclusive", "integer_inclusive"),
                        "Epstein 2002 U(0, J_max); NetLogo random (exclusive); Mesa randint (inclusive)",
                        "How the jail term in whole steps is drawn"),
                Param.number("epstein.cop_final_share", 1, 0, 1, "share", "assumption (run 5 cop-reduction design)",
                        "Share of the initial cops left after the cop reduction"),
                Param.integer("epstein.cop_change_step", 0, 0, 1_000_000, "steps", "assumption", "Step at which the cop reduction starts"),
                Param.integer("epstein.cop_change_steps", 1, 1, 1_000_000, "steps", "assumption",
                        "Steps over which cops are withdrawn linearly (1: all at once)"),
                Param.integer("epstein.outburst_threshold", 50, 0, 1_000_000, "agents", "issue brief (an outburst is a spell with more than 50 actives)",
                        "An outburst is a spell of consecutive steps with more actives than this"));
    }

    /** True when the scenario asks for the Epstein model. */
    public static boolean selected(Scenario s) { return "epstein".equals(s.text("run.model")); }

    private final EpsteinRule rule;
    private final long seed;
    private final int width, height, sites, nAgents, nCops;
    private final double l0, l1;
    private final int lStart, lSteps, copStart, copSteps, maxJail, threshold;
    private final double copFinal;
    private final boolean movement, jailForLife;
    private final JailDraw jailDraw;
    private final int[] agentOffsets, copOffsets; // (dx, dy) pairs of the vision neighbourhoods
    private final int[] agentNbrs, copNbrs;       // per site, the sites of its neighbourhood (site * size + j)
    private final int agentK, copK;

    // state: individuals 0..nAgents-1 are agents, nAgents..n-1 cops
    private final int[] siteOf;     // site of each individual, -1 when off the lattice (jailed, withdrawn)
    private final int[] occupant;   // individual on each site, -1 when empty
    private final double[] hardship, riskAversion;
    private final boolean[] active, jailed;
    private final int[] jailLeft, arrestSite;
    private int copsOnDuty;
    private int step;
    private double legitimacy;
    private final int[] order, scratch;
    private final RngStream rng;

    public EpsteinWorld(Scenario s, long seed) {
        this(s, EpsteinRule.from(s), seed);
    }

    EpsteinWorld(Scenario s, EpsteinRule rule, long seed) {
        this.rule = rule;
        this.seed = seed;
        width = s.integer("epstein.width");
        height = s.integer("epstein.height");
        sites = width * height;
        nAgents = (int) Math.round(s.number("epstein.agent_density") * sites);
        nCops = (int) Math.round(s.number("epstein.cop_density") * sites);
        if (nAgents + nCops > sites) {
            throw new hsim.model.InputException(s.origin(), 0, "epstein.cop_density",
                    "agent density + cop density is " + (s.number("epstein.agent_density") + s.number("epstein.cop_density"))
                            + "; at most 1 (one individual per site)");
        }
        l0 = s.number("epstein.legitimacy");
        l1 = s.number("epstein.legitimacy_final");
        lStart = s.integer("epstein.legitimacy_change_step");
        lSteps = s.integer("epstein.legitimacy_change_steps");
        copFinal = s.number("epstein.cop_final_share");
        copStart = s.integer("epstein.cop_change_step");
        copSteps = s.integer("epstein.cop_change_steps");
        maxJail = s.integer("epstein.max_jail_term");
        jailForLife = s.flag("epstein.jail_for_life");
        jailDraw = JailDraw.valueOf(s.text("epstein.jail_draw").toUpperCase(Locale.ROOT));
        threshold = s.integer("epstein.outburst_threshold");
        movement = s.flag("epstein.movement");
        Neighbourhood shape = Neighbourhood.valueOf(s.text("epstein.neighbourhood").toUpperCase(Locale.ROOT));
        agentOffsets = shape.offsets(s.number("epstein.agent_vision"), width, height);
        copOffsets = shape.offsets(s.number("epstein.cop_vision"), width, height);
        agentK = agentOffsets.length / 2;
        copK = copOffsets.length / 2;
        agentNbrs = Neighbourhood.siteTable(agentOffsets, width, height);
        copNbrs = Neighbourhood.siteTable(copOffsets, width, height);

        int n = nAgents + nCops;
        siteOf = new int[n];
        occupant = new int[sites];
        java.util.Arrays.fill(occupant, -1);
        hardship = new double[nAgents];
        riskAversion = new double[nAgents];
        active = new boolean[nAgents];
        jailed = new boolean[nAgents];
        jailLeft = new int[nAgents];
        arrestSite = new int[nAgents];
        order = new int[n];
        scratch = new int[Math.max(agentOffsets.length, copOffsets.length) / 2 + 1];
        rng = new RngStream(seed);

        // placement: a random permutation of the sites, the first n taken in id order
        int[] perm = new int[sites];
        for (int i = 0; i < sites; i++) perm[i] = i;
        shuffle(perm, sites, rng.reset(0, -1, P_PLACE));
        for (int i = 0; i < n; i++) {
            siteOf[i] = perm[i];
            occupant[perm[i]] = i;
        }
        for (int i = 0; i < nAgents; i++) {
            rng.reset(i, -1, P_ATTRS);
            hardship[i] = rng.nextDouble();      // H ~ U(0,1)
            riskAversion[i] = rng.nextDouble();  // R ~ U(0,1)
        }
        copsOnDuty = nCops;
        legitimacy = l0;
    }

    /** The rule this world applies; the same record the Haiti model builds from the scenario. */
    public EpsteinRule rule() { return rule; }

    public int agents() { return nAgents; }

    public double legitimacy() { return legitimacy; }

    public boolean isActive(int agent) { return active[agent]; }

    public double hardship(int agent) { return hardship[agent]; }

    public double riskAversion(int agent) { return riskAversion[agent]; }

    /** Free cops within the agent's vision of its current site (for checks of rule A). */
    public int copsInVision(int agent) { return count(siteOf[agent], true); }

    /** Free actives within the agent's vision of its current site, the agent itself not counted. */
    public int activesInVision(int agent) { return count(siteOf[agent], false); }

    /** The current counts as a row of {@link #COLUMNS}. */
    public double[] row() {
        int a = 0, j = 0;
        for (int i = 0; i < nAgents; i++) {
            if (jailed[i]) j++;
            else if (active[i]) a++;
        }
        return new double[] {step, nAgents - a - j, a, j, copsOnDuty, legitimacy};
    }

    /** One Epstein time step: schedules, every individual once in random order, then jail releases. */
    public void step() {
        int s = step;
        legitimacy = scheduled(l0, l1, lStart, lSteps, s);
        int copTarget = (int) Math.round(nCops * scheduled(1, copFinal, copStart, copSteps, s));
        while (copsOnDuty > copTarget) { // withdraw the highest-numbered cops on duty
            int c = nAgents + copsOnDuty - 1;
            occupant[siteOf[c]] = -1;
            siteOf[c] = -1;
            copsOnDuty--;
        }
        int n = nAgents + copsOnDuty;
        for (int i = 0; i < n; i++) order[i] = i;
        shuffle(order, n, rng.reset(0, s, P_ORDER));
        for (int k = 0; k < n; k++) {
            int id = order[k];
            if (id < nAgents && jailed[id]) continue;
            rng.reset(id, s, P_ACT);
            boolean cop = id >= nAgents;
            if (cop || movement) move(id, cop ? copNbrs : agentNbrs, cop ? copK : agentK);
            if (cop) arrest(id);
            else decide(id);
        }
        for (int i = 0; i < nAgents; i++) {
            if (!jailed[i] || jailForLife) continue;
            if (jailLeft[i] > 0) { jailLeft[i]--; continue; }
            release(i, s);
        }
        step++;
    }

    /** Rule A, through the shared {@link EpsteinRule}: A counts the agent itself. */
    private void decide(int id) {
        int base = siteOf[id] * agentK, c = 0, a = 1;
        for (int j = 0; j < agentK; j++) {
            int t = occupant[agentNbrs[base + j]];
            if (t < 0) continue;
            if (t >= nAgents) c++;
            else if (active[t]) a++;
        }
        active[id] = rule.activates(hardship[id], legitimacy, riskAversion[id], c, a);
    }

    /** Rule C: arrest one random active within vision, through {@link EpsteinRule#arrestIndex}. */
    private void arrest(int cop) {
        int base = siteOf[cop] * copK, found = 0;
        for (int j = 0; j < copK; j++) {
            int t = occupant[copNbrs[base + j]];
            if (t >= 0 && t < nAgents && active[t]) scratch[found++] = t;
        }
        int pick = EpsteinRule.arrestIndex(found, rng.nextDouble());
        if (pick < 0) return;
        int a = scratch[pick];
        active[a] = false;
        jailed[a] = true;
        jailLeft[a] = EpsteinRule.jailTerm(maxJail, jailDraw, rng.nextDouble());
        arrestSite[a] = siteOf[a];
        occupant[siteOf[a]] = -1;
        siteOf[a] = -1;
    }

    /** Rule M: to a uniformly chosen empty site within vision; stays when there is none. */
    private void move(int id, int[] nbrs, int k) {
        int site = siteOf[id], empty = 0;
        for (int j = 0, base = site * k; j < k; j++) {
            int t = nbrs[base + j];
            if (occupant[t] < 0) scratch[empty++] = t;
        }
        if (empty == 0) return;
        int to = scratch[rng.nextInt(empty)];
        occupant[site] = -1;
        occupant[to] = id;
        siteOf[id] = to;
    }

    private void release(int a, int s) {
        int to = arrestSite[a];
        if (occupant[to] >= 0) {
            int empty = 0;
            for (int j = 0, base = arrestSite[a] * agentK; j < agentK; j++) {
                int t = agentNbrs[base + j];
                if (occupant[t] < 0) scratch[empty++] = t;
            }
            if (empty == 0) return; // no room: stays jailed one more step
            to = scratch[rng.reset(a, s, P_RELEASE).nextInt(empty)];
        }
        jailed[a] = false;
        active[a] = false;
        occupant[to] = a;
        siteOf[a] = to;
    }

    private int count(int site, boolean cops) {
        int c = 0;
        for (int j = 0, base = site * agentK; j < agentK; j++) {
            int t = occupant[agentNbrs[base + j]];
            if (t < 0) continue;
            if (cops ? t >= nAgents : t < nAgents && active[t]) c++;
        }
        return c;
    }

    /** Linear move from {@code from} to {@code to} starting at {@code start} over {@code steps} steps. */
    static double scheduled(double from, double to, int start, int steps, int s) {
        if (s < start) return from;
        double f = Math.min(1.0, (s - start + 1) / (double) steps);
        return from + (to - from) * f;
    }

    private static void shuffle(int[] a, int n, RngStream r) {
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }

    /** Outburst statistics of a run's rows, with this scenario's threshold ({@link Outbursts}). */
    public Map<String, Double> summary(List<double[]> rows) {
        return Outbursts.of(rows, threshold);
    }
}
