package hsim.model.metrics;

import hsim.model.gangs.GangCell;
import hsim.model.people.Cholera;
import hsim.model.people.Civilians;
import hsim.model.security.ForeignForce;
import hsim.model.security.PoliceForce;
import hsim.model.supply.Cargo;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.CriticalSite;
import hsim.model.world.Tallies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The daily series and the end-of-run summary of a run. Names are snake_case with their unit or kind
 * in the name ({@code _share} 0..1, {@code _people}, {@code _cum} cumulative since day 1). People counts
 * are agents times people per agent. The summary repeats each column's last value, adds run means of
 * the need-met shares, casualties by cause, by-commune need met, and, when the foreign force left early
 * enough, each column on its exit day and 180 days later ("does it last?").
 */
public final class DailyMetrics implements java.io.Serializable {
    public static final List<String> COLUMNS = List.of(
            "day",
            "fuel_need_met_share", "water_need_met_share", "food_need_met_share", "medical_need_met_share",
            "safe_water_share", "care_access_share", "fuel_trucks_delivered",
            "varreux_open", "port_open", "airport_open", "critical_facilities_open", "critical_facilities_hnp_held",
            "gang_control_share", "gang_members", "gang_weapons", "gangs_active",
            "civilian_deaths_violence_cum", "civilian_deaths_violence_expected_cum", "civilian_injuries_violence_cum", "kidnappings_cum", "hijackings_cum",
            "displaced_people", "cholera_cases_cum", "cholera_deaths_cum", "cholera_symptomatic_people",
            "hnp_officers", "hnp_training", "hnp_morale", "hnp_killed_cum",
            "foreign_troops", "foreign_troop_days_cum", "foreign_killed_cum", "foreign_injured_cum",
            "special_force_killed_cum", "special_force_injured_cum",
            "mean_legitimacy", "mean_hardship", "gang_recruits_cum", "gang_arrests_cum", "gang_leaders_removed_cum",
            "gang_member_agents_people", "gang_member_deaths_cum", "jailed_people", "gang_successions_cum", "gang_splinters_cum");

    /** Columns whose run mean the summary reports as {@code <column>_mean}. */
    public static final List<String> RUN_MEANS = List.of("fuel_need_met_share", "water_need_met_share",
            "food_need_met_share", "medical_need_met_share", "safe_water_share", "gang_control_share");
    /** Columns the summary reports {@code _mean_<commune>} for each commune. */
    public static final List<String> BY_COMMUNE = List.of("fuel_need_met_share", "water_need_met_share", "food_need_met_share");
    /** Days after the force's exit at which the "does it last?" columns are read (part of their names). */
    static final int AFTER_EXIT_DAYS = 180;
    /** Columns the summary reports {@code _at_force_exit} and {@code _180d_after_exit} once the force left. */
    public static final List<String> AFTER_EXIT = List.of("gang_control_share", "gang_members", "fuel_need_met_share",
            "critical_facilities_open", "critical_facilities_hnp_held", "hnp_officers", "hnp_training",
            "civilian_deaths_violence_cum", "cholera_cases_cum", "displaced_people");

    private static final Map<String, Integer> INDEX = new java.util.HashMap<>();
    static {
        for (int k = 0; k < COLUMNS.size(); k++) INDEX.put(COLUMNS.get(k), k);
    }

    private final Readings m;
    private final List<double[]> rows = new ArrayList<>();
    private final Map<Integer, double[]> communeFuelSum = new LinkedHashMap<>();
    private final Map<Integer, double[]> communeWaterSum = new LinkedHashMap<>();
    private final Map<Integer, double[]> communeFoodSum = new LinkedHashMap<>();

    public DailyMetrics(Readings readings) { this.m = readings; }

    public List<double[]> rows() { return rows; }

    /** One day's row, filled by column name; each column exactly once. */
    private static final class Row {
        final double[] v = new double[COLUMNS.size()];
        final boolean[] set = new boolean[COLUMNS.size()];

        void put(String column, double value) {
            Integer k = INDEX.get(column);
            if (k == null) throw new IllegalArgumentException("no daily column " + column);
            if (set[k]) throw new IllegalStateException("daily column " + column + " filled twice");
            v[k] = value;
            set[k] = true;
        }

        double[] done() {
            for (int k = 0; k < set.length; k++) if (!set[k]) throw new IllegalStateException("daily column " + COLUMNS.get(k) + " not filled");
            return v;
        }
    }

    /** Records the row of day {@code day} (1-based) at the end of that day. */
    public double[] record(int day) {
        Row r = new Row();
        r.put("day", day);
        SupplyNetwork s = m.supply();
        r.put("fuel_need_met_share", SupplyNetwork.metShare(s.waterPoints, Cargo.FUEL));
        for (int code : m.communeCodes()) {
            SupplyNetwork.Node wp = s.waterPointOf(code);
            if (wp == null) continue;
            communeFuelSum.computeIfAbsent(code, x -> new double[1])[0] += wp.met(Cargo.FUEL);
        }
        r.put("medical_need_met_share", SupplyNetwork.metShare(s.hospitals, Cargo.MEDICAL));
        // water, food, safe water and care: what each living person got where they are today
        double[] t = peopleTotals();
        double alive = t[ALIVE], displaced = t[DISPLACED], symptomatic = t[SYMPTOMATIC], memberAgents = t[MEMBERS],
                jailed = t[JAILED], leg = t[LEGITIMACY], hard = t[HARDSHIP], water = t[WATER], food = t[FOOD],
                safe = t[SAFE], care = t[CARE];
        r.put("water_need_met_share", alive > 0 ? water / alive : 1);
        r.put("food_need_met_share", alive > 0 ? food / alive : 1);
        r.put("safe_water_share", alive > 0 ? safe / alive : 1);
        r.put("care_access_share", alive > 0 ? care / alive : 0);
        r.put("fuel_trucks_delivered", s.ledger().fuelTrucksDeliveredToday());
        r.put("varreux_open", m.siteOpen(m.varreux()) ? 1 : 0);
        r.put("port_open", m.siteOpen(m.port()) ? 1 : 0);
        r.put("airport_open", m.siteOpen(m.airport()) ? 1 : 0);
        int open = 0, hnpHeld = 0;
        for (CriticalSite cs : m.sites()) {
            if (m.siteOpen(cs)) { open++; if (!cs.foreignHeld) hnpHeld++; }
        }
        r.put("critical_facilities_open", open);
        r.put("critical_facilities_hnp_held", hnpHeld);
        double held = 0;
        int[] owners = m.territoryOwners();
        for (int cell = 0; cell < owners.length; cell++) if (owners[cell] >= 0) held += m.residents(cell);
        r.put("gang_control_share", m.totalResidents() > 0 ? held / m.totalResidents() : 0);
        double members = 0, weapons = 0, active = 0;
        for (GangCell g : m.gangs()) if (g.alive) { members += g.members; weapons += g.weapons; active++; }
        r.put("gang_members", members);
        r.put("gang_weapons", weapons);
        r.put("gangs_active", active);
        double killed = 0, injured = 0;
        for (int i = 0; i < m.casualtyCauses().size(); i++) { killed += m.civiliansKilled(i); injured += m.civiliansInjured(i); }
        r.put("civilian_deaths_violence_cum", killed);
        double expected = 0;
        for (int i = 0; i < m.casualtyCauses().size(); i++) expected += m.civiliansKilledExpected(i);
        r.put("civilian_deaths_violence_expected_cum", expected);
        r.put("civilian_injuries_violence_cum", injured);
        r.put("kidnappings_cum", s.ledger().kidnappedPeople());
        r.put("hijackings_cum", s.ledger().hijackedTrucks());
        double ppa = m.peoplePerAgent();
        r.put("displaced_people", displaced * ppa);
        r.put("cholera_cases_cum", m.choleraCasesCum());
        r.put("cholera_deaths_cum", m.choleraDeathsCum());
        r.put("cholera_symptomatic_people", symptomatic * ppa);
        PoliceForce hnp = m.hnp();
        r.put("hnp_officers", hnp.officers);
        r.put("hnp_training", hnp.training);
        r.put("hnp_morale", hnp.morale);
        r.put("hnp_killed_cum", hnp.killedCum);
        ForeignForce force = m.foreignForce();
        r.put("foreign_troops", force.troops);
        r.put("foreign_troop_days_cum", force.troopDays);
        r.put("foreign_killed_cum", force.killedCum);
        r.put("foreign_injured_cum", force.injuredCum);
        r.put("special_force_killed_cum", m.specialForce().killedCum);
        r.put("special_force_injured_cum", m.specialForce().injuredCum);
        r.put("mean_legitimacy", alive > 0 ? leg / alive : 0);
        r.put("mean_hardship", alive > 0 ? hard / alive : 0);
        r.put("gang_recruits_cum", m.recruitsCum());
        r.put("gang_arrests_cum", m.arrestsCum());
        r.put("gang_leaders_removed_cum", m.specialForce().leadersRemovedCum);
        r.put("gang_member_agents_people", memberAgents * ppa);
        double memberDeaths = 0;
        for (int i = 0; i < m.casualtyCauses().size(); i++) memberDeaths += m.membersKilled(i);
        r.put("gang_member_deaths_cum", memberDeaths);
        r.put("jailed_people", jailed * ppa);
        r.put("gang_successions_cum", m.successionsCum());
        r.put("gang_splinters_cum", m.splintersCum());
        double[] row = r.done();
        rows.add(row);
        return row;
    }

    private static final int ALIVE = 0, DISPLACED = 1, SYMPTOMATIC = 2, MEMBERS = 3, JAILED = 4, LEGITIMACY = 5,
            HARDSHIP = 6, WATER = 7, FOOD = 8, SAFE = 9, CARE = 10;
    /** Slot of each cell's commune in {@link Readings#communeCodes} order (-1: none), and the codes in that order. */
    private transient int[] communeSlot, slotCode;

    /**
     * One pass over the living: their counts and the sums of what they got, indexed by the constants
     * above; also books each commune's water and food met per person. Sums run in agent order, as the
     * columns always have, so the same state gives the same bits.
     */
    private double[] peopleTotals() {
        if (communeSlot == null) indexCommunes();
        Civilians c = m.civilians();
        double alive = 0, care = 0, displaced = 0, symptomatic = 0, leg = 0, hard = 0, water = 0, food = 0, safe = 0,
                memberAgents = 0, jailed = 0;
        int nc = slotCode.length;
        double[] people = new double[nc], cw = new double[nc], cf = new double[nc];
        int[] slot = communeSlot;
        for (int i = 0, n = c.size(); i < n; i++) {
            if (!c.alive(i)) continue;
            alive++;
            int cell = c.cell(i);
            double w = m.waterMet(cell), f = m.foodMet(cell);
            water += w;
            food += f;
            safe += m.safeWater(cell);
            care += m.careAccess(cell);
            int k = slot[cell];
            if (k >= 0) { people[k]++; cw[k] += w; cf[k] += f; }
            if (c.has(i, Civilians.DISPLACED)) displaced++;
            if (c.cholera(i) == Cholera.SYMPTOMATIC) symptomatic++;
            if (c.has(i, Civilians.GANG_MEMBER)) memberAgents++;
            if (c.has(i, Civilians.JAILED)) jailed++;
            leg += c.legitimacy(i);
            hard += c.hardship(i);
        }
        for (int k = 0; k < nc; k++) {
            communeWaterSum.computeIfAbsent(slotCode[k], x -> new double[1])[0] += people[k] > 0 ? cw[k] / people[k] : 1;
            communeFoodSum.computeIfAbsent(slotCode[k], x -> new double[1])[0] += people[k] > 0 ? cf[k] / people[k] : 1;
        }
        return new double[] {alive, displaced, symptomatic, memberAgents, jailed, leg, hard, water, food, safe, care};
    }

    /** The commune slot of every cell (a cell's commune is fixed by the map). */
    private void indexCommunes() {
        Map<Integer, Integer> slotOf = new java.util.HashMap<>();
        List<Integer> codes = new ArrayList<>();
        for (int code : m.communeCodes()) { slotOf.put(code, codes.size()); codes.add(code); } // distinct codes
        int[] sc = new int[codes.size()];
        for (int k = 0; k < sc.length; k++) sc[k] = codes.get(k);
        int[] cs = new int[m.territoryOwners().length];
        for (int cell = 0; cell < cs.length; cell++) cs[cell] = slotOf.getOrDefault(m.communeOfCell(cell), -1);
        slotCode = sc;
        communeSlot = cs;
    }

    /** The end-of-run summary. */
    public Map<String, Double> summary() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("days_simulated", (double) rows.size());
        if (rows.isEmpty()) return out;
        double[] last = rows.get(rows.size() - 1);
        for (int k = 1; k < COLUMNS.size(); k++) out.put(COLUMNS.get(k), last[k]);
        for (String col : RUN_MEANS) {
            int k = COLUMNS.indexOf(col);
            double sum = 0;
            for (double[] r : rows) sum += r[k];
            out.put(col + "_mean", sum / rows.size());
        }
        List<String> causes = m.casualtyCauses();
        for (int i = 0; i < causes.size(); i++) {
            out.put("civilian_deaths_" + causes.get(i) + "_cum", m.civiliansKilled(i));
            out.put("civilian_injuries_" + causes.get(i) + "_cum", m.civiliansInjured(i));
            out.put("gang_member_deaths_" + causes.get(i) + "_cum", m.membersKilled(i));
        }
        int days = rows.size();
        for (Map.Entry<Integer, double[]> e : communeFuelSum.entrySet()) {
            String name = communeSlug(e.getKey());
            out.put("fuel_need_met_share_mean_" + name, e.getValue()[0] / days);
            out.put("water_need_met_share_mean_" + name, communeWaterSum.get(e.getKey())[0] / days);
            out.put("food_need_met_share_mean_" + name, communeFoodSum.get(e.getKey())[0] / days);
        }
        // "does it last?": only when the force left within the run (and 180 days later only when the run goes that far);
        // keys that do not apply are left out rather than written as NaN
        int left = m.foreignForce().leftDay; // 0-based day index the last troops left
        if (left >= 0 && left < days) {
            out.put("foreign_force_exit_day", left + 1.0);
            double[] atExit = rows.get(left);
            double[] after = left + AFTER_EXIT_DAYS < days ? rows.get(left + AFTER_EXIT_DAYS) : null;
            for (String col : AFTER_EXIT) {
                int k = COLUMNS.indexOf(col);
                out.put(col + "_at_force_exit", atExit[k]);
                if (after != null) out.put(col + "_" + AFTER_EXIT_DAYS + "d_after_exit", after[k]);
            }
        }
        return out;
    }

    /**
     * Every key {@link #summary} can write for a city with these commune slugs, in its order; the
     * force-exit keys appear in a run only when the force left within it. The outcome metadata
     * ({@code hsim.results.Measures}) is checked against this list.
     */
    public static List<String> summaryKeys(List<String> communeSlugs) {
        List<String> out = new ArrayList<>();
        out.add("days_simulated");
        out.addAll(COLUMNS.subList(1, COLUMNS.size()));
        for (String col : RUN_MEANS) out.add(col + "_mean");
        for (String cause : Tallies.CAUSES) {
            out.add("civilian_deaths_" + cause + "_cum");
            out.add("civilian_injuries_" + cause + "_cum");
            out.add("gang_member_deaths_" + cause + "_cum");
        }
        for (String slug : communeSlugs) for (String col : BY_COMMUNE) out.add(col + "_mean_" + slug);
        out.add("foreign_force_exit_day");
        for (String col : AFTER_EXIT) {
            out.add(col + "_at_force_exit");
            out.add(col + "_" + AFTER_EXIT_DAYS + "d_after_exit");
        }
        return out;
    }

    private String communeSlug(int code) {
        String n = m.communeName(code);
        if (n == null) n = Integer.toString(code);
        return java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_|_$", "").toLowerCase(Locale.ROOT);
    }
}
