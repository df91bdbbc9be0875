package hsim.model.world;

import hsim.model.engine.HaitiModel;
import hsim.model.engine.ProcessOrder;
import hsim.model.city.City;
import hsim.model.city.Facility;
import hsim.model.city.FacilityKind;
import hsim.model.conflict.Engagement;
import hsim.model.core.IntentBuffer;
import hsim.model.core.Rate;
import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.GangEconomy;
import hsim.model.gangs.Territory;
import hsim.model.people.Cholera;
import hsim.model.people.Civilians;
import hsim.model.people.Displacement;
import hsim.model.people.EpsteinRule;
import hsim.model.people.Hardship;
import hsim.model.people.Legitimacy;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;
import hsim.model.security.Deployment;
import hsim.model.security.ForeignForce;
import hsim.model.security.Mandate;
import hsim.model.security.PoliceForce;
import hsim.model.security.SpecialForce;
import hsim.model.security.Tasking;
import hsim.model.security.TrainingMission;
import hsim.model.supply.Cargo;
import hsim.model.supply.Checkpoint;
import hsim.model.supply.Roads;
import hsim.model.supply.SupplyNetwork;
import hsim.model.supply.SupplySettings;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The intervention world on a {@link City}: civilians, gangs and their territory, the HNP, the foreign
 * forces, supply convoys, cholera, and the per-cell fields that connect them (security presence, gang
 * presence, violence, collateral harm). {@link #install} registers its daily and hourly processes on a
 * {@link HaitiModel}. Each day runs: fields and needs (INDEX) -> civilians in parallel, then their
 * intents resolved in id order (PEOPLE/RESOLVE) -> gangs (GANGS) -> security forces (SECURITY) ->
 * convoys dispatched in the morning and moved hourly, stocks served at night (SUPPLY) -> metrics.
 */
public final class Metro implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long P_INIT = Rng.purpose("metro.init"), P_CIV = Rng.purpose("metro.civilian"),
            P_BASE = Rng.purpose("metro.hardship_baseline"), P_GANG = Rng.purpose("metro.gangs"),
            P_SEC = Rng.purpose("metro.security"), P_SUP = Rng.purpose("metro.supply"), P_FLEE = Rng.purpose("metro.flee");
    /** Causes of civilian casualties from violence. */
    public static final int SECURITY_OPERATIONS = 0, GANG_CLASHES = 1, GANG_ATTACKS = 2;
    public static final String[] CAUSES = {"security_operations", "gang_clashes", "gang_attacks"};
    static final int RECRUIT = 1, CASE = 2, CHOLERA_DEATH = 3, FLEE = 4;
    static final int BLOCK = 10;

    public static List<Param> params() {
        return List.of(
                Param.flag("gangs.varreux_blockaded_at_start", true,
                        "AP: Varreux 'inoperable since 12 Sept 2022' (literature.md §5.1)", "Varreux is held by a gang on day 1"),
                Param.flag("gangs.port_held_at_start", true, "BINUH S/2022/761 (gangs took the international port)",
                        "The APN port is held by a gang on day 1"),
                Param.number("hnp.roe_restraint", 0.4, 0, 1, "share", "assumption", "Share of collateral harm the HNP avoids"),
                Param.integer("hnp.patrol_radius_cells", 12, 0, 100, "cells", "assumption (~1.2 km)",
                        "Radius around a police station that its patrols cover"));
    }

    // ---- static world ----
    public final Scenario scenario;
    /** Serialised with the world (a checkpoint restarts without reloading the map); its router cache is transient. */
    public final City city;
    public final Civilians civ;
    public final long seed;
    public final int width, height, cells;
    public final double ppa;
    public final double[] residents;
    public final double totalResidents;
    private final int bw, bh;
    private final int[] communeCode;
    /** Iterated in metric sums, so its order must survive a checkpoint: see {@link hsim.model.core.SerialMaps}. */
    private transient Map<Integer, Integer> communeIndex = new HashMap<>();
    /** communeIndex of each cell's commune (-1 none): civilians look it up daily, and a boxed map lookup was a hot spot. */
    private final int[] communeIndexOfCell;

    // ---- mechanisms ----
    public final Operations ops;
    public final EpsteinRule epstein;
    public final Cholera cholera;
    public final Hardship hardship;
    public final Legitimacy legitimacy;
    public final Displacement displacement;
    public final Engagement engagement;
    public final GangEconomy economy;
    public final Territory territory;
    public final List<GangCell> gangs;
    public final PoliceForce hnp;
    public final ForeignForce force;
    public final SpecialForce special;
    /** Where today's security day placed the forces (recorded for observers; no rule reads it). */
    public final Deployment deployment = new Deployment();
    public final TrainingMission training;
    public final Checkpoint checkpoint;
    public final SupplyNetwork supply;
    public final CriticalSite port, airport, varreux;
    public final List<CriticalSite> sites = new ArrayList<>();
    private final List<Facility> stations;
    private final double hnpRestraint;
    private final int patrolRadius;
    private final VarreuxRetake varreuxRetake; // calibration hook (scheduled retake of Varreux), see VarreuxRetake

    // ---- fields ----
    public final float[] violence, harm, secPresence, gangPresence, visionSec, visionGang;
    private final boolean[] careAccess;
    /** The gang that held a cell before security forces cleared it (-1 none): it comes back when nobody holds the ground. */
    private final int[] formerOwner;
    private final float[] blockInf, blockAlive;
    private double metroInfShare;
    final double[] waterMet, foodMet, safeWater, fuelMet;

    // ---- state of the day ----
    private int[][] gangCells = new int[0][];
    private double[] gangResidents = new double[0];
    private double[] gangOtherIncome = new double[0];
    private double[] gangWilling = new double[0];
    private double[] gangLegitimacy = new double[0];
    private double hnpGuardsPerSite, escortStrengthHnp, escortStrengthForce;
    private final double[] hnpLossRing = new double[30];
    private int hnpLossPos;
    public boolean corridorsOpen;
    public boolean conditionsMet;
    private transient IntentBuffer intents;
    private final RngStream rng;

    // ---- counters (people unless noted) ----
    public final double[] civKilledBy = new double[3], civInjuredBy = new double[3];
    public double recruitsCum, arrestsCum, gangKilledCum, choleraCasesCum, choleraDeathsCum, leadersRemovedCum;
    public double fuelNeedMetToday;

    public Metro(Scenario sc, City city, Civilians civ, long seed) {
        this.scenario = sc;
        this.city = city;
        this.civ = civ;
        this.seed = seed;
        this.width = city.width();
        this.height = city.height();
        this.cells = city.cells();
        this.ppa = civ.peoplePerAgent();
        this.rng = new RngStream(seed);
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
        waterMet = new double[k];
        foodMet = new double[k];
        safeWater = new double[k];
        fuelMet = new double[k];
        java.util.Arrays.fill(waterMet, 1);
        java.util.Arrays.fill(foodMet, 1);
        java.util.Arrays.fill(safeWater, 0.8);
        java.util.Arrays.fill(fuelMet, 1);
        bw = (width + BLOCK - 1) / BLOCK;
        bh = (height + BLOCK - 1) / BLOCK;
        blockInf = new float[bw * bh];
        blockAlive = new float[bw * bh];
        violence = new float[cells];
        harm = new float[cells];
        secPresence = new float[cells];
        gangPresence = new float[cells];
        visionSec = new float[cells];
        visionGang = new float[cells];
        careAccess = new boolean[cells];
        formerOwner = new int[cells];
        java.util.Arrays.fill(formerOwner, -1);

        ops = Operations.from(sc);
        epstein = EpsteinRule.from(sc);
        cholera = new Cholera(Cholera.from(sc));
        hardship = new Hardship(Hardship.from(sc));
        legitimacy = new Legitimacy(Legitimacy.from(sc));
        displacement = new Displacement(Displacement.from(sc));
        engagement = new Engagement(Engagement.from(sc));
        economy = new GangEconomy(GangEconomy.from(sc));
        territory = new Territory(width, height, Territory.from(sc));
        hnp = new PoliceForce(PoliceForce.from(sc));
        force = new ForeignForce(ForeignForce.from(sc));
        special = new SpecialForce(SpecialForce.from(sc));
        training = new TrainingMission(TrainingMission.from(sc));
        checkpoint = new Checkpoint(Checkpoint.from(sc));
        hnpRestraint = sc.number("hnp.roe_restraint");
        patrolRadius = sc.integer("hnp.patrol_radius_cells");
        stations = city.facilities(FacilityKind.POLICE_STATION);

        port = site("port", FacilityKind.SEAPORT, "apn_port");
        airport = site("airport", FacilityKind.AIRPORT, "airport");
        varreux = site("varreux", FacilityKind.FUEL_TERMINAL, "varreux_terminal");

        rng.reset(0, -1, P_INIT);
        gangs = GangRoster.build(GangRoster.from(sc), city, residents, territory, rng);
        // a site is either blockaded (held by the nearest gang) or open (held by the state), whatever the territory growth did
        if (varreux != null) { if (sc.flag("gangs.varreux_blockaded_at_start")) blockade(varreux); else clearRadius(varreux.cell(), 3, -1); }
        if (port != null) { if (sc.flag("gangs.port_held_at_start")) blockade(port); else clearRadius(port.cell(), 3, -1); }
        if (airport != null) clearRadius(airport.cell(), 4, -1); // the airport kept operating in Oct 2022
        java.util.Arrays.fill(formerOwner, -1); // the starting map is not ground "cleared" by an operation
        supply = new SupplyNetwork(SupplySettings.from(sc), checkpoint, city, residents);
        varreuxRetake = new VarreuxRetake(sc);
        populate();
        indexTerritory();
        rebuildPresence();
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

    /** Gives the area around a site to the gang whose base is nearest: the blockade of Oct 2022. */
    private void blockade(CriticalSite s) {
        GangCell best = null;
        double bd = Double.MAX_VALUE;
        for (GangCell g : gangs) {
            double d = dist(g.baseCell, s.cell());
            if (d < bd) { bd = d; best = g; }
        }
        if (best != null) setRadius(s.cell(), 3, best.id);
    }

    /** Civilians at home cells drawn from the population grid; the first cholera cases; the displaced of Oct 2022. */
    private void populate() {
        int agents = (int) Math.round(totalResidents / ppa);
        int[] homes = city.homeCells(agents, Rng.derive(seed, 1));
        Hardship.Settings hs = hardship.settings();
        for (int i = 0; i < agents; i++) {
            rng.reset(i, -1, P_INIT);
            float base = (float) baseline(i);
            float l = (float) legitimacy.settings().initial();
            civ.add(homes[i], base, territory.owner(homes[i]) >= 0 ? l - 0.1f : l, (float) rng.nextDouble());
        }
        // first cholera cases in the commune of the Varreux terminal (Cite Soleil; WHO DON 12 Oct 2022)
        int sick = (int) Math.ceil(cholera.settings().initialInfectedPeople() / ppa);
        int commune = varreux != null ? varreux.facility.commune() : -1;
        for (int i = 0; i < civ.size() && sick > 0; i++) {
            if (commune < 0 || communeCode[civ.homeCell(i)] == commune) {
                civ.setCholera(i, sick % 3 == 0 ? Cholera.SYMPTOMATIC : Cholera.EXPOSED);
                sick--;
            }
        }
        // displaced: residents of gang-held cells, moved to a safer cell nearby
        int displaced = (int) Math.round(displacement.settings().initialDisplacedPeople() / ppa);
        for (int i = 0; i < civ.size() && displaced > 0; i++) {
            if (territory.owner(civ.homeCell(i)) < 0) continue;
            rng.reset(i, -1, P_FLEE);
            if (rng.nextDouble() > 0.2) continue;
            int to = refuge(i, civ.homeCell(i), rng);
            if (to < 0) continue;
            civ.setCell(i, to);
            civ.set(i, Civilians.DISPLACED, true);
            displaced--;
        }
    }

    /** Chronic hardship of agent i: a fixed draw, recomputed from the counter-based stream. */
    double baseline(int i) {
        return Rng.uniform(seed, i, -1, P_BASE, 0) * hardship.settings().baselineMax();
    }

    // ---- helpers ----

    double dist(int a, int b) {
        return StrictMath.hypot(a % width - b % width, a / width - b / width);
    }

    void setRadius(int center, int r, int owner) {
        int cx = center % width, cy = center / width;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int c = y * width + x;
                if (city.isLand(c) && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) territory.set(c, owner);
            }
        }
    }

    /** Clears gang {@code g}'s control (or any gang's when g < 0) within r of center. */
    void clearRadius(int center, int r, int g) {
        int cx = center % width, cy = center / width;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int c = y * width + x;
                int o = territory.owner(c);
                if (o >= 0 && (g < 0 || o == g) && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    territory.set(c, Territory.STATE);
                    formerOwner[c] = o;
                }
            }
        }
    }

    void addViolence(int center, double intensity, int r) {
        int cx = center % width, cy = center / width;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int c = y * width + x;
                violence[c] = (float) Math.min(1, violence[c] + intensity);
            }
        }
    }

    /** A safer cell for agent i fleeing from cell c, or -1. */
    int refuge(int i, int c, RngStream r) {
        int[] cand = new int[8];
        int n = 0;
        for (int k = 0; k < 24 && n < cand.length; k++) {
            int x = c % width + r.nextInt(61) - 30, y = c / width + r.nextInt(61) - 30;
            if (x < 0 || y < 0 || x >= width || y >= height) continue;
            int t = y * width + x;
            if (residents[t] > 0 && territory.owner(t) < 0) cand[n++] = t;
        }
        if (n == 0) return -1;
        double[] v = new double[n], crowd = new double[n];
        for (int k = 0; k < n; k++) { v[k] = violence[cand[k]]; crowd[k] = visionGang[cand[k]]; }
        int k = displacement.chooseAmong(n, v, crowd);
        return k < 0 ? -1 : cand[k];
    }

    public GangCell gang(int id) { return gangs.get(id); }

    public int communeIndex(int code) { Integer i = communeIndex.get(code); return i == null ? -1 : i; }

    public boolean siteOpen(CriticalSite s) { return s != null && territory.owner(s.cell()) < 0; }

    /** Officer-equivalents of one foreign soldier (relative to a fully capable HNP officer). */
    double troopEquivalent() {
        return force.effectivenessPerTroopHour() / Math.max(1e-12, hnp.settings().effectivenessPerHour());
    }

    // ---- registration ----

    /** Registers this world's processes on the model. */
    public void install(HaitiModel model) {
        model.setCivilians(civ);
        // travel-time fields to every distribution point, computed once per city and cached by its router;
        // each is a deterministic Dijkstra, so computing them in parallel changes nothing but the wait
        List<Facility> targets = new ArrayList<>();
        for (SupplyNetwork.Node n : supply.allNodes()) targets.add(n.facility);
        model.parallel().forEach(targets, (f, i, chunk) -> city.router().minutesTo(f));
        model.addProcess("metro.fields", Rate.daily(), ProcessOrder.INDEX, (m, h) -> dayStart(m.day()));
        model.addProcess("metro.civilians", Rate.daily(), ProcessOrder.PEOPLE,
                (m, h) -> m.parallel().forEach(civ.size(), new CivilianDay(this), intents()));
        model.addProcess("metro.civilian_intents", Rate.daily(), ProcessOrder.RESOLVE, (m, h) -> resolveCivilians(h));
        model.addProcess("metro.gangs", Rate.daily().atHour(2), ProcessOrder.GANGS, (m, h) -> gangDay(m.day(), h));
        model.addProcess("metro.security", Rate.daily().atHour(3), ProcessOrder.SECURITY, (m, h) -> securityDay(m.day(), h));
        model.addProcess("metro.dispatch", Rate.daily().atHour(6), ProcessOrder.SUPPLY, (m, h) -> dispatch(h));
        model.addProcess("metro.convoys", Rate.hourly(), ProcessOrder.SUPPLY + 1, (m, h) -> {
            rng.reset(1, h, P_SUP);
            supply.hour(roads, rng);
        });
        model.addProcess("metro.distribution", Rate.daily().atHour(23), ProcessOrder.SUPPLY + 2, (m, h) -> supply.distribute());
    }

    IntentBuffer intents() {
        if (intents == null) intents = new IntentBuffer();
        return intents;
    }

    // ---- INDEX: start of day ----

    void dayStart(int day) {
        supply.newDay();
        double keep = StrictMath.pow(0.5, 1 / ops.violenceHalfLifeDays());
        for (int c = 0; c < cells; c++) {
            violence[c] *= (float) keep;
            harm[c] *= (float) keep;
            if (territory.owner(c) >= 0 && violence[c] < ops.ruleViolence()) violence[c] = (float) ops.ruleViolence();
        }
        // needs met by commune, from last night's distribution
        for (Map.Entry<Integer, Integer> e : communeIndex.entrySet()) {
            SupplyNetwork.Node wp = supply.waterPointOf(e.getKey());
            if (wp == null) continue;
            int i = e.getValue();
            waterMet[i] = supply.waterMet(wp);
            foodMet[i] = supply.foodMet(wp);
            safeWater[i] = supply.safeWater(wp);
            fuelMet[i] = wp.met(Cargo.FUEL);
        }
        // distribution points close when unsafe; origins when a gang holds them
        double unsafe = supply.settings().unsafeViolence();
        for (SupplyNetwork.Node n : supply.allNodes()) n.open = violence[n.facility.cell()] < unsafe;
        for (SupplyNetwork.Origin o : supply.origins) o.open = territory.owner(o.facility.cell()) < 0;
        careAccess();
        // cholera prevalence by block and metro-wide
        java.util.Arrays.fill(blockInf, 0);
        java.util.Arrays.fill(blockAlive, 0);
        double inf = 0, alive = 0;
        for (int i = 0; i < civ.size(); i++) {
            if (!civ.alive(i)) continue;
            int c = civ.cell(i), b = (c / width / BLOCK) * bw + (c % width) / BLOCK;
            float w = (float) cholera.infectiousness(civ.cholera(i));
            blockInf[b] += w;
            blockAlive[b] += 1;
            inf += w;
            alive++;
        }
        metroInfShare = alive > 0 ? inf / alive : 0;
        indexTerritory();
    }

    /** For each populated cell, the hospitals within reach (indices into supply.hospitals); built once. */
    private transient int[][] hospitalsInReach;

    private void careAccess() {
        List<SupplyNetwork.Node> hs = supply.hospitals;
        if (hospitalsInReach == null) {
            hospitalsInReach = new int[cells][];
            List<float[]> fields = new ArrayList<>();
            for (SupplyNetwork.Node h : hs) fields.add(city.router().minutesTo(h.facility));
            int[] buf = new int[hs.size()];
            for (int c = 0; c < cells; c++) {
                if (residents[c] <= 0) continue;
                int n = 0;
                for (int k = 0; k < fields.size(); k++) if (fields.get(k)[c] <= ops.careMaxMinutes()) buf[n++] = k;
                hospitalsInReach[c] = java.util.Arrays.copyOf(buf, n);
            }
        }
        boolean[] functioning = new boolean[hs.size()];
        for (int k = 0; k < hs.size(); k++) {
            SupplyNetwork.Node h = hs.get(k);
            functioning[k] = h.open && !h.stock.get(Cargo.MEDICAL).isEmpty() && !h.stock.get(Cargo.FUEL).isEmpty();
        }
        // careAccess depends only on which hospitals function; most days none changes, so skip the cell sweep
        if (java.util.Arrays.equals(functioning, functioningCached)) return;
        functioningCached = functioning;
        for (int c = 0; c < cells; c++) {
            boolean ok = false;
            int[] reach = hospitalsInReach[c];
            if (reach != null) for (int k : reach) if (functioning[k]) { ok = true; break; }
            careAccess[c] = ok;
        }
    }

    /** The hospitals' functioning flags careAccess was last computed from (null before the first day). */
    private transient boolean[] functioningCached;

    /** Per-gang cell lists, residents, and the gang-presence fields. */
    void indexTerritory() {
        int n = gangs.size();
        int[] owner = territory.owners();
        int[] count = new int[n];
        gangResidents = new double[n];
        if (gangOtherIncome.length < n) gangOtherIncome = java.util.Arrays.copyOf(gangOtherIncome, n);
        if (gangWilling.length < n) gangWilling = java.util.Arrays.copyOf(gangWilling, n);
        for (int c = 0; c < cells; c++) {
            int o = owner[c];
            if (o < 0) continue;
            count[o]++;
            gangResidents[o] += residents[c];
        }
        gangCells = new int[n][];
        for (int i = 0; i < n; i++) gangCells[i] = new int[count[i]];
        int[] fill = new int[n];
        for (int c = 0; c < cells; c++) if (owner[c] >= 0) gangCells[owner[c]][fill[owner[c]]++] = c;
        for (GangCell g : gangs) g.territoryCells = count[g.id];
        float[] per = new float[n];
        for (GangCell g : gangs) per[g.id] = g.alive && g.territoryCells > 0 ? (float) (g.armed() / g.territoryCells) : 0f;
        for (int c = 0; c < cells; c++) gangPresence[c] = owner[c] >= 0 ? per[owner[c]] : 0f;
        BoxSum.apply(gangPresence, visionGang, width, height, ops.visionCells());
    }

    // ---- PEOPLE: what one civilian reads ----

    int block(int cell) { return (cell / width / BLOCK) * bw + (cell % width) / BLOCK; }

    double localInfectiousShare(int cell) {
        int b = block(cell);
        return blockAlive[b] > 0 ? blockInf[b] / blockAlive[b] : 0;
    }

    double metroInfectiousShare() { return metroInfShare; }

    boolean treated(int cell) { return careAccess[cell]; }

    double protection(int cell) { return Math.min(1, visionSec[cell] / ops.protectionReference()); }

    /** Willing recruits (people) an active civilian agent offers per day. */
    double willingPerActiveAgent() { return ppa * ops.recruitableShare() * ops.joinPerDay(); }

    // ---- RESOLVE: civilian intents in id order ----

    void resolveCivilians(long hour) {
        IntentBuffer b = intents();
        java.util.Arrays.fill(gangWilling, 0);
        for (int k = 0, n = b.size(); k < n; k++) {
            int actor = b.actor(k), kind = b.kind(k), target = b.target(k);
            double amount = b.amount(k);
            switch (kind) {
                case RECRUIT -> { if (target < gangWilling.length) gangWilling[target] += amount; }
                case CASE -> choleraCasesCum += ppa;
                case CHOLERA_DEATH -> choleraDeathsCum += ppa;
                case FLEE -> {
                    rng.reset(actor, hour, P_FLEE);
                    int to = refuge(actor, civ.cell(actor), rng);
                    if (to >= 0) {
                        civ.setCell(actor, to);
                        civ.set(actor, Civilians.DISPLACED, true);
                    }
                }
                default -> { }
            }
        }
        b.clear();
    }

    // ---- GANGS ----

    void gangDay(int day, long hour) {
        int n = gangs.size(); // territory lists are from this morning's index
        for (int i = 0; i < n; i++) {
            GangCell g = gangs.get(i);
            if (!g.alive) continue;
            double extortion = g.containedDays > 0 ? 1 - special.settings().containmentIncomeCut() : 1;
            GangEconomy.Day d = economy.day(g, gangResidents[i], gangOtherIncome[i], extortion);
            gangOtherIncome[i] = 0;
            double hires = Math.min(gangWilling[i], d.recruitPlaces());
            if (hires > 0) { economy.hire(g, hires); recruitsCum += hires; }
            territory.recover(g);
            if (g.containedDays > 0) g.containedDays--;
            // Epstein's arrest rule, scaled: security and gang members within vision around the gang's ground
            int[] cl = gangCells[i];
            if (cl.length > 0) {
                rng.reset(i, hour, P_GANG);
                double cSum = 0, aSum = 0;
                int samples = Math.min(20, cl.length);
                for (int k = 0; k < samples; k++) {
                    int c = cl[rng.nextInt(cl.length)];
                    cSum += visionSec[c];
                    aSum += visionGang[c];
                }
                double p = epstein.arrestProbability(cSum / samples, aSum / samples);
                double arrests = g.members * ops.arrestRatePerDay() * p;
                g.members -= arrests;
                g.weapons = Math.max(0, g.weapons - arrests * 0.5);
                arrestsCum += arrests;
            }
        }
        // organisation: splits and dissolutions
        for (int i = 0; i < n; i++) {
            GangCell g = gangs.get(i);
            if (!g.alive) continue;
            switch (territory.fate(g)) {
                case DISSOLVES -> { territory.release(g.id); g.alive = false; g.members = 0; g.weapons = 0; }
                case SPLITS -> split(g, hour);
                case HOLDS -> { }
            }
        }
        reinfiltration(hour);
        expansion(hour);
        attacks(day, hour);
    }

    /** Cleared ground that no security force holds goes back to the gang that held it. */
    private void reinfiltration(long hour) {
        rng.reset(4, hour, P_GANG);
        double p = ops.reinfiltrationPerDay(), hold = ops.holdPresence();
        for (int c = 0; c < cells; c++) {
            int g = formerOwner[c];
            if (g < 0) continue;
            if (territory.owner(c) >= 0 || !gangs.get(g).alive) { formerOwner[c] = -1; continue; }
            if (visionSec[c] < hold && rng.nextDouble() < p) {
                territory.set(c, g);
                formerOwner[c] = -1;
            }
        }
    }

    private void split(GangCell g, long hour) {
        int[] cl = gangCells[g.id];
        if (cl.length < 2) return;
        int far = g.baseCell;
        double fd = -1;
        for (int c : cl) { double d = dist(c, g.baseCell); if (d > fd) { fd = d; far = c; } }
        GangCell h = new GangCell(gangs.size(), g.name + "/split", g.coalition, far, g.members / 2, g.weapons / 2,
                g.ammunition / 2, g.cashUsd / 2);
        g.members /= 2; g.weapons /= 2; g.ammunition /= 2; g.cashUsd /= 2;
        g.cohesion = 0.6;
        h.cohesion = 0.6;
        gangs.add(h);
        territory.split(g.id, h.id, g.baseCell, far);
        indexTerritory();
    }

    Engagement.Side gangSide(GangCell g, double mult, boolean defending) {
        double f = g.strength(economy.settings().roundsPerFighter()) * ops.gangLocalShare() * mult;
        return new Engagement.Side(Math.max(0, f), ops.gangEffectivenessPerHour(), defending ? ops.gangCover() : 0.05, 0);
    }

    Engagement.Side hnpSide(double officers, boolean defending) {
        return new Engagement.Side(Math.max(0, officers), hnp.effectivenessPerOfficerHour(), defending ? 0.3 : 0.1, hnpRestraint);
    }

    Engagement.Side forceSide(double troops, boolean defending) {
        return new Engagement.Side(Math.max(0, troops), force.effectivenessPerTroopHour(), defending ? 0.5 : 0.2,
                force.settings().roeRestraint());
    }

    /** Runs an engagement at a cell and books its casualties; gangs a/b are -1 for security sides. */
    Engagement.Result fight(int cell, Engagement.Side a, Engagement.Side b, int gangA, int gangB, int cause, boolean securityA,
                            boolean foreignA, boolean foreignB) {
        double density = residents[cell] / Math.max(1e-9, city.cellAreaKm2(cell / width));
        Engagement.Result r = engagement.fight(a, b, ops.operationHours(), density, rng::nextDouble);
        civKilledBy[cause] += r.civiliansKilled();
        civInjuredBy[cause] += r.civiliansInjured();
        bookLosses(gangA, a.fighters(), r.lossesA(), foreignA, a.fighters() > 0 && gangA < 0);
        bookLosses(gangB, b.fighters(), r.lossesB(), foreignB, b.fighters() > 0 && gangB < 0);
        if (gangA >= 0) economy.expend(gangs.get(gangA), a.fighters(), r.hours());
        if (gangB >= 0) economy.expend(gangs.get(gangB), b.fighters(), r.hours());
        double casualties = r.lossesA() + r.lossesB() + r.civiliansKilled() + r.civiliansInjured();
        addViolence(cell, Math.min(1, 0.05 + casualties / 40), 2);
        if (securityA) {
            int cx = cell % width, cy = cell / width;
            for (int y = Math.max(0, cy - 4); y <= Math.min(height - 1, cy + 4); y++)
                for (int x = Math.max(0, cx - 4); x <= Math.min(width - 1, cx + 4); x++)
                    harm[y * width + x] = (float) Math.min(1, harm[y * width + x] + (r.civiliansKilled() + r.civiliansInjured()) / 5);
        }
        return r;
    }

    private void bookLosses(int gang, double fighters, double losses, boolean foreign, boolean security) {
        if (losses <= 0) return;
        double killed = losses * ops.killedShareFighters();
        if (gang >= 0) {
            GangCell g = gangs.get(gang);
            // the killed and a share of the wounded leave the gang; the rest scatter and come back
            g.members = Math.max(0, g.members - killed - 0.25 * (losses - killed));
            g.weapons = Math.max(0, g.weapons - losses * 0.4);
            gangKilledCum += killed;
        } else if (foreign) {
            force.casualties(killed, losses - killed);
            force.troops += losses - killed; // the wounded are replaced from the rear
        } else if (security) {
            hnp.casualties(killed, losses - killed);
            hnp.officers += (losses - killed) * 0.7; // most wounded officers return to duty
            hnpLossRing[hnpLossPos] += losses;
        }
    }

    private void expansion(long hour) {
        boolean[] land = landMask();
        int[] out = new int[4];
        for (int i = 0; i < gangs.size(); i++) {
            GangCell g = gangs.get(i);
            if (!g.alive || g.containedDays > 0) continue;
            int[] cl = gangCells[i];
            if (cl.length == 0) continue;
            rng.reset(i, hour, P_GANG + 1);
            // bigger gangs push on more fronts, less than in proportion to their size
            double mean = territory.settings().expansionAttemptsPerDay() * Math.sqrt(g.strength(economy.settings().roundsPerFighter()) / 50.0);
            int attempts = (int) Engagement.poisson(mean, rng::nextDouble);
            for (int a = 0; a < attempts; a++) {
                int from = cl[rng.nextInt(cl.length)];
                int n = territory.frontier(from, i, land, out);
                if (n == 0) continue;
                int target = out[rng.nextInt(n)];
                int o = territory.owner(target);
                Engagement.Side att = gangSide(g, 1, false);
                if (o >= 0) {
                    GangCell d = gangs.get(o);
                    if (!g.coalition.rivalOf(d.coalition) || !d.alive) continue;
                    Engagement.Result r = fight(target, att, gangSide(d, 1, true), i, o, GANG_CLASHES, false, false, false);
                    if (r.aWon()) territory.set(target, i);
                } else {
                    double def = visionSec[target];
                    if (def < 1) {
                        double p = Territory.captureProbability(att.fighters(), ops.residentResistance());
                        if (rng.nextDouble() < p) { territory.set(target, i); addViolence(target, 0.1, 1); }
                    } else {
                        Engagement.Side hs = hnpSide(Math.min(def, hnp.officers * 0.05), true);
                        if (att.fighters() * att.effectiveness() <= hs.fighters() * hs.effectiveness()) continue;
                        Engagement.Result r = fight(target, att, hs, i, -1, GANG_ATTACKS, false, false, false);
                        if (r.aWon()) territory.set(target, i);
                    }
                }
            }
        }
    }

    private transient boolean[] landMask;

    private boolean[] landMask() {
        if (landMask == null) {
            landMask = new boolean[cells];
            for (int c = 0; c < cells; c++) landMask[c] = city.isLand(c);
        }
        return landMask;
    }

    /** The strongest living gang with ground within r cells of {@code cell}, or -1. */
    int strongestNear(int cell, int r) {
        int cx = cell % width, cy = cell / width, best = -1;
        double bs = 0;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int o = territory.owner(y * width + x);
                if (o < 0) continue;
                GangCell g = gangs.get(o);
                double s = g.alive ? g.strength(economy.settings().roundsPerFighter()) : 0;
                if (s > bs) { bs = s; best = o; }
            }
        }
        return best;
    }

    private void attacks(int day, long hour) {
        rng.reset(2, hour, P_GANG);
        for (CriticalSite s : sites) {
            if (territory.owner(s.cell()) >= 0) continue;
            int g = strongestNear(s.cell(), 15);
            if (g < 0 || rng.nextDouble() >= ops.siteAttackPerDay()) continue;
            Engagement.Side def = s.foreignHeld ? forceSide(ops.forceTroopsPerSite(), true) : hnpSide(hnpGuardsPerSite, true);
            Engagement.Result r = fight(s.cell(), gangSide(gangs.get(g), 1.5, false), def, g, -1, GANG_ATTACKS, false, false, s.foreignHeld);
            if (r.aWon()) {
                setRadius(s.cell(), 3, g);
                s.foreignHeld = false;
            }
        }
        double perStation = stations.isEmpty() ? 0 : hnp.officers * ops.hnpOnDutyShare() * ops.hnpPatrolShare() / stations.size();
        for (Facility st : stations) {
            if (territory.owner(st.cell()) >= 0) continue;
            int g = strongestNear(st.cell(), 6);
            if (g < 0 || rng.nextDouble() >= ops.postAttackPerDay()) continue;
            Engagement.Result r = fight(st.cell(), gangSide(gangs.get(g), 1, false), hnpSide(perStation * 0.3, true), g, -1,
                    GANG_ATTACKS, false, false, false);
            if (r.aWon()) setRadius(st.cell(), 2, g);
        }
    }

    // ---- SECURITY ----

    void securityDay(int day, long hour) {
        rng.reset(3, hour, P_SEC);
        TrainingMission.Effect te = training.effect(day);
        double recent = 0;
        for (double v : hnpLossRing) recent += v;
        hnpLossPos = (hnpLossPos + 1) % hnpLossRing.length;
        hnpLossRing[hnpLossPos] = 0;
        double support = force.present() ? Math.min(1, force.troops / 1000.0) : 0;
        hnp.day(recent / Math.max(1, hnp.officers), support, te.trainingBoost(), te.throughputFactor(), te.retention());
        force.day(day, siteOpen(airport) || airport == null, conditionsMet);

        double onDuty = hnp.officers * ops.hnpOnDutyShare();
        int stateSites = 0;
        for (CriticalSite s : sites) if (territory.owner(s.cell()) < 0) stateSites++;
        boolean escortsWanted = !ops.escortPolicy().equals("none");
        double convoys = escortsWanted ? Math.max(5, supply.convoysOnRoad()) : 0;
        double[] alloc = Tasking.allocate(onDuty, ops.guardOfficersPerSite() * stateSites, onDuty * ops.hnpResponseShare(),
                convoys * ops.escortOfficersPerConvoy(), onDuty * ops.hnpPatrolShare());
        hnpGuardsPerSite = stateSites == 0 ? 0 : alloc[Tasking.Duty.HOLD_FACILITIES.ordinal()] / stateSites;
        escortStrengthHnp = convoys == 0 ? 0 : alloc[Tasking.Duty.ESCORT.ordinal()] / convoys * hnp.quality();
        double offensive = alloc[Tasking.Duty.OFFENSIVE.ordinal()];

        double maneuver = 0;
        if (force.present()) {
            int guarded = 0;
            for (CriticalSite s : sites) if (s.foreignHeld) guarded++;
            maneuver = Math.max(0, force.troops - guarded * ops.forceTroopsPerSite());
            escortStrengthForce = corridorsOpen || maneuver > 0 ? ops.escortTroopsPerConvoy() * troopEquivalent() : 0;
            maneuver = foreignOperations(maneuver);
        } else {
            escortStrengthForce = 0;
            for (CriticalSite s : sites) s.foreignHeld = false;
        }
        hnpOperations(offensive, maneuver);
        specialForce(day);
        handover(day);
        conditionsMet = true;
        for (CriticalSite s : sites) if (territory.owner(s.cell()) >= 0 || s.foreignHeld) conditionsMet = false;
        varreuxRetake.apply(this, day); // calibration hook: holds or clears Varreux on a scheduled day
        rebuildPresence();
        gangLegitimacy();
    }

    // ---- calibration hook (VarreuxRetake) ----
    void blockadeSite(CriticalSite s) { s.foreignHeld = false; s.handedOver = false; blockade(s); }

    void clearSite(CriticalSite s) { clearRadius(s.cell(), 3, -1); }

    private boolean secured(CriticalSite s) {
        return s == null || territory.owner(s.cell()) < 0 && (s.foreignHeld || s.handedOver);
    }

    /** The rapid force's operations in the proposal's order; returns the troops left for joint operations. */
    private double foreignOperations(double maneuver) {
        int opsLeft = (int) ops.forceOpsPerDay();
        while (opsLeft > 0 && maneuver >= 1) {
            Mandate.Task task = Mandate.current(secured(port), secured(airport), secured(varreux), corridorsOpen);
            CriticalSite target = switch (task) {
                case SECURE_PORT -> port;
                case SECURE_AIRPORT -> airport;
                case SECURE_VARREUX -> varreux;
                default -> null;
            };
            if (target != null) {
                int holder = territory.owner(target.cell());
                if (holder < 0) {
                    target.foreignHeld = true;
                    continue; // taking over the guard of a state-held site costs no operation
                }
                double troops = Math.min(maneuver, ops.forceOpSize());
                Engagement.Result r = fight(target.cell(), forceSide(troops, false), gangSide(gangs.get(holder), 1.5, true), -1, holder,
                        SECURITY_OPERATIONS, true, true, false);
                opsLeft--;
                if (r.aWon()) {
                    clearRadius(target.cell(), 6, -1);
                    target.foreignHeld = true;
                    maneuver -= ops.forceTroopsPerSite();
                }
                continue;
            }
            if (task == Mandate.Task.OPEN_CORRIDORS) {
                int cell = gangCellOnCorridors();
                if (cell < 0) { corridorsOpen = true; continue; }
                int holder = territory.owner(cell);
                Engagement.Result r = fight(cell, forceSide(Math.min(maneuver, ops.forceOpSize()), false),
                        gangSide(gangs.get(holder), 1, true), -1, holder, SECURITY_OPERATIONS, true, true, false);
                opsLeft--;
                if (r.aWon()) clearRadius(cell, ops.clearRadius(), holder);
                continue;
            }
            break; // SUPPORT_HNP: the rest joins HNP operations
        }
        if (corridorsOpen && gangCellOnCorridors() >= 0) corridorsOpen = false;
        return maneuver;
    }

    /** The first gang-held cell on the routes from Varreux and the port, or -1. */
    private int gangCellOnCorridors() {
        for (CriticalSite s : new CriticalSite[] {varreux, port}) {
            if (s == null) continue;
            for (int[] route : supply.routesFrom(s.facility)) for (int c : route) if (territory.owner(c) >= 0) return c;
        }
        return -1;
    }

    private void hnpOperations(double offensive, double foreignTroops) {
        int n = (int) Math.min(ops.hnpOpsPerDayMax(), Math.floor(offensive / ops.hnpOpSize()));
        int forceOps = foreignTroops >= 1 ? (int) ops.forceOpsPerDay() : 0;
        n = Math.max(n, forceOps);
        for (int k = 0; k < n; k++) {
            int target = -1;
            for (CriticalSite s : sites) if (territory.owner(s.cell()) >= 0) { target = s.cell(); break; }
            if (target < 0) target = frontierNearStation();
            if (target < 0) return;
            int holder = territory.owner(target);
            double officers = Math.min(ops.hnpOpSize(), offensive);
            offensive -= officers;
            double troops = forceOps > k ? Math.min(ops.forceOpSize(), foreignTroops / Math.max(1, forceOps)) : 0;
            Engagement.Result r;
            if (troops > 0) {
                r = fight(target, forceSide(troops + officers * hnp.quality() / Math.max(1e-9, troopEquivalent()), false),
                        gangSide(gangs.get(holder), 1, true), -1, holder, SECURITY_OPERATIONS, true, true, false);
            } else if (officers >= 1) {
                r = fight(target, hnpSide(officers, false), gangSide(gangs.get(holder), 1, true), -1, holder,
                        SECURITY_OPERATIONS, true, false, false);
            } else {
                return;
            }
            if (r.aWon()) clearRadius(target, ops.clearRadius(), holder);
        }
    }

    /** A gang cell near a state-held police station, chosen at random among stations. */
    private int frontierNearStation() {
        if (stations.isEmpty()) return -1;
        int start = rng.nextInt(stations.size());
        for (int k = 0; k < stations.size(); k++) {
            Facility st = stations.get((start + k) % stations.size());
            if (territory.owner(st.cell()) >= 0) return st.cell();
            int cx = st.x(), cy = st.y();
            for (int r = 1; r <= 25; r++) {
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        if (Math.max(Math.abs(dx), Math.abs(dy)) != r) continue;
                        int x = cx + dx, y = cy + dy;
                        if (x < 0 || y < 0 || x >= width || y >= height) continue;
                        int c = y * width + x;
                        if (territory.owner(c) >= 0 && gangs.get(territory.owner(c)).alive) return c;
                    }
                }
            }
        }
        return -1;
    }

    private void specialForce(int day) {
        deployment.clearRaids();
        if (!special.active(day)) return;
        int raids = (int) Engagement.poisson(special.raidsPerDay(day), rng::nextDouble);
        for (int k = 0; k < raids; k++) {
            GangCell target = null;
            for (GangCell g : gangs) {
                if (!g.alive || !g.leaderPresent) continue;
                if (target == null || g.members > target.members) target = g;
            }
            if (target == null) break;
            deployment.raided(target.id);
            special.raidsCum++;
            double intel = special.intelligence(target.id < gangLegitimacy.length ? gangLegitimacy[target.id] : 0);
            if (rng.nextDouble() < special.raidSuccess(intel)) {
                territory.leaderLost(target, day);
                target.members = Math.max(0, target.members - 10);
                target.weapons = Math.max(0, target.weapons - 20);
                special.raidsSucceededCum++;
                special.leadersRemovedCum++;
                leadersRemovedCum++;
                addViolence(target.baseCell, 0.2, 2);
            } else {
                Engagement.Side sf = new Engagement.Side(special.settings().teamSize(), special.settings().effectivenessPerHour(), 0.3, 0.9);
                fight(target.baseCell, sf, gangSide(target, 1, true), -1, target.id, SECURITY_OPERATIONS, true, true, false);
            }
        }
        // containment: isolate the largest gang that is not yet contained
        boolean any = false;
        for (GangCell g : gangs) if (g.alive && g.containedDays > 0) any = true;
        if (!any && special.settings().containmentDays() > 0) {
            GangCell big = null;
            for (GangCell g : gangs) if (g.alive && (big == null || g.members > big.members)) big = g;
            if (big != null) big.containedDays = special.settings().containmentDays();
        }
    }

    private void handover(int day) {
        for (CriticalSite s : sites) {
            if (!s.foreignHeld || territory.owner(s.cell()) >= 0) continue;
            int g = strongestNear(s.cell(), 15);
            double threat = g < 0 ? 0 : gangSide(gangs.get(g), 1.5, false).fighters() * ops.gangEffectivenessPerHour()
                    / hnp.settings().effectivenessPerHour();
            if (Mandate.hnpCanHold(hnpGuardsPerSite, hnp.quality(), threat, ops.holdRatio(), ops.guardOfficersPerSite() * 0.5)) {
                s.foreignHeld = false;
                s.handedOver = true;
                s.handedOverDay = day;
            }
        }
    }

    /** Security presence per cell (officer-equivalents) and its sum within vision. */
    void rebuildPresence() {
        java.util.Arrays.fill(secPresence, 0);
        deployment.clearPresence();
        double q = hnp.quality();
        double patrol = hnp.officers * ops.hnpOnDutyShare() * ops.hnpPatrolShare();
        List<Facility> held = new ArrayList<>();
        for (Facility st : stations) if (territory.owner(st.cell()) < 0) held.add(st);
        for (Facility st : held) {
            spread(st.cell(), patrolRadius, patrol / held.size() * q);
            deployment.patrol(st, patrol / held.size());
        }
        for (CriticalSite s : sites) {
            if (territory.owner(s.cell()) >= 0) continue;
            spread(s.cell(), 3, hnpGuardsPerSite * q);
            if (s.foreignHeld) {
                spread(s.cell(), 4, ops.forceTroopsPerSite() * troopEquivalent());
                deployment.guard(s.name, s.facility, ops.forceTroopsPerSite());
            }
        }
        if (force.present()) {
            int guarded = 0;
            for (CriticalSite s : sites) if (s.foreignHeld) guarded++;
            double free = Math.max(0, force.troops - guarded * ops.forceTroopsPerSite());
            double maneuver = free * troopEquivalent();
            List<int[]> routes = new ArrayList<>();
            for (CriticalSite s : new CriticalSite[] {varreux, port}) if (s != null && siteOpen(s)) routes.addAll(supply.routesFrom(s.facility));
            int total = 0;
            for (int[] r : routes) total += r.length;
            if (total > 0) deployment.escortCorridors(routes, free);
            if (total > 0) for (int[] r : routes) for (int c : r) if (territory.owner(c) < 0) secPresence[c] += (float) (maneuver / total);
        }
        BoxSum.apply(secPresence, visionSec, width, height, ops.visionCells());
    }

    /** Spreads {@code amount} evenly over the state-held land cells within r of center. */
    private void spread(int center, int r, double amount) {
        if (amount <= 0) return;
        int cx = center % width, cy = center / width, n = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                    int c = y * width + x;
                    if (!city.isLand(c) || territory.owner(c) >= 0 || (x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
                    if (pass == 0) n++;
                    else secPresence[c] += (float) (amount / n);
                }
            }
            if (n == 0) return;
        }
    }

    /** Mean legitimacy of the civilians living in each gang's territory (the special force's intelligence). */
    private void gangLegitimacy() {
        int n = gangs.size();
        double[] sum = new double[n], cnt = new double[n];
        for (int i = 0; i < civ.size(); i++) {
            if (!civ.alive(i)) continue;
            int o = territory.owner(civ.cell(i));
            if (o < 0) continue;
            sum[o] += civ.legitimacy(i);
            cnt[o]++;
        }
        gangLegitimacy = new double[n];
        for (int i = 0; i < n; i++) gangLegitimacy[i] = cnt[i] > 0 ? sum[i] / cnt[i] : 0;
    }

    // ---- SUPPLY ----

    private void dispatch(long hour) {
        rng.reset(0, hour, P_SUP);
        supply.dispatch(roads, rng);
    }

    private final Roads roads = new RoadsView();

    private final class RoadsView implements Roads, Serializable {
        private static final long serialVersionUID = 1L;

        @Override public int gangAt(int cell) {
            int o = territory.owner(cell);
            return o >= 0 && gangs.get(o).alive ? o : -1;
        }

        @Override public double checkpointStrength(int gang) {
            return Math.min(30, gangSide(gangs.get(gang), 1, false).fighters() * 0.25);
        }

        @Override public void gangIncome(int gang, double usd) {
            if (gang < gangOtherIncome.length) gangOtherIncome[gang] += usd;
        }

        @Override public double escort(Cargo cargo) {
            boolean covered = switch (ops.escortPolicy()) {
                case "all" -> true;
                case "fuel" -> cargo == Cargo.FUEL;
                default -> false;
            };
            return covered ? escortStrengthHnp + escortStrengthForce : 0;
        }
    }

    // ---- for metrics ----

    public double waterMet(int communeIdx) { return waterMet[communeIdx]; }

    public double foodMet(int communeIdx) { return foodMet[communeIdx]; }

    public double safeWater(int communeIdx) { return safeWater[communeIdx]; }

    public double fuelMet(int communeIdx) { return fuelMet[communeIdx]; }

    public int communeOfCell(int cell) { return communeCode[cell]; }

    /** The commune index (into waterMet, foodMet, ...) of the cell's commune, -1 if none. */
    public int communeIndexOfCell(int cell) { return communeIndexOfCell[cell]; }

    public Map<Integer, Integer> communeIndexMap() { return communeIndex; }

    public boolean careAccessAt(int cell) { return careAccess[cell]; }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        hsim.model.core.SerialMaps.write(out, communeIndex);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        communeIndex = hsim.model.core.SerialMaps.read(in);
    }
}
