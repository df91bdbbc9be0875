package hsim.model.world;

import hsim.model.city.Commune;
import hsim.model.gangs.GangCell;
import hsim.model.metrics.Readings;
import hsim.model.people.CareAccess;
import hsim.model.people.Civilians;
import hsim.model.security.ForeignForce;
import hsim.model.security.PoliceForce;
import hsim.model.security.SpecialForce;
import hsim.model.supply.SupplyNetwork;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/** The metrics' view of the world: {@link Readings} over a {@link MetroState}. */
final class MetroReadings implements Readings, Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> CAUSES = List.of(Tallies.CAUSES);
    private final MetroState s;
    private final CareAccess care;

    MetroReadings(MetroState s, CareAccess care) {
        this.s = s;
        this.care = care;
    }

    @Override public Civilians civilians() { return s.civ; }
    @Override public double peoplePerAgent() { return s.ppa; }
    @Override public Iterable<Integer> communeCodes() { return Collections.unmodifiableSet(s.communeIndexMap().keySet()); }

    @Override public String communeName(int code) {
        Commune c = s.city.commune(code);
        return c == null ? null : c.name();
    }

    @Override public double residents(int cell) { return s.residents[cell]; }
    @Override public int communeOfCell(int cell) { return s.communeOfCell(cell); }
    @Override public double totalResidents() { return s.totalResidents; }
    @Override public int[] territoryOwners() { return s.territory.owners(); }
    @Override public List<GangCell> gangs() { return Collections.unmodifiableList(s.gangs); }
    @Override public double careAccess(int cell) { return care.at(cell); }
    @Override public double waterMet(int cell) { return s.waterMet[cell]; }
    @Override public double foodMet(int cell) { return s.foodMet[cell]; }
    @Override public double safeWater(int cell) { return s.safeWater[cell]; }
    @Override public List<CriticalSite> sites() { return Collections.unmodifiableList(s.sites); }
    @Override public CriticalSite varreux() { return s.varreux; }
    @Override public CriticalSite port() { return s.port; }
    @Override public CriticalSite airport() { return s.airport; }
    @Override public boolean siteOpen(CriticalSite site) { return s.siteOpen(site); }
    @Override public SupplyNetwork supply() { return s.supply; }
    @Override public PoliceForce hnp() { return s.hnp; }
    @Override public ForeignForce foreignForce() { return s.force; }
    @Override public SpecialForce specialForce() { return s.special; }
    @Override public List<String> casualtyCauses() { return CAUSES; }
    @Override public double civiliansKilled(int cause) { return s.tallies.civiliansKilled(cause); }
    @Override public double civiliansInjured(int cause) { return s.tallies.civiliansInjured(cause); }
    @Override public double civiliansKilledExpected(int cause) { return s.tallies.civiliansKilledExpected(cause); }
    @Override public double membersKilled(int cause) { return s.tallies.membersKilled(cause); }
    @Override public double successionsCum() { return s.tallies.successionsCum(); }
    @Override public double splintersCum() { return s.tallies.splintersCum(); }
    @Override public double choleraCasesCum() { return s.tallies.choleraCasesCum(); }
    @Override public double choleraDeathsCum() { return s.tallies.choleraDeathsCum(); }
    @Override public double recruitsCum() { return s.tallies.recruitsCum(); }
    @Override public double arrestsCum() { return s.tallies.arrestsCum(); }
}
