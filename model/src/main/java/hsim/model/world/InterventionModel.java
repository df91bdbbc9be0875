package hsim.model.world;

import hsim.model.engine.HaitiModel;
import hsim.model.engine.ProcessOrder;
import hsim.model.city.City;
import hsim.model.city.CityLoader;
import hsim.model.city.Facility;
import hsim.model.conflict.Battles;
import hsim.model.core.Rate;
import hsim.model.gangs.Arrests;
import hsim.model.gangs.ContestedGround;
import hsim.model.gangs.GangUnits;
import hsim.model.gangs.Leadership;
import hsim.model.gangs.GangAttacks;
import hsim.model.gangs.GangDay;
import hsim.model.gangs.GangExpansion;
import hsim.model.gangs.GangGround;
import hsim.model.gangs.GangRoads;
import hsim.model.gangs.Reinfiltration;
import hsim.model.metrics.DailyMetrics;
import hsim.model.people.CareAccess;
import hsim.model.people.CholeraPrevalence;
import hsim.model.people.CivilianIntents;
import hsim.model.people.Civilians;
import hsim.model.security.Deployment;
import hsim.model.security.EquipmentDeliveries;
import hsim.model.security.Handover;
import hsim.model.security.HnpLosses;
import hsim.model.security.HnpOperations;
import hsim.model.security.RapidForceOperations;
import hsim.model.security.SecurityDay;
import hsim.model.security.SecurityPresence;
import hsim.model.security.SpecialForceRaids;
import hsim.model.scenario.Scenario;
import hsim.model.supply.SupplyNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * The full hsim model and its composition root: builds the intervention world's state
 * ({@link MetroState}) on Port-au-Prince (or a given city), applies the {@link StartingConditions},
 * wires one object per process and registers them in the day's order (see docs/ARCHITECTURE.md):
 * {@link Morning} -> civilians in parallel -> {@link CivilianIntents} -> {@link GangDay} ->
 * {@link SecurityDay} -> supply dispatch, hourly convoys, nightly distribution -> {@link DailyMetrics}.
 * Everything is rebuilt at every start, so a GUI restart begins from October 2022 again.
 */
public class InterventionModel extends HaitiModel {
    private static final long serialVersionUID = 1L;
    private static volatile City builtIn;

    private final transient City city;
    private MetroState state;
    private Deployment deployment;
    private CareAccess care;
    private DailyMetrics metrics;
    private MetroReadings readings;
    private hsim.model.truce.HumanitarianTruce truce;
    /** Who lists unit agents for traces and the GUI, in registration order (see {@link #units}). */
    private final List<hsim.model.metrics.UnitSource> unitSources = new ArrayList<>();

    public InterventionModel(Scenario scenario, long seed, int threads, int chunkSize, City city) {
        super(scenario, seed, threads, chunkSize);
        this.city = city;
    }

    public InterventionModel(Scenario scenario, long seed, int threads) {
        this(scenario, seed, threads, hsim.model.core.ParallelCore.DEFAULT_CHUNK_SIZE, null);
    }

    /** The bundled Port-au-Prince map, loaded once per JVM (it is immutable). */
    public static City portAuPrince() {
        City c = builtIn;
        if (c == null) {
            synchronized (InterventionModel.class) {
                c = builtIn;
                if (c == null) builtIn = c = CityLoader.loadBuiltIn();
            }
        }
        return c;
    }

    @Override
    protected void installMechanisms() {
        unitSources.clear();
        City c = city != null ? city : portAuPrince();
        Civilians civ = new Civilians(0, scenario().number("run.people_per_agent"));
        MetroState s = new MetroState(scenario(), c, civ, runSeed(), streamLog());
        Ground ground = new Ground(s);
        StartingConditions.apply(s, ground);

        GangGround gangGround = new GangGround(s);
        Deployment deploy = new Deployment();
        HnpLosses hnpLosses = new HnpLosses();
        Battles battles = new Battles(s, ground, hnpLosses);
        CareAccess careAccess = new CareAccess(s);
        CholeraPrevalence prevalence = new CholeraPrevalence(s);
        Morning morning = new Morning(s, careAccess, prevalence, gangGround);
        CivilianIntents intents = new CivilianIntents(s, gangGround);
        ContestedGround contested = new ContestedGround(s, gangGround);
        Leadership leadership = new Leadership(s, Leadership.from(scenario()), gangGround, ground, contested);
        GangDay gangDay = new GangDay(s, gangGround, ground, new Arrests(s, gangGround), new Reinfiltration(s),
                new GangExpansion(s, gangGround, ground, battles), new GangAttacks(s, ground, battles, deploy),
                leadership, contested);
        addUnitSource(new GangUnits(s, leadership));
        SecurityPresence secPresence = new SecurityPresence(s, deploy);
        SpecialForceRaids raids = new SpecialForceRaids(s, ground, battles, deploy);
        HnpOperations hnpOps = new HnpOperations(s, ground, battles);
        SecurityDay securityDay = new SecurityDay(s, deploy, hnpLosses, new RapidForceOperations(s, ground, battles, deploy),
                hnpOps, raids, new Handover(s, ground, battles, deploy), secPresence,
                new EquipmentDeliveries(EquipmentDeliveries.from(s.scenario), s.hnp, hnpOps));
        GangRoads roads = new GangRoads(s, gangGround, battles, deploy);
        gangGround.rebuild();
        secPresence.rebuild();
        addUnitSource(s.hnp); // HNP squads
        state = s;
        deployment = deploy;
        addUnitSource(s.force);
        addUnitSource(s.special);
        care = careAccess;

        setCivilians(civ);
        // travel-time fields to every distribution point, computed once per city and cached by its router;
        // each is a deterministic Dijkstra, so computing them in parallel changes nothing but the wait
        List<Facility> targets = new ArrayList<>();
        for (SupplyNetwork.Node n : s.supply.allNodes()) targets.add(n.facility);
        parallel().forEach(targets, (f, i, chunk) -> c.router().minutesTo(f));
        addProcess("morning", Rate.daily(), ProcessOrder.INDEX, (m, h) -> morning.run());
        addProcess("civilians", Rate.daily(), ProcessOrder.PEOPLE,
                (m, h) -> m.parallel().forEach(civ.size(), intents.civilianDay(prevalence, careAccess), intents.buffer()));
        addProcess("civilian_intents", Rate.daily(), ProcessOrder.RESOLVE, (m, h) -> intents.resolve(h));
        addProcess("gangs", Rate.daily().atHour(2), ProcessOrder.GANGS, (m, h) -> gangDay.run(h));
        addProcess("security", Rate.daily().atHour(3), ProcessOrder.SECURITY, (m, h) -> securityDay.run(m.day(), h));
        installTruce(s, gangGround);
        addProcess("supply.dispatch", Rate.daily().atHour(6), ProcessOrder.SUPPLY, (m, h) -> {
            s.streams.reset(Stream.SUPPLY_DISPATCH, 0, h);
            s.supply.dispatch(roads, s.rng);
        });
        addProcess("supply.convoys", Rate.hourly(), ProcessOrder.SUPPLY + 1, (m, h) -> {
            s.streams.reset(Stream.CONVOYS, 1, h);
            s.supply.hour(roads, s.rng);
        });
        addProcess("supply.distribution", Rate.daily().atHour(23), ProcessOrder.SUPPLY + 2, (m, h) -> s.supply.distribute());
        readings = new MetroReadings(s, careAccess);
        DailyMetrics dm = new DailyMetrics(readings);
        metrics = dm;
        addProcess("metrics.daily", Rate.daily().atHour(23), ProcessOrder.METRICS, (m, h) -> dm.record((int) (h / 24) + 1));
    }

    /**
     * The humanitarian-corridor truce, when the scenario asks for one ({@code truce.days > 0}): bound gangs let
     * corridor convoys through their checkpoints, and its payments reach them as road income. Without a truce
     * nothing is installed, so runs without one are unchanged.
     */
    private void installTruce(MetroState s, GangGround gangGround) {
        hsim.model.truce.TruceSettings ts = hsim.model.truce.TruceSettings.from(scenario());
        if (!ts.enabled()) { truce = null; return; }
        hsim.model.truce.HumanitarianTruce t = new hsim.model.truce.HumanitarianTruce(ts, s.gangs, s.territory, s.formerOwner,
                s.supply, s.city, gangGround::addIncome);
        s.supply.safePassage(t);
        truce = t;
        addProcess("truce", Rate.daily().atHour(4), ProcessOrder.SECURITY + 1, (m, h) -> t.day((int) (h / 24) + 1));
    }

    /** The truce lever of this run, or null when the scenario has none. */
    public hsim.model.truce.HumanitarianTruce truce() { return truce; }

    /** Registers a mechanism's unit agents for {@link #units}; call from {@link #installMechanisms}. */
    protected void addUnitSource(hsim.model.metrics.UnitSource source) { unitSources.add(source); }

    /** Every unit agent now (HNP squads, rapid-force units, special-force teams, gang cells), in a fixed order. */
    public void units(java.util.function.Consumer<hsim.model.metrics.UnitRow> out) {
        for (hsim.model.metrics.UnitSource u : unitSources) u.units(out);
    }

    /** A log of every random-stream key the run uses, or null (the default: nothing is recorded). */
    protected Streams.Log streamLog() { return null; }

    /** The world's state (read it; processes write it). */
    public MetroState state() { return state; }

    /** Where the security forces stand after today's tasking (read-only outside the security package). */
    public Deployment deployment() { return deployment; }

    public CareAccess careAccess() { return care; }

    public DailyMetrics metrics() { return metrics; }

    /** What the metrics read: a narrow, read-only view of the world. */
    public hsim.model.metrics.Readings readings() { return readings; }
}
