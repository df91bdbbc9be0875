package hsim.model.world;

import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.conflict.Engagement;
import hsim.model.core.RngStream;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.FightingStrength;
import hsim.model.gangs.GangEconomy;
import hsim.model.gangs.Territory;
import hsim.model.people.Cholera;
import hsim.model.people.Civilians;
import hsim.model.people.Displacement;
import hsim.model.people.EpsteinRule;
import hsim.model.people.Hardship;
import hsim.model.people.Legitimacy;
import hsim.model.scenario.Scenario;
import hsim.model.security.ForeignForce;
import hsim.model.security.PoliceForce;
import hsim.model.security.SpecialForce;
import hsim.model.security.TrainingMission;
import hsim.model.supply.Checkpoint;
import hsim.model.supply.SupplyNetwork;
import hsim.model.supply.SupplySettings;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the intervention world on a {@link City}, without behaviour: the static map (residents,
 * communes), each mechanism's rule object and actor (gangs, HNP, foreign forces, supply network), the
 * per-cell fields that connect them, and the day's tallies. The processes registered by
 * {@link InterventionModel} read and write it; everything a checkpoint must restore lives here or in them.
 */
public final class MetroState implements Serializable {
    private static final long serialVersionUID = 1L;

    // ---- the static world ----
    public final Scenario scenario;
    /** Serialised with the world (a checkpoint restarts without reloading the map); its router cache is transient. */
    public final City city;
    public final Civilians civ;
    public final long seed;
    public final int width, height, cells;
    /** People one civilian agent stands for. */
    public final double ppa;
    public final double[] residents;
    public final double totalResidents;
    private final int[] communeCode;
    /** Iterated in metric sums, so its order must survive a checkpoint: see {@link hsim.model.core.SerialMaps}. */
    private transient Map<Integer, Integer> communeIndex = new HashMap<>();
    /** communeIndex of each cell's commune (-1 none): civilians look it up daily, and a boxed map lookup was a hot spot. */
    private final int[] communeIndexOfCell;

    // ---- rules and actors ----
    public final Operations ops;
    public final EpsteinRule epstein;
    public final Cholera cholera;
    public final Hardship hardship;
    public final Legitimacy legitimacy;
    public final Displacement displacement;
    public final Engagement engagement;
    public final GangEconomy economy;
    public final FightingStrength fighting;
    public final Territory territory;
    public final List<GangCell> gangs;
    public final PoliceForce hnp;
    public final ForeignForce force;
    public final SpecialForce special;
    public final TrainingMission training;
    public final SupplyNetwork supply;
    public final CriticalSite port, airport, varreux;
    public final List<CriticalSite> sites = new ArrayList<>();
    public final List<Facility> stations;

    // ---- per-cell fields ----
    /** Violence index and collateral harm by security forces, 0..1, decaying daily. */
    public final float[] violence, harm;
    /** Security and gang presence per cell, and their sums within vision. */
    public final float[] secPresence, gangPresence, visionSec, visionGang;
    /** The gang that held a cell before security forces cleared it (-1 none): it comes back when nobody holds the ground. */
    public final int[] formerOwner;

    // ---- needs met, by cell, from last night's distribution at the points within reach (see Morning) ----
    public final float[] waterMet, foodMet, safeWater;
    /** People (alive agents times ppa) standing in each cell this morning, and the displaced among them. */
    public final double[] present, displacedPresent;

    /** The shared random stream; every process resets it to its own key ({@link #streams}) before drawing. */
    public final RngStream rng;
    public final Streams streams;
    public final Tallies tallies = new Tallies();
    /** Gang members as civilian agents, and civilians hit by violence (see their classes). */
    public final hsim.model.gangs.Membership membership;
    public final hsim.model.people.Casualties casualties;

    public MetroState(Scenario sc, City city, Civilians civ, long seed) { this(sc, city, civ, seed, null); }

    /** With a {@link Streams.Log} that records every stream key the run uses (tests). */
    public MetroState(Scenario sc, City city, Civilians civ, long seed, Streams.Log log) {
        this.scenario = sc;
        this.city = city;
        this.civ = civ;
        this.seed = seed;
        this.width = city.width();
        this.height = city.height();
        this.cells = city.cells();
        this.ppa = civ.peoplePerAgent();
        this.rng = new RngStream(seed);
        this.streams = new Streams(seed, rng, log);
        residents = new double[cells];
        communeCode = new int[cells];
        double tot = 0;
        for (int c = 0; c < cells; c++) {
            residents[c] = city.population().field[c % width][c / width];
            communeCode[c] = city.communeAt(c);
            tot += residents[c];
        }
        totalResidents = tot;
        int k = 0;
        for (Integer code : city.communeMap().keySet()) communeIndex.put(code, k++);
        communeIndexOfCell = new int[cells];
        for (int c = 0; c < cells; c++) communeIndexOfCell[c] = communeIndex(communeCode[c]);
        waterMet = new float[cells];
        foodMet = new float[cells];
        safeWater = new float[cells];
        present = new double[cells];
        displacedPresent = new double[cells];
        violence = new float[cells];
        harm = new float[cells];
        secPresence = new float[cells];
        gangPresence = new float[cells];
        visionSec = new float[cells];
        visionGang = new float[cells];
        formerOwner = new int[cells];
        Arrays.fill(formerOwner, -1);

        ops = Operations.from(sc);
        epstein = EpsteinRule.from(sc);
        cholera = new Cholera(Cholera.from(sc));
        hardship = new Hardship(Hardship.from(sc));
        legitimacy = new Legitimacy(Legitimacy.from(sc));
        displacement = new Displacement(Displacement.from(sc));
        engagement = new Engagement(Engagement.from(sc));
        economy = new GangEconomy(GangEconomy.from(sc));
        fighting = FightingStrength.from(sc);
        territory = new Territory(width, height, Territory.from(sc));
        hnp = new PoliceForce(PoliceForce.from(sc), city.policeStations());
        force = new ForeignForce(ForeignForce.from(sc));
        special = new SpecialForce(SpecialForce.from(sc));
        training = new TrainingMission(TrainingMission.from(sc));
        stations = city.facilities(FacilityKind.POLICE_STATION);
        port = site("port", FacilityKind.SEAPORT, "apn_port");
        airport = site("airport", FacilityKind.AIRPORT, "airport");
        varreux = site("varreux", FacilityKind.FUEL_TERMINAL, "varreux_terminal");
        streams.reset(Stream.GANG_ROSTER, 0, -1);
        gangs = GangRoster.build(GangRoster.from(sc), city, residents, territory, rng);
        supply = new SupplyNetwork(SupplySettings.from(sc), hsim.model.supply.CheckpointSettings.from(sc),
                hsim.model.supply.FuelPriority.from(sc), new Checkpoint(Checkpoint.from(sc)), city, residents);
        membership = new hsim.model.gangs.Membership(this, hsim.model.gangs.Membership.from(sc));
        casualties = new hsim.model.people.Casualties(this, sc);
    }

    private CriticalSite site(String name, FacilityKind kind, String id) {
        Facility f = city.facility(id);
        if (f == null || f.kind() != kind) {
            List<Facility> l = city.facilities(kind);
            f = l.isEmpty() ? null : l.get(0);
        }
        if (f == null) return null;
        CriticalSite s = new CriticalSite(name, f);
        sites.add(s);
        return s;
    }

    public GangCell gang(int id) { return gangs.get(id); }

    /** Whether the state holds the site's cell (a missing site is never open). */
    public boolean siteOpen(CriticalSite s) { return s != null && territory.owner(s.cell()) < 0; }

    /** Officer-equivalents of one foreign soldier (relative to a fully capable HNP officer). */
    public double troopEquivalent() {
        return force.effectivenessPerTroopHour() / Math.max(1e-12, hnp.settings().effectivenessPerHour());
    }

    private int communeIndex(int code) { Integer i = communeIndex.get(code); return i == null ? -1 : i; }

    /** Where a fleeing person may go: populated, state-held cells and their violence. */
    public Displacement.World refugeWorld() {
        return new Displacement.World() {
            @Override public double residents(int cell) { return residents[cell]; }
            @Override public boolean stateHeld(int cell) { return territory.owner(cell) < 0; }
            @Override public double violence(int cell) { return violence[cell]; }
        };
    }

    /** The commune index of the cell's commune, -1 if none. */
    public int communeIndexOfCell(int cell) { return communeIndexOfCell[cell]; }

    public int communeOfCell(int cell) { return communeCode[cell]; }

    /** Commune code to commune index, in the order metric sums iterate it. */
    public Map<Integer, Integer> communeIndexMap() { return communeIndex; }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        hsim.model.core.SerialMaps.write(out, communeIndex);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        communeIndex = hsim.model.core.SerialMaps.read(in);
    }
}
