package hsim.model.security;

import java.io.Serializable;
import java.util.List;

/**
 * Lands HNP casualties from a fight ({@link hsim.model.conflict.Battles}) on squads: on the squads that
 * fought when a tasking sent them, otherwise on the squads standing nearest the fight (the guards of a site,
 * the patrol of a station). Losses are shared in proportion to strength; each squad remembers its losses,
 * which weigh on its morale ({@link PoliceForce#day}).
 */
public final class HnpLosses implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Officers put out of action, all squads, since the start. */
    private double lostCum;

    /** Books {@code killed} and {@code injured} officers of a fight at {@code cell}; {@code engaged} may be null. */
    public void land(PoliceForce hnp, List<Squad> engaged, int cell, int width, double killed, double injured) {
        if (killed + injured <= 0) return;
        List<Squad> group = engaged == null || engaged.isEmpty() ? hnp.nearest(cell, width) : engaged;
        double total = 0;
        for (Squad q : group) total += q.strength;
        if (total <= 0) return;
        for (Squad q : group) {
            double w = q.strength / total;
            hnp.casualties(q, killed * w, injured * w);
        }
        lostCum += killed + injured;
        hnp.recount();
    }

    public double lostCum() { return lostCum; }
}
