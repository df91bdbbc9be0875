package hsim.model.people;

import hsim.model.core.AgentRule;
import hsim.model.core.Chunk;
import hsim.model.core.IntentBuffer;
import hsim.model.core.RngStream;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

/**
 * One civilian's day, run in parallel: hardship from the needs unmet where the person is (home cell or
 * refuge, as {@link hsim.model.world.Morning} computed them per cell), violence and displacement;
 * legitimacy from protection, services, collateral harm and gang rule; cholera; the decision to flee or
 * go home; and Epstein's activation rule deciding whether the person's household offers recruits to
 * the gang that rules the cell (the gangs then take some of them on as member agents, {@code gangs.Membership}).
 * Gang members do not flee or volunteer; the jailed only serve their term. Writes only the agent's own
 * fields; everything shared goes to intents ({@link CivilianIntents}). An instance serves one day: it keeps
 * that day's per-cell arrest probabilities.
 */
public final class CivilianDay implements AgentRule {
    private final MetroState m;
    private final IntentBuffer intents;
    private final CholeraPrevalence prevalence;
    private final CareAccess care;
    /** Today's arrest probability by cell, complemented bits; 0 where not yet worked out (see {@link #arrestProbability}). */
    private final long[] arrest;

    CivilianDay(MetroState m, IntentBuffer intents, CholeraPrevalence prevalence, CareAccess care) {
        this.m = m;
        this.intents = intents;
        this.prevalence = prevalence;
        this.care = care;
        this.arrest = new long[m.cells];
    }

    /** Chronic hardship of agent i: a fixed draw, recomputed from the counter-based stream. */
    public static double baseline(MetroState m, int i) {
        return m.streams.uniform(Stream.HARDSHIP_BASELINE, i, -1, 0) * m.hardship.settings().baselineMax();
    }

    @Override
    public void step(int i, Chunk chunk) {
        Civilians c = m.civ;
        if (!c.alive(i)) return;
        if (c.has(i, Civilians.JAILED)) { // in jail: the term runs down, nothing else happens to him
            int left = c.jailHours(i) - 24;
            c.setJailHours(i, Math.max(0, left));
            if (left <= 0) c.set(i, Civilians.JAILED, false);
            return;
        }
        boolean member = c.has(i, Civilians.GANG_MEMBER);
        RngStream r = m.streams.of(chunk, Stream.CIVILIAN_DAY, i);
        int cell = c.cell(i), home = c.homeCell(i);
        // needs are met where the person is now (home or refuge), from the points within reach of it
        double met = needMet(m, m.waterMet[cell], m.foodMet[cell]);
        double unmet = 1 - met;
        boolean displaced = c.has(i, Civilians.DISPLACED);
        double v = m.violence[cell];
        double h = m.hardship.next(c.hardship(i), baseline(m, i), unmet, v, displaced);
        c.setHardship(i, (float) h);
        int owner = m.territory.owner(cell);
        double l = m.legitimacy.next(c.legitimacy(i), protection(cell), met, m.harm[cell], owner >= 0);
        c.setLegitimacy(i, (float) l);

        byte before = c.cholera(i);
        double risk = before == Cholera.SUSCEPTIBLE ? prevalence.infectionProbability(cell) : 0;
        boolean treated = r.nextDouble() < care.at(cell); // care is shared: a patient gets it with that share
        byte after = m.cholera.stepAtRisk(before, risk, treated, r.nextDouble(), r.nextDouble());
        if (after != before) {
            c.setCholera(i, after);
            if (after == Cholera.SYMPTOMATIC) intents.add(chunk, i, CivilianIntents.CASE, 0, 1);
            if (after == Cholera.DEAD) {
                c.set(i, Civilians.ALIVE, false);
                intents.add(chunk, i, CivilianIntents.CHOLERA_DEATH, 0, 1);
                return;
            }
        }

        double u = r.nextDouble();
        if (member) {
            // a member stays with his gang: he neither flees nor offers to join again
        } else if (!displaced && m.displacement.flees(v, u)) {
            intents.add(chunk, i, CivilianIntents.FLEE, 0, 1);
        } else if (displaced && m.displacement.returnsHome(home, m.violence[home], u)) {
            c.setCell(i, home);
            c.set(i, Civilians.DISPLACED, false);
        }

        if (!member && owner >= 0 && m.epstein.activatesAt(h, l, c.riskAversion(i), arrestProbability(cell))) {
            intents.add(chunk, i, CivilianIntents.RECRUIT, owner, willingPerActiveAgent());
        }
    }

    /**
     * The arrest probability a civilian in {@code cell} estimates (Epstein's P from the security and gang
     * presence in view). Those fields stay fixed while the civilians step, so it is worked out once per
     * cell and day: each thread that finds no entry computes the same bits and stores them (atomic
     * opaque writes), so the result cannot depend on which thread was first.
     */
    private double arrestProbability(int cell) {
        long e = (long) ARREST.getOpaque(arrest, cell);
        if (e != 0) return Double.longBitsToDouble(~e);
        double p = m.epstein.arrestProbability(m.visionSec[cell], m.visionGang[cell] + 1);
        long bits = Double.doubleToRawLongBits(p);
        if (~bits != 0) ARREST.setOpaque(arrest, cell, ~bits); // 0 marks "not yet": stored complemented
        return p;
    }

    private static final java.lang.invoke.VarHandle ARREST = java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);

    /** The share of a person's basic needs met: water and food, weighted by {@code people.water_need_weight}. */
    public static double needMet(MetroState m, double water, double food) {
        double w = m.hardship.settings().waterWeight();
        return w * water + (1 - w) * food;
    }

    /** Security presence within vision as a share of full protection. */
    private double protection(int cell) { return Math.min(1, m.visionSec[cell] / m.ops.protectionReference()); }

    /** Willing recruits (people) an active civilian agent offers per day. */
    private double willingPerActiveAgent() { return m.ppa * m.ops.recruitableShare() * m.ops.joinPerDay(); }
}
