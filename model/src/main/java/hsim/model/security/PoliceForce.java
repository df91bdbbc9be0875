package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * The Haitian National Police (HNP) in the metropolitan area, as a pool with strength, training,
 * equipment and morale, fed by an academy pipeline and drained by deaths, injuries and desertion.
 * BINUH counted ~14,800 officers on the roll and ~9,700 available for active duty in early 2023; the HNP
 * lost 774 officers in the first half of 2023 against ~400 a year historically (literature.md §5.1).
 * {@link Tasking} assigns its officers to duties by priority.
 */
public final class PoliceForce implements java.io.Serializable {
    public record Settings(double availableNational, double metroShare, double initialTraining, double initialEquipment,
                           double initialMorale, double attritionPerYear, double moraleDesertionPerYear, double academyIntakePerYear,
                           double academyDays, double metroIntakeShare, double moraleDays, double trainingDays,
                           double trainingCap, double effectivenessPerHour) implements java.io.Serializable {}

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
                        "Aimed-fire effectiveness of a fully trained, equipped, motivated officer"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("hnp.available_officers_national"), s.number("hnp.metro_share"), s.number("hnp.initial_training"),
                s.number("hnp.initial_equipment"), s.number("hnp.initial_morale"), s.number("hnp.attrition_per_year"),
                s.number("hnp.morale_desertion_per_year"), s.number("hnp.academy_intake_per_year"), s.number("hnp.academy_days"),
                s.number("hnp.metro_intake_share"), s.number("hnp.morale_days"), s.number("hnp.training_days"),
                s.number("hnp.training_cap"), s.number("hnp.effectiveness_per_hour"));
    }

    private final Settings s;
    public double officers;
    public double training, equipment, morale;
    /** Cadets by days left to graduation (a ring buffer, one slot per day). */
    private final double[] cadets;
    private int ringPos;
    public double killedCum, injuredCum, desertedCum, graduatedCum;

    public PoliceForce(Settings s) {
        this.s = s;
        this.officers = s.availableNational() * s.metroShare();
        this.training = s.initialTraining();
        this.equipment = s.initialEquipment();
        this.morale = s.initialMorale();
        this.cadets = new double[(int) Math.max(1, Math.round(s.academyDays()))];
        // the academy is already full on day 0: a steady pipeline
        double perDay = s.academyIntakePerYear() / 365.0 * s.metroIntakeShare();
        java.util.Arrays.fill(cadets, perDay);
    }

    public Settings settings() { return s; }

    /** Capability per officer: training, equipment and morale (none alone makes an effective officer). */
    public double quality() { return (0.3 + 0.7 * training) * (0.5 + 0.5 * equipment) * (0.5 + 0.5 * morale); }

    /** Fighting power of {@code n} officers. */
    public double effectivenessPerOfficerHour() { return s.effectivenessPerHour() * quality(); }

    /**
     * Officers the HNP can commit to holding ground handed over by the rapid force, given the share of its
     * officers it can spare for that today (the rapid force's {@link Handover} reads only this).
     */
    public double availableForHolding(double shareOfOfficers) { return officers * shareOfOfficers; }

    /** Officers lost in action (killed and wounded) today. */
    public void casualties(double killed, double injured) {
        double k = Math.min(officers, killed), i = Math.min(officers - k, injured);
        officers -= k + i;
        killedCum += k;
        injuredCum += i;
    }

    /**
     * One day. {@code recentLossShare}: officers lost in action over the last month as a share of strength;
     * {@code support}: 0..1, foreign forces operating alongside; {@code trainingBoost}, {@code throughputFactor},
     * {@code retention}: from a training mission (0, 1, 0 without one).
     */
    public void day(double recentLossShare, double support, double trainingBoost, double throughputFactor, double retention) {
        double desertRate = (s.attritionPerYear() + s.moraleDesertionPerYear() * (1 - morale)) * (1 - retention) / 365.0;
        double deserted = officers * desertRate;
        officers -= deserted;
        desertedCum += deserted;
        double graduates = cadets[ringPos];
        cadets[ringPos] = s.academyIntakePerYear() / 365.0 * s.metroIntakeShare() * throughputFactor;
        ringPos = (ringPos + 1) % cadets.length;
        // new graduates dilute training towards the academy's level
        double academyLevel = Math.min(1, s.trainingCap() * 0.8 + trainingBoost * 0.5);
        if (officers + graduates > 0) training = (training * officers + academyLevel * graduates) / (officers + graduates);
        officers += graduates;
        graduatedCum += graduates;
        double targetMorale = clamp(s.initialMorale() + 0.3 * support + 0.2 * retention - 3.0 * recentLossShare);
        morale += (targetMorale - morale) * (1 - StrictMath.exp(-1 / s.moraleDays()));
        double cap = Math.min(1, s.trainingCap() + trainingBoost);
        training += (cap - training) * (1 - StrictMath.exp(-1 / s.trainingDays())) * (trainingBoost > 0 ? 3 : 1);
    }

    private static double clamp(double v) { return v < 0 ? 0 : v > 1 ? 1 : v; }
}
