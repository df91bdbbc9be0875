package hsim.model.gangs;

import hsim.model.people.Civilians;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Gang members as civilian agents. {@link GangCell#members} stays the people count the gang mechanisms
 * weigh; each change of it is realised on agents by <em>stochastic rounding</em>: a change of x people
 * moves {@code floor(x / ppa)} agents plus one more with probability {@code frac(x / ppa)}, so the
 * expected number of people moved is x at any scale (exact at 1:1). An agent who joins carries the
 * GANG_MEMBER flag and his cell's gang id; a killed member leaves the population (ALIVE cleared, KILLED
 * set), an arrested one goes to jail (JAILED, for {@code gangs.member_jail_days}), a wounded one who
 * leaves is marked INJURED; all leave their cell's list. Losses that other mechanisms write straight
 * into {@code members} (desertion, raids) are caught by {@link #reconcile}: a gang never keeps more
 * member agents than {@code ceil(members / ppa)}. Draws come from {@link Stream#MEMBERSHIP}, one key per
 * event (a running event count), so the order of events, not of hash maps, fixes them.
 */
public final class Membership implements Serializable {
    private static final long serialVersionUID = 1L;

    public record Settings(double jailDays) implements Serializable {}

    public static List<Param> params() {
        return List.of(Param.number("gangs.member_jail_days", 365, 0, 36500, "days",
                "assumption (most detainees in Haiti are held in long pre-trial detention)",
                "Days an arrested gang member spends in jail before he returns to civilian life"));
    }

    public static Settings from(Scenario s) { return new Settings(s.number("gangs.member_jail_days")); }

    private final MetroState s;
    private final Settings settings;
    private int[][] agents = new int[0][];
    private int[] count = new int[0];
    private int[][] offers = new int[0][];
    private int[] offered = new int[0];
    private long events;

    public Membership(MetroState s, Settings settings) {
        this.s = s;
        this.settings = settings;
    }

    public Settings settings() { return settings; }

    /** Stochastic rounding: floor(x) plus one with probability frac(x), for a uniform u in [0, 1). */
    public static long round(double x, double u) {
        if (!(x > 0)) return 0;
        double f = Math.floor(x);
        return (long) f + (u < x - f ? 1 : 0);
    }

    /** Member agents of gang {@code gang} now. */
    public int agentsOf(int gang) { return gang < count.length ? count[gang] : 0; }

    /** A copy of gang {@code gang}'s member agent ids. */
    public int[] agentIds(int gang) { return gang < count.length ? Arrays.copyOf(agents[gang], count[gang]) : new int[0]; }

    private void ensure(int gang) {
        if (gang < count.length) return;
        int n = Math.max(gang + 1, s.gangs.size());
        int old = count.length;
        agents = Arrays.copyOf(agents, n);
        offers = Arrays.copyOf(offers, n);
        count = Arrays.copyOf(count, n);
        offered = Arrays.copyOf(offered, n);
        for (int i = old; i < n; i++) { agents[i] = new int[4]; offers[i] = new int[4]; }
    }

    private void add(int gang, int agent) {
        ensure(gang);
        if (count[gang] == agents[gang].length) agents[gang] = Arrays.copyOf(agents[gang], 2 * count[gang] + 4);
        agents[gang][count[gang]++] = agent;
        s.civ.set(agent, Civilians.GANG_MEMBER, true);
        s.civ.setGang(agent, (short) gang);
    }

    /** Takes the k-th member agent off gang {@code gang}'s list (swap with the last); returns the agent. */
    private int removeAt(int gang, int k) {
        int a = agents[gang][k];
        agents[gang][k] = agents[gang][--count[gang]];
        s.civ.set(a, Civilians.GANG_MEMBER, false);
        s.civ.setGang(a, Civilians.NO_GANG);
        return a;
    }

    /** Removes up to {@code n} random member agents of {@code gang}; writes them to the returned array. */
    private int[] draw(int gang, long n) {
        ensure(gang);
        s.streams.reset(Stream.MEMBERSHIP, events++, 0);
        int k = (int) Math.min(n, count[gang]);
        int[] out = new int[k];
        for (int j = 0; j < k; j++) out[j] = removeAt(gang, s.rng.nextInt(count[gang]));
        return out;
    }

    private long agentsFor(double people) {
        s.streams.reset(Stream.MEMBERSHIP, events++, 0);
        return round(people / s.ppa, s.rng.nextDouble());
    }

    /** The starting members: for each gang, stochastically rounded members/ppa of the residents of its ground. */
    public void enlistAtStart() {
        int n = s.gangs.size();
        ensure(n - 1);
        int[] cand = new int[n];
        Civilians civ = s.civ;
        for (int i = 0; i < civ.size(); i++) {
            int o = s.territory.owner(civ.homeCell(i));
            if (o >= 0 && civ.alive(i) && !civ.has(i, Civilians.DISPLACED)) cand[o]++;
        }
        int[][] pool = new int[n][];
        for (int g = 0; g < n; g++) pool[g] = new int[cand[g]];
        int[] fill = new int[n];
        for (int i = 0; i < civ.size(); i++) {
            int o = s.territory.owner(civ.homeCell(i));
            if (o >= 0 && civ.alive(i) && !civ.has(i, Civilians.DISPLACED)) pool[o][fill[o]++] = i;
        }
        for (GangCell g : s.gangs) {
            long k = Math.min(agentsFor(g.members), pool[g.id].length);
            int[] p = pool[g.id];
            for (int j = 0; j < k; j++) { // partial Fisher-Yates
                int r = j + s.rng.nextInt(p.length - j);
                int t = p[j]; p[j] = p[r]; p[r] = t;
                add(g.id, p[j]);
            }
        }
    }

    /** Forgets yesterday's offers (before the civilians' intents are resolved). */
    public void clearOffers() { Arrays.fill(offered, 0); }

    /** Agent {@code agent} offered to join gang {@code gang} today. */
    public void offer(int gang, int agent) {
        ensure(gang);
        if (offered[gang] == offers[gang].length) offers[gang] = Arrays.copyOf(offers[gang], 2 * offered[gang] + 4);
        offers[gang][offered[gang]++] = agent;
    }

    /**
     * Gang g took on {@code people} recruits (already added to its members): that many volunteers of today,
     * stochastically rounded to agents and drawn at random among them, become its member agents.
     */
    public int enlist(GangCell g, double people) {
        ensure(g.id);
        long k = Math.min(agentsFor(people), offered[g.id]);
        int[] p = offers[g.id];
        int n = offered[g.id], joined = 0;
        for (int j = 0; j < k; j++) {
            int r = j + s.rng.nextInt(n - j);
            int t = p[j]; p[j] = p[r]; p[r] = t;
            if (s.civ.alive(p[j]) && !s.civ.has(p[j], Civilians.GANG_MEMBER)) { add(g.id, p[j]); joined++; }
        }
        return joined;
    }

    /** {@code people} members of g killed by {@code cause}: they leave the gang and, as agents, the population. */
    public void killed(GangCell g, double people, int cause) {
        if (!(people > 0)) return;
        g.members = Math.max(0, g.members - people);
        int[] out = draw(g.id, agentsFor(people));
        for (int a : out) { s.civ.set(a, Civilians.ALIVE, false); s.civ.set(a, Civilians.KILLED, true); }
        s.tallies.memberCasualties(cause, out.length * s.ppa, 0);
    }

    /** {@code people} wounded members of g who leave it (by {@code cause}): marked INJURED, back to civilian life. */
    public void woundedLeave(GangCell g, double people, int cause) {
        if (!(people > 0)) return;
        g.members = Math.max(0, g.members - people);
        int[] out = draw(g.id, agentsFor(people));
        int hurt = 0; // people wounded at least once, as for civilians (Casualties)
        for (int a : out) if (!s.civ.has(a, Civilians.INJURED)) { s.civ.set(a, Civilians.INJURED, true); hurt++; }
        s.tallies.memberCasualties(cause, 0, hurt * s.ppa);
    }

    /** {@code people} members of g arrested: they leave it and, as agents, go to jail for the jail term. */
    public void arrested(GangCell g, double people) {
        if (!(people > 0)) return;
        g.members -= people;
        int[] out = draw(g.id, agentsFor(people));
        int hours = (int) Math.round(settings.jailDays() * 24);
        for (int a : out) {
            if (hours <= 0) continue;
            s.civ.set(a, Civilians.JAILED, true);
            s.civ.setJailHours(a, hours);
        }
        s.tallies.jailed(out.length * s.ppa);
        s.tallies.arrested(people);
    }

    /** A member agent died of something else (cholera): he leaves his cell, and with him ppa members at most. */
    public void died(int agent) {
        short gang = s.civ.gang(agent);
        if (gang < 0 || gang >= count.length) return;
        for (int k = 0; k < count[gang]; k++) {
            if (agents[gang][k] != agent) continue;
            removeAt(gang, k);
            GangCell g = s.gangs.get(gang);
            g.members = Math.max(0, g.members - Math.min(g.members, s.ppa));
            return;
        }
    }

    /** Member agents beyond ceil(members / ppa) go back to civilian life (members lost to desertion, raids, splits). */
    public void reconcile(GangCell g) {
        ensure(g.id);
        long keep = g.alive ? (long) Math.ceil(g.members / s.ppa - 1e-9) : 0;
        if (count[g.id] > keep) draw(g.id, count[g.id] - keep);
    }

    /**
     * The member agents of a dissolved gang: each who stands on ground a living gang now holds joins it with
     * probability {@code share}; the others go back to civilian life. The takers then trim to their members.
     */
    public void absorb(GangCell dead, double share) {
        ensure(dead.id);
        s.streams.reset(Stream.MEMBERSHIP, events++, 0);
        boolean[] touched = new boolean[s.gangs.size()];
        while (count[dead.id] > 0) {
            int a = removeAt(dead.id, count[dead.id] - 1);
            int o = s.territory.owner(s.civ.cell(a));
            if (s.rng.nextDouble() < share && o >= 0 && o != dead.id && s.gangs.get(o).alive) { add(o, a); touched[o] = true; }
        }
        for (int o = 0; o < touched.length; o++) if (touched[o]) reconcile(s.gangs.get(o));
    }

    /** Moves member agent k of gang {@code from} to gang {@code to} (a splinter). */
    void transfer(int from, int k, int to) {
        int a = removeAt(from, k);
        add(to, a);
    }
}
