package hsim.model.people;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * A civilian's hardship H in [0, 1] (Epstein's H, made dynamic): it relaxes towards a target set by the
 * person's chronic baseline plus unmet needs, violence nearby and displacement, with a time constant of
 * weeks, so one bad day does not make a recruit but a month-long blockade does.
 */
public final class Hardship implements java.io.Serializable {
    public record Settings(double baselineMax, double needWeight, double violenceWeight, double displacedWeight, double days,
                           double waterWeight) implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("people.hardship_baseline_max", 0.5, 0, 1, "1", "assumption (Epstein 2002 draws H ~ U(0,1))",
                        "Chronic hardship is drawn uniformly from [0, this]"),
                Param.number("people.hardship_need_weight", 0.35, 0, 1, "1", "assumption", "Hardship added by fully unmet water and food needs"),
                Param.number("people.hardship_violence_weight", 0.3, 0, 1, "1", "assumption", "Hardship added by maximal violence nearby"),
                Param.number("people.hardship_displaced_weight", 0.2, 0, 1, "1", "assumption", "Hardship added by being displaced"),
                Param.number("people.hardship_days", 30, 1, 1000, "days", "assumption", "Time constant of hardship change"),
                Param.number("people.water_need_weight", 0.5, 0, 1, "share", "assumption (water and food weigh alike)",
                        "Weight of water in the basic needs that hardship and legitimacy read (the rest is food)"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("people.hardship_baseline_max"), s.number("people.hardship_need_weight"),
                s.number("people.hardship_violence_weight"), s.number("people.hardship_displaced_weight"),
                s.number("people.hardship_days"), s.number("people.water_need_weight"));
    }

    private final Settings s;
    private final double alpha;

    public Hardship(Settings s) {
        this.s = s;
        this.alpha = 1 - StrictMath.exp(-1 / s.days());
    }

    public Settings settings() { return s; }

    /** The level hardship tends to; all inputs are shares or indices in [0, 1]. */
    public double target(double baseline, double unmetNeed, double violence, boolean displaced) {
        double t = baseline + s.needWeight() * clamp(unmetNeed) + s.violenceWeight() * clamp(violence)
                + (displaced ? s.displacedWeight() : 0);
        return clamp(t);
    }

    /** Hardship after one day. */
    public double next(double h, double baseline, double unmetNeed, double violence, boolean displaced) {
        return h + alpha * (target(baseline, unmetNeed, violence, displaced) - h);
    }

    static double clamp(double v) { return v < 0 ? 0 : v > 1 ? 1 : v; }
}
