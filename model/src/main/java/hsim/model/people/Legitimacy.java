package hsim.model.people;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Perceived legitimacy L in [0, 1] of the state's order, held per civilian and shaped by what happens
 * where they live: protective security presence and delivered services raise it; collateral harm by
 * security forces and living under gang rule lower it. It relaxes towards that target over weeks.
 */
public final class Legitimacy implements java.io.Serializable {
    public record Settings(double initial, double protectionWeight, double serviceWeight, double harmWeight,
                           double gangRuleWeight, double days, double serviceReference) implements java.io.Serializable {
        /** With the catalog's default service reference (half of needs met adds nothing). */
        public Settings(double initial, double protectionWeight, double serviceWeight, double harmWeight, double gangRuleWeight, double days) {
            this(initial, protectionWeight, serviceWeight, harmWeight, gangRuleWeight, days, Double.parseDouble(SERVICE_REFERENCE.defaultText()));
        }
    }

    static final Param SERVICE_REFERENCE = Param.number("people.legitimacy_service_reference", 0.5, 0, 1, "share", "assumption",
            "Share of needs met at which services neither add nor take legitimacy (above it they add, below they take)");

    public static List<Param> params() {
        return List.of(
                Param.number("people.legitimacy_initial", 0.45, 0, 1, "1", "assumption (state legitimacy low in 2022)",
                        "Legitimacy with no security presence, no services and no gang rule"),
                Param.number("people.legitimacy_protection_weight", 0.25, 0, 1, "1", "assumption",
                        "Legitimacy added by full protective presence"),
                Param.number("people.legitimacy_service_weight", 0.25, 0, 1, "1", "assumption",
                        "Legitimacy added when all needs are met"),
                Param.number("people.legitimacy_harm_weight", 0.4, 0, 1, "1", "assumption",
                        "Legitimacy lost at maximal collateral harm by security forces"),
                Param.number("people.legitimacy_gang_rule_weight", 0.2, 0, 1, "1", "assumption",
                        "Legitimacy lost while living under gang rule"),
                Param.number("people.legitimacy_days", 45, 1, 1000, "days", "assumption", "Time constant of legitimacy change"),
                SERVICE_REFERENCE);
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("people.legitimacy_initial"), s.number("people.legitimacy_protection_weight"),
                s.number("people.legitimacy_service_weight"), s.number("people.legitimacy_harm_weight"),
                s.number("people.legitimacy_gang_rule_weight"), s.number("people.legitimacy_days"),
                s.number("people.legitimacy_service_reference"));
    }

    private final Settings s;
    private final double alpha;

    public Legitimacy(Settings s) {
        this.s = s;
        this.alpha = 1 - StrictMath.exp(-1 / s.days());
    }

    public Settings settings() { return s; }

    public double target(double protection, double servicesMet, double collateralHarm, boolean gangRule) {
        return Hardship.clamp(s.initial() + s.protectionWeight() * Hardship.clamp(protection)
                + s.serviceWeight() * (Hardship.clamp(servicesMet) - s.serviceReference())
                - s.harmWeight() * Hardship.clamp(collateralHarm) - (gangRule ? s.gangRuleWeight() : 0));
    }

    public double next(double l, double protection, double servicesMet, double collateralHarm, boolean gangRule) {
        return l + alpha * (target(protection, servicesMet, collateralHarm, gangRule) - l);
    }
}
