package hsim.model.world;

import java.io.Serializable;

/**
 * Running totals since day 1 that no single actor owns (people unless noted). Casualties of violence are
 * booked as the agents hit times people per agent (see {@code people.Casualties}, {@code gangs.Membership}),
 * so they agree with the population; recruits and arrests are the gangs' people flows.
 */
public final class Tallies implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Causes of civilian casualties from violence. */
    public static final int SECURITY_OPERATIONS = 0, GANG_CLASHES = 1, GANG_ATTACKS = 2;
    public static final String[] CAUSES = {"security_operations", "gang_clashes", "gang_attacks"};

    private final double[] civKilledBy = new double[CAUSES.length], civInjuredBy = new double[CAUSES.length];
    private final double[] memberKilledBy = new double[CAUSES.length], memberInjuredBy = new double[CAUSES.length];
    private double recruits, arrests, choleraCases, choleraDeaths, jailed;
    private int successions, splinters, dissolutions;

    public void memberCasualties(int cause, double killed, double injured) {
        memberKilledBy[cause] += killed;
        memberInjuredBy[cause] += injured;
    }

    public double membersKilled(int cause) { return memberKilledBy[cause]; }

    public double membersInjured(int cause) { return memberInjuredBy[cause]; }

    /** People sent to jail as member agents (agents x people per agent). */
    public void jailed(double people) { jailed += people; }

    public double jailedCum() { return jailed; }

    public void succession() { successions++; }

    public void splinter() { splinters++; }

    public void dissolution() { dissolutions++; }

    /** Leaderless gangs in which a successor took over. */
    public int successionsCum() { return successions; }

    /** Leaderless gangs that broke into splinter cells. */
    public int splintersCum() { return splinters; }

    public int dissolutionsCum() { return dissolutions; }

    public void civilianCasualties(int cause, double killed, double injured) {
        civKilledBy[cause] += killed;
        civInjuredBy[cause] += injured;
    }

    public double civiliansKilled(int cause) { return civKilledBy[cause]; }

    private final double[] civKilledExpected = new double[CAUSES.length];

    /** The engagements' expected civilian dead (people), before they are rounded to agents: for checks of the rounding. */
    public void civiliansKilledExpected(int cause, double people) { civKilledExpected[cause] += people; }

    public double civiliansKilledExpected(int cause) { return civKilledExpected[cause]; }

    public double civiliansInjured(int cause) { return civInjuredBy[cause]; }

    public void recruited(double people) { recruits += people; }

    public void arrested(double people) { arrests += people; }

    public void choleraCase(double people) { choleraCases += people; }

    public void choleraDeath(double people) { choleraDeaths += people; }

    public double recruitsCum() { return recruits; }

    public double arrestsCum() { return arrests; }

    public double choleraCasesCum() { return choleraCases; }

    public double choleraDeathsCum() { return choleraDeaths; }
}
