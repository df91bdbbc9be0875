package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Option (a) of the proposal: a multinational police task force that assists and advises the HNP, with
 * no combat role. Advisors raise the training level HNP squads can reach (graduates and serving squads,
 * {@link PoliceForce#day}), which raises their effectiveness and survival in fights; the academy's throughput and the
 * retention of officers; each effect builds up over months as advisors embed, and the throughput and
 * retention effects stop when the mission ends (the training they gave stays with the officers).
 */
public final class TrainingMission implements java.io.Serializable {
    public record Settings(boolean enabled, double advisors, int startDay, int termDays, double rampDays,
                           double advisorsForFullEffect, double trainingBoostMax, double throughputMax, double retentionMax,
                           double inServiceSpeedup, double academyBoostShare) implements java.io.Serializable {}

    /** The mission's effect today on the HNP. */
    public record Effect(double trainingBoost, double throughputFactor, double retention) {
        public static final Effect NONE = new Effect(0, 1, 0);
    }

    public static List<Param> params() {
        return List.of(
                Param.flag("training.enabled", false, "scenario choice", "Whether a training mission deploys"),
                Param.number("training.advisors", 300, 0, 10000, "advisors", "assumption", "Advisors and trainers"),
                Param.integer("training.start_day", 30, 0, 3650, "day", "assumption", "Day the mission starts"),
                Param.integer("training.term_days", 730, 1, 3650, "days", "assumption", "Days the mission lasts"),
                Param.number("training.ramp_days", 120, 1, 3650, "days", "assumption (effects take months)",
                        "Time constant for advisors' effects to build up"),
                Param.number("training.advisors_full_effect", 300, 1, 10000, "advisors", "assumption",
                        "Advisors needed for the full effect (effects scale linearly below)"),
                Param.number("training.training_boost_max", 0.35, 0, 1, "1", "assumption",
                        "Rise of the HNP's attainable training level at full effect"),
                Param.number("training.throughput_max", 1.5, 1, 10, "factor", "assumption",
                        "Academy throughput multiplier at full effect"),
                Param.number("training.retention_max", 0.4, 0, 1, "share", "assumption",
                        "Share of desertion prevented at full effect (pay support, mentoring)"),
                Param.number("training.in_service_speedup", 3, 1, 100, "factor", "assumption (mentors in the units)",
                        "How much faster serving squads' training rises towards the raised level while advisors are embedded"),
                Param.number("training.academy_boost_share", 0.5, 0, 1, "share", "assumption",
                        "Share of the training boost that the academy's graduates carry (the rest comes in service)"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.flag("training.enabled"), s.number("training.advisors"), s.integer("training.start_day"),
                s.integer("training.term_days"), s.number("training.ramp_days"), s.number("training.advisors_full_effect"),
                s.number("training.training_boost_max"), s.number("training.throughput_max"), s.number("training.retention_max"),
                s.number("training.in_service_speedup"), s.number("training.academy_boost_share"));
    }

    private final Settings s;

    public TrainingMission(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    public boolean active(int day) { return s.enabled() && day >= s.startDay() && day < s.startDay() + s.termDays(); }

    /** How far the mission has built up on {@code day}, 0..1. */
    public double buildUp(int day) {
        if (!active(day)) return 0;
        double scale = Math.min(1, s.advisors() / s.advisorsForFullEffect());
        return scale * (1 - StrictMath.exp(-(day - s.startDay()) / s.rampDays()));
    }

    public Effect effect(int day) {
        double b = buildUp(day);
        if (b <= 0) return Effect.NONE;
        return new Effect(s.trainingBoostMax() * b, 1 + (s.throughputMax() - 1) * b, s.retentionMax() * b);
    }
}
