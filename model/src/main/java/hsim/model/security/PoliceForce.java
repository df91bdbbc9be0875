package hsim.model.security;

import hsim.model.city.PoliceStation;
import hsim.model.conflict.Engagement;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Haitian National Police (HNP) in the metropolitan area as {@link Squad}s based at its commissariats and
 * sub-commissariats, fed by an academy pipeline and drained by deaths, injuries and desertion. BINUH counted
 * ~14,800 officers on the roll and ~9,700 available for active duty in early 2023; the HNP lost 774 officers
 * in the first half of 2023 against ~400 a year historically (literature.md §5.1).
 * <p>The metro's officers ({@code hnp.available_officers_national} x {@code hnp.metro_share}) are spread over
 * the stations in proportion to a weight (1 for a commissariat, {@code hnp.sub_station_weight} for a
 * sub-commissariat) and cut into squads of about {@code hnp.squad_size}. Graduates join the weakest squad of
 * their station (stations get graduates by the same weights); once every squad there is full they gather into
 * a new squad, formed when they reach {@code hnp.squad_min_strength}. A squad that falls below that minimum
 * merges into the weakest other squad of its station. {@link Tasking} assigns squads to duties by priority.
 * <p>{@link #officers}, {@link #training}, {@link #equipment} and {@link #morale} are strength-weighted sums and
 * means over the squads, recomputed whenever a squad changes ({@link #recount}); rules act on squads.
 */
public final class PoliceForce implements java.io.Serializable, hsim.model.metrics.UnitSource {
    private static final long serialVersionUID = 1L;

    public record Settings(double availableNational, double metroShare, double initialTraining, double initialEquipment,
                           double initialMorale, double attritionPerYear, double moraleDesertionPerYear, double academyIntakePerYear,
                           double academyDays, double metroIntakeShare, double moraleDays, double trainingDays,
                           double trainingCap, double effectivenessPerHour, double squadSize, double squadMinStrength,
                           double subStationWeight, double qualityTrainingFloor, double qualityEquipmentFloor,
                           double qualityMoraleFloor, double academyLevelShare, double moraleSupportWeight,
                           double moraleRetentionWeight, double moraleLossWeight, double lossMemoryDays,
                           double coverDefending, double coverAttacking, double woundedReturnShare,
                           double supportTroopsFull) implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("hnp.available_officers_national", 9700, 0, 1e5, "officers", "BINUH via transparans.net, early 2023",
                        "HNP officers available for active duty nationwide (of ~14,800 on the roll)"),
                Param.number("hnp.metro_share", 0.5, 0, 1, "share", "assumption (most units are based in the capital)",
                        "Share of available officers serving in metropolitan Port-au-Prince"),
                Param.number("hnp.initial_training", 0.4, 0, 1, "1", "assumption", "Training level (0 recruit, 1 elite unit)"),
                Param.number("hnp.initial_equipment", 0.5, 0, 1, "1", "assumption", "Equipment level (vehicles, armour, arms)"),
                Param.number("hnp.initial_morale", 0.4, 0, 1, "1", "assumption (low pay, high losses in 2022)", "Morale"),
                Param.number("hnp.attrition_per_year", 0.03, 0, 1, "1/year", "~400/yr of ~13,500 historically (literature.md §5.1)",
                        "Background loss of officers per year"),
                Param.number("hnp.morale_desertion_per_year", 0.15, 0, 1, "1/year",
                        "assumption, calibrated to 774 lost in H1 2023 (~11 %/yr) at low morale",
                        "Extra desertion per year at zero morale (scaled by 1 - morale)"),
                Param.number("hnp.academy_intake_per_year", 700, 0, 1e4, "officers/year", "assumption (one promotion a year)",
                        "Recruits entering the police academy per year, nationwide"),
                Param.number("hnp.academy_days", 240, 1, 2000, "days", "assumption (about 8 months of training)",
                        "Days from academy intake to graduation"),
                Param.number("hnp.metro_intake_share", 0.5, 0, 1, "share", "assumption", "Share of graduates posted to the metro"),
                Param.number("hnp.morale_days", 30, 1, 1000, "days", "assumption", "Time constant of morale change"),
                Param.number("hnp.training_days", 365, 1, 10000, "days", "assumption", "Time constant of training change"),
                Param.number("hnp.training_cap", 0.5, 0, 1, "1", "assumption", "Training level HNP sustains without outside help"),
                Param.number("hnp.effectiveness_per_hour", 0.02, 0, 1, "hits/(officer*h)", "assumption",
                        "Aimed-fire effectiveness of a fully trained, equipped, motivated officer"),
                Param.number("hnp.squad_size", 25, 1, 1000, "officers", "assumption (a section: the crews of two or three pick-ups)",
                        "Officers of a squad at full strength; the metro's officers are cut into squads of this size"),
                Param.number("hnp.squad_min_strength", 10, 0, 1000, "officers", "assumption",
                        "A squad below this strength merges into another squad of its station; graduates form a new squad at it"),
                Param.number("hnp.sub_station_weight", 0.4, 0, 10, "1", "assumption (a sub-commissariat is a smaller post)",
                        "Officers (and graduates) a sub-commissariat gets relative to a commissariat"),
                Param.number("hnp.quality_training_floor", 0.3, 0, 1, "1", "assumption",
                        "Capability of an untrained officer relative to a fully trained one (quality factor 0.3 + 0.7 x training)"),
                Param.number("hnp.quality_equipment_floor", 0.5, 0, 1, "1", "assumption",
                        "Capability of an unequipped officer relative to a fully equipped one"),
                Param.number("hnp.quality_morale_floor", 0.5, 0, 1, "1", "assumption",
                        "Capability of a demoralised officer relative to a motivated one"),
                Param.number("hnp.academy_level_share", 0.8, 0, 1, "share", "assumption (graduates lack field experience)",
                        "Training of new graduates as a share of the training level the HNP sustains"),
                Param.number("hnp.morale_support_weight", 0.3, 0, 1, "1", "assumption",
                        "Rise of target morale when foreign forces operate alongside at full support"),
                Param.number("hnp.morale_retention_weight", 0.2, 0, 1, "1", "assumption",
                        "Rise of target morale at a training mission's full retention effect (pay support, mentoring)"),
                Param.number("hnp.morale_loss_weight", 3.0, 0, 100, "1", "assumption",
                        "Fall of a squad's target morale per unit of recent losses relative to its strength"),
                Param.number("hnp.loss_memory_days", 30, 1, 1000, "days", "assumption (about a month)",
                        "Time constant over which a squad remembers its losses"),
                Param.number("hnp.cover_defending", 0.3, 0, 0.95, "share", "assumption (stations, sandbags)",
                        "Share of incoming hits HNP officers avoid when defending"),
                Param.number("hnp.cover_attacking", 0.1, 0, 0.95, "share", "assumption (armoured vehicles give some cover)",
                        "Share of incoming hits HNP officers avoid when attacking"),
                Param.number("hnp.wounded_return_share", 0.7, 0, 1, "share", "assumption (most wounds are light)",
                        "Share of wounded officers who return to their squad"),
                Param.number("hnp.support_troops_full", 1000, 1, 1e5, "troops", "assumption",
                        "Foreign troops operating alongside at which HNP morale gets the full support effect"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("hnp.available_officers_national"), s.number("hnp.metro_share"), s.number("hnp.initial_training"),
                s.number("hnp.initial_equipment"), s.number("hnp.initial_morale"), s.number("hnp.attrition_per_year"),
                s.number("hnp.morale_desertion_per_year"), s.number("hnp.academy_intake_per_year"), s.number("hnp.academy_days"),
                s.number("hnp.metro_intake_share"), s.number("hnp.morale_days"), s.number("hnp.training_days"),
                s.number("hnp.training_cap"), s.number("hnp.effectiveness_per_hour"), s.number("hnp.squad_size"),
                s.number("hnp.squad_min_strength"), s.number("hnp.sub_station_weight"), s.number("hnp.quality_training_floor"),
                s.number("hnp.quality_equipment_floor"), s.number("hnp.quality_morale_floor"), s.number("hnp.academy_level_share"),
                s.number("hnp.morale_support_weight"), s.number("hnp.morale_retention_weight"), s.number("hnp.morale_loss_weight"),
                s.number("hnp.loss_memory_days"), s.number("hnp.cover_defending"), s.number("hnp.cover_attacking"),
                s.number("hnp.wounded_return_share"), s.number("hnp.support_troops_full"));
    }

    private final Settings s;
    private final List<PoliceStation> stations;
    private final double[] stationShare;
    private final List<Squad> squads = new ArrayList<>();
    private final int[] nextSquadNo;
    /** Graduates of each station waiting to form a new squad (every squad there is full). */
    private final double[] forming;
    /** Cadets by days left to graduation (a ring buffer, one slot per day). */
    private final double[] cadets;
    private int ringPos;
    /** Cells where gangs attacked HNP officers since the last tasking, in attack order, each once. */
    private final List<Integer> attacked = new ArrayList<>();

    /** Strength-weighted totals and means over the squads ({@link #recount}). */
    public double officers, training, equipment, morale;
    private double meanQuality;
    public double killedCum, injuredCum, desertedCum, graduatedCum;

    /** A force without stations has no squads and no officers. */
    public PoliceForce(Settings s, List<PoliceStation> stations) {
        this.s = s;
        this.stations = List.copyOf(stations);
        int n = this.stations.size();
        stationShare = new double[n];
        nextSquadNo = new int[n];
        forming = new double[n];
        double wsum = 0;
        for (int k = 0; k < n; k++) wsum += weight(this.stations.get(k));
        for (int k = 0; k < n; k++) stationShare[k] = wsum > 0 ? weight(this.stations.get(k)) / wsum : 0;
        double total = s.availableNational() * s.metroShare();
        for (int k = 0; k < n; k++) {
            double here = total * stationShare[k];
            int count = (int) Math.max(here > 0 ? 1 : 0, Math.round(here / s.squadSize()));
            for (int j = 0; j < count; j++) newSquad(k, here / count, s.initialTraining(), s.initialEquipment(), s.initialMorale());
        }
        this.cadets = new double[(int) Math.max(1, Math.round(s.academyDays()))];
        // the academy is already full on day 0: a steady pipeline
        java.util.Arrays.fill(cadets, s.academyIntakePerYear() / 365.0 * s.metroIntakeShare());
        recount();
    }

    private double weight(PoliceStation st) { return st.kind() == PoliceStation.Kind.COMMISSARIAT ? 1 : s.subStationWeight(); }

    private Squad newSquad(int station, double strength, double t, double e, double m) {
        PoliceStation st = stations.get(station);
        Squad q = new Squad("hnp-" + st.id() + "-" + (++nextSquadNo[station]), station, st.cell(), strength, t, e, m);
        squads.add(q);
        return q;
    }

    public Settings settings() { return s; }

    public List<PoliceStation> stations() { return stations; }

    /** The squads in a fixed order (creation order), read-only. */
    public List<Squad> squads() { return Collections.unmodifiableList(squads); }

    /** Capability per officer from training, equipment and morale (none alone makes an effective officer). */
    public double quality(double training, double equipment, double morale) {
        double ft = s.qualityTrainingFloor(), fe = s.qualityEquipmentFloor(), fm = s.qualityMoraleFloor();
        return (ft + (1 - ft) * training) * (fe + (1 - fe) * equipment) * (fm + (1 - fm) * morale);
    }

    public double quality(Squad q) { return quality(q.training, q.equipment, q.morale); }

    /** Strength-weighted mean quality of the squads. */
    public double quality() { return meanQuality; }

    /** Fighting power per officer-hour of the average officer. */
    public double effectivenessPerOfficerHour() { return s.effectivenessPerHour() * quality(); }

    /**
     * The engagement side of these squads fielding their on-duty officers ({@code onDutyShare}): effectiveness
     * from their quality, and the share of hits they survive from their training and equipment ({@link Engagement#survival}).
     */
    public Engagement.Side side(List<Squad> group, double onDutyShare, boolean defending, double restraint, Engagement e) {
        double n = 0, eff = 0, surv = 0;
        for (Squad q : group) {
            double d = q.onDuty(onDutyShare);
            n += d;
            eff += d * s.effectivenessPerHour() * quality(q);
            surv += d * e.survival(q.training, q.equipment);
        }
        return new Engagement.Side(n, n > 0 ? eff / n : 0, defending ? s.coverDefending() : s.coverAttacking(), restraint,
                n > 0 ? surv / n : 0);
    }

    /**
     * Officers the HNP can commit to holding ground handed over by the rapid force, given the share of its
     * officers it can spare for that today (the rapid force's {@link Handover} reads only this).
     */
    public double availableForHolding(double shareOfOfficers) { return officers * shareOfOfficers; }

    /**
     * A side of {@code officers} drawn from the squads {@code present} (fights no squad was tasked to: those at or
     * nearest the cell, {@link #nearest}): effectiveness and survival at their strength-weighted quality,
     * training and equipment; the force's mean levels only when no squad is left.
     */
    public Engagement.Side side(double officers, List<Squad> present, boolean defending, double restraint, Engagement e) {
        double n = 0, ql = 0, surv = 0;
        for (Squad q : present) {
            n += q.strength;
            ql += q.strength * quality(q);
            surv += q.strength * e.survival(q.training, q.equipment);
        }
        double eff = n > 0 ? s.effectivenessPerHour() * (ql / n) : effectivenessPerOfficerHour();
        return new Engagement.Side(Math.max(0, officers), eff, defending ? s.coverDefending() : s.coverAttacking(),
                restraint, n > 0 ? surv / n : e.survival(training, equipment));
    }

    /** Records that a gang attacked HNP officers at {@code cell} (read by the next {@link Tasking}). */
    public void reportAttack(int cell) { if (!attacked.contains(cell)) attacked.add(cell); }

    /** The attacked cells since the last call, then forgets them. */
    List<Integer> takeAttacks() {
        List<Integer> out = new ArrayList<>(attacked);
        attacked.clear();
        return out;
    }

    /** Squads standing nearest to {@code cell} (all those at the least distance, in squad order). */
    public List<Squad> nearest(int cell, int width) {
        List<Squad> out = new ArrayList<>();
        long best = Long.MAX_VALUE;
        for (Squad q : squads) {
            if (q.strength <= 0) continue;
            long d = dist2(q.cell, cell, width);
            if (d < best) { best = d; out.clear(); }
            if (d == best) out.add(q);
        }
        return out;
    }

    static long dist2(int a, int b, int width) {
        long dx = a % width - b % width, dy = a / width - b / width;
        return dx * dx + dy * dy;
    }

    /** Books killed and wounded officers on one squad; returning wounded stay with it. */
    void casualties(Squad q, double killed, double injured) {
        double k = Math.min(q.strength, killed), i = Math.min(q.strength - k, injured);
        q.strength -= k + i * (1 - s.woundedReturnShare());
        q.recentLosses += k + i;
        killedCum += k;
        injuredCum += i;
    }

    /**
     * One day. {@code support}: 0..1, foreign forces operating alongside; the training mission's effect raises
     * the training squads reach (in service and at the academy), the academy's throughput and retention.
     */
    public void day(double support, TrainingMission.Effect te, TrainingMission.Settings ts) {
        double boost = te.trainingBoost();
        double moraleStep = 1 - StrictMath.exp(-1 / s.moraleDays());
        double cap = Math.min(1, s.trainingCap() + boost);
        double trainStep = (1 - StrictMath.exp(-1 / s.trainingDays())) * (boost > 0 ? ts.inServiceSpeedup() : 1);
        double lossDecay = StrictMath.exp(-1 / s.lossMemoryDays());
        for (Squad q : squads) {
            double rate = (s.attritionPerYear() + s.moraleDesertionPerYear() * (1 - q.morale)) * (1 - te.retention()) / 365.0;
            double deserted = q.strength * rate;
            q.strength -= deserted;
            desertedCum += deserted;
            double target = clamp(s.initialMorale() + s.moraleSupportWeight() * support + s.moraleRetentionWeight() * te.retention()
                    - s.moraleLossWeight() * q.recentLosses / Math.max(1, q.strength));
            q.morale += (target - q.morale) * moraleStep;
            q.training += (cap - q.training) * trainStep;
            q.recentLosses *= lossDecay;
        }
        double graduates = cadets[ringPos];
        cadets[ringPos] = s.academyIntakePerYear() / 365.0 * s.metroIntakeShare() * te.throughputFactor();
        ringPos = (ringPos + 1) % cadets.length;
        double academyLevel = Math.min(1, s.trainingCap() * s.academyLevelShare() + boost * ts.academyBoostShare());
        for (int k = 0; k < stations.size(); k++) graduate(k, graduates * stationShare[k], academyLevel);
        graduatedCum += stations.isEmpty() ? 0 : graduates;
        mergeWeak();
        recount();
    }

    /** Graduates of one station join its weakest squad below full strength, or gather to form a new one. */
    private void graduate(int station, double n, double level) {
        if (n <= 0) return;
        Squad weakest = null;
        for (Squad q : squads) if (q.station == station && (weakest == null || q.strength < weakest.strength)) weakest = q;
        if (weakest != null && weakest.strength < s.squadSize()) {
            weakest.absorb(n, level, s.initialEquipment(), s.initialMorale());
            return;
        }
        forming[station] += n;
        if (forming[station] >= Math.max(s.squadMinStrength(), 1e-9)) {
            newSquad(station, forming[station], level, s.initialEquipment(), s.initialMorale());
            forming[station] = 0;
        }
    }

    /** A squad below the minimum strength merges into the weakest other squad of its station. */
    private void mergeWeak() {
        for (int i = 0; i < squads.size(); i++) {
            Squad q = squads.get(i);
            if (q.strength >= s.squadMinStrength()) continue;
            Squad into = null;
            for (Squad o : squads) if (o != q && o.station == q.station && (into == null || o.strength < into.strength)) into = o;
            if (into == null) continue; // the station's last squad stays and is re-formed by graduates
            into.absorb(q.strength, q.training, q.equipment, q.morale);
            into.recentLosses += q.recentLosses;
            squads.remove(i--);
        }
    }

    /** Lists the squads for traces and the GUI (kind HNP_SQUAD, in creation order; task "reserve" before the first tasking). */
    @Override
    public void units(java.util.function.Consumer<hsim.model.metrics.UnitRow> out) {
        for (Squad q : squads) {
            String task = q.task == null ? "reserve" : q.task.name().toLowerCase(java.util.Locale.ROOT);
            out.accept(new hsim.model.metrics.UnitRow(q.id, hsim.model.metrics.UnitKind.HNP_SQUAD, q.cell, q.strength, task));
        }
    }

    /** Recomputes the force's totals and means from its squads. */
    public void recount() {
        double n = 0, t = 0, e = 0, m = 0, ql = 0;
        for (Squad q : squads) {
            n += q.strength;
            t += q.strength * q.training;
            e += q.strength * q.equipment;
            m += q.strength * q.morale;
            ql += q.strength * quality(q);
        }
        officers = n;
        training = n > 0 ? t / n : s.initialTraining();
        equipment = n > 0 ? e / n : s.initialEquipment();
        morale = n > 0 ? m / n : s.initialMorale();
        meanQuality = n > 0 ? ql / n : quality(training, equipment, morale);
    }

    private static double clamp(double v) { return v < 0 ? 0 : v > 1 ? 1 : v; }
}
