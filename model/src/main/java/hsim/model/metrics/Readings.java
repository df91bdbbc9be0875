package hsim.model.metrics;

import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.security.ForeignForce;
import hsim.model.security.PoliceForce;
import hsim.model.security.SpecialForce;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.CriticalSite;

import java.util.List;

/** What the metrics and the invariants read from a running model (read-only by contract). */
public interface Readings {
    Civilians civilians();

    double peoplePerAgent();

    /** Commune codes, in the fixed order the by-commune sums iterate them. */
    Iterable<Integer> communeCodes();

    /** The commune's name, or null when the city has no such commune. */
    String communeName(int code);

    double residents(int cell);

    /** The commune code of a cell. */
    int communeOfCell(int cell);

    double totalResidents();

    /** The holder of every cell: -1 the state, else a gang id (do not modify). */
    int[] territoryOwners();

    List<GangCell> gangs();

    /** Share of full care the people in the cell can get today (0..1). */
    double careAccess(int cell);

    /** Shares of water and food need met, and of water drunk that is safe, in the cell today (0..1). */
    double waterMet(int cell);

    double foodMet(int cell);

    double safeWater(int cell);

    List<CriticalSite> sites();

    CriticalSite varreux();

    CriticalSite port();

    CriticalSite airport();

    boolean siteOpen(CriticalSite site);

    SupplyNetwork supply();

    PoliceForce hnp();

    ForeignForce foreignForce();

    SpecialForce specialForce();

    /** The causes of civilian casualties, in index order. */
    List<String> casualtyCauses();

    double civiliansKilled(int cause);

    double civiliansInjured(int cause);

    /** The engagements' expected civilian dead by cause (people, before rounding to agents; smooth at coarse scale). */
    double civiliansKilledExpected(int cause);

    /** Gang members killed by violence, by cause (agents x people per agent). */
    double membersKilled(int cause);

    /** Leaderless gangs that found a successor, and that splintered, since day 1. */
    double successionsCum();

    double splintersCum();

    double choleraCasesCum();

    double choleraDeathsCum();

    double recruitsCum();

    double arrestsCum();
}
