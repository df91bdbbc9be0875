package hsim.model.security;

import java.io.Serializable;

/**
 * Where the security forces stand after the day's tasking (read-only outside this package): HNP guards at
 * each state-held critical site, the escort strength a covered convoy gets, the rapid force's manoeuvre
 * troops, and the mandate's flags (corridors open, withdrawal conditions met).
 */
public final class Deployment implements Serializable {
    private static final long serialVersionUID = 1L;
    double hnpGuardsPerSite, escortStrengthHnp, escortStrengthForce, patrolOfficers, manoeuvreTroops;
    boolean corridorsOpen, conditionsMet;

    /** HNP officers guarding each state-held critical site. */
    public double hnpGuardsPerSite() { return hnpGuardsPerSite; }

    /** Escort strength (officer-equivalents) of a convoy the escort policy covers. */
    public double escortStrength() { return escortStrengthHnp + escortStrengthForce; }

    /** HNP officers on patrol, spread over the state-held police stations. */
    public double patrolOfficers() { return patrolOfficers; }

    /** Rapid-force troops not guarding a site (they escort the corridors from open sites). */
    public double manoeuvreTroops() { return manoeuvreTroops; }

    public boolean corridorsOpen() { return corridorsOpen; }

    /** Whether the HNP holds every critical site (the rapid force's exit condition). */
    public boolean conditionsMet() { return conditionsMet; }
}
