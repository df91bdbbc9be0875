package hsim.model.world;

import hsim.model.core.AgentRule;
import hsim.model.core.Chunk;
import hsim.model.core.IntentBuffer;
import hsim.model.core.RngStream;
import hsim.model.people.Cholera;
import hsim.model.people.Civilians;

/**
 * One civilian's day, run in parallel: hardship from unmet needs, violence and displacement;
 * legitimacy from protection, services, collateral harm and gang rule; cholera; the decision to flee or
 * go home; and Epstein's activation rule deciding whether the person's household offers recruits to
 * the gang that rules the cell. Writes only the agent's own fields; everything shared goes to intents.
 */
final class CivilianDay implements AgentRule {
    private final Metro m;
    private final IntentBuffer intents;

    CivilianDay(Metro m) {
        this.m = m;
        this.intents = m.intents();
    }

    @Override
    public void step(int i, Chunk chunk) {
        Civilians c = m.civ;
        if (!c.alive(i)) return;
        RngStream r = chunk.rng(i, Metro.P_CIV);
        int cell = c.cell(i), home = c.homeCell(i);
        int ci = m.communeIndex(m.communeOfCell(home));
        double water = ci < 0 ? 1 : m.waterMet[ci], food = ci < 0 ? 1 : m.foodMet[ci];
        double safe = ci < 0 ? 0.8 : m.safeWater[ci];
        double unmet = 1 - 0.5 * (water + food);
        boolean displaced = c.has(i, Civilians.DISPLACED);
        double v = m.violence[cell];
        double h = m.hardship.next(c.hardship(i), m.baseline(i), unmet, v, displaced);
        c.setHardship(i, (float) h);
        int owner = m.territory.owner(cell);
        double l = m.legitimacy.next(c.legitimacy(i), m.protection(cell), 0.5 * (water + food), m.harm[cell], owner >= 0);
        c.setLegitimacy(i, (float) l);

        byte before = c.cholera(i);
        double foi = before == Cholera.SUSCEPTIBLE
                ? m.cholera.forceOfInfection(safe, m.localInfectiousShare(cell), m.metroInfectiousShare()) : 0;
        byte after = m.cholera.step(before, foi, m.treated(cell), r.nextDouble(), r.nextDouble());
        if (after != before) {
            c.setCholera(i, after);
            if (after == Cholera.SYMPTOMATIC) intents.add(chunk, i, Metro.CASE, 0, 1);
            if (after == Cholera.DEAD) {
                c.set(i, Civilians.ALIVE, false);
                intents.add(chunk, i, Metro.CHOLERA_DEATH, 0, 1);
                return;
            }
        }

        double u = r.nextDouble();
        if (!displaced && m.displacement.flees(v, u)) {
            intents.add(chunk, i, Metro.FLEE, 0, 1);
        } else if (displaced && m.displacement.returnsHome(m.violence[home], u)) {
            c.setCell(i, home);
            c.set(i, Civilians.DISPLACED, false);
        }

        if (owner >= 0 && m.epstein.activates(h, l, c.riskAversion(i), m.visionSec[cell], m.visionGang[cell] + 1)) {
            intents.add(chunk, i, Metro.RECRUIT, owner, m.willingPerActiveAgent());
        }
    }
}
