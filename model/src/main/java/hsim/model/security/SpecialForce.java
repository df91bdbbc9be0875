package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Option (b) of the proposal: a small multinational special force of highly trained teams conducting
 * intelligence-led raids on gang leaders and bases, and containment operations that isolate a gang's
 * territory ("joint strike, isolation and containment operations"). Intelligence comes from the
 * population: it grows with perceived legitimacy in and around the target's territory, and raid success
 * grows with intelligence.
 */
public final class SpecialForce implements java.io.Serializable {
    public record Settings(boolean enabled, double operators, int startDay, int termDays, double teamSize,
                           double raidsPerTeamPerWeek, double successAtNoIntel, double successAtFullIntel,
                           double legitimacyNoIntel, double legitimacyFullIntel, int containmentDays,
                           double containmentIncomeCut, double effectivenessPerHour) implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.flag("special_force.enabled", false, "scenario choice", "Whether a special force deploys"),
                Param.number("special_force.operators", 400, 0, 5000, "operators", "assumption", "Special-force strength"),
                Param.integer("special_force.start_day", 30, 0, 3650, "day", "assumption", "Day the special force starts operating"),
                Param.integer("special_force.term_days", 365, 1, 3650, "days", "assumption", "Days it operates"),
                Param.number("special_force.team_size", 20, 1, 200, "operators/team", "assumption", "Operators per raid team"),
                Param.number("special_force.raids_per_team_per_week", 1, 0, 14, "raids/(team*week)", "assumption",
                        "Raid tempo per team"),
                Param.number("special_force.success_no_intel", 0.1, 0, 1, "probability", "assumption",
                        "Chance a raid gets its target with no intelligence"),
                Param.number("special_force.success_full_intel", 0.7, 0, 1, "probability", "assumption",
                        "Chance a raid gets its target with full intelligence"),
                Param.number("special_force.legitimacy_no_intel", 0.3, 0, 1, "1", "assumption",
                        "Local legitimacy at or below which residents give no information"),
                Param.number("special_force.legitimacy_full_intel", 0.7, 0, 1, "1", "assumption",
                        "Local legitimacy at or above which intelligence is full"),
                Param.integer("special_force.containment_days", 30, 0, 365, "days", "assumption",
                        "Days a containment operation isolates a gang's territory"),
                Param.number("special_force.containment_income_cut", 0.6, 0, 1, "share", "assumption",
                        "Share of extortion income a contained gang loses"),
                Param.number("special_force.effectiveness_per_hour", 0.2, 0, 1, "hits/(operator*h)", "assumption",
                        "Aimed-fire effectiveness per operator"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.flag("special_force.enabled"), s.number("special_force.operators"), s.integer("special_force.start_day"),
                s.integer("special_force.term_days"), s.number("special_force.team_size"), s.number("special_force.raids_per_team_per_week"),
                s.number("special_force.success_no_intel"), s.number("special_force.success_full_intel"),
                s.number("special_force.legitimacy_no_intel"), s.number("special_force.legitimacy_full_intel"),
                s.integer("special_force.containment_days"), s.number("special_force.containment_income_cut"),
                s.number("special_force.effectiveness_per_hour"));
    }

    private final Settings s;
    public double leadersRemovedCum, raidsCum, raidsSucceededCum;
    /** Operators killed and injured in failed raids (the wounded are replaced; the force keeps its size). */
    public double killedCum, injuredCum;

    public SpecialForce(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    public boolean active(int day) { return s.enabled() && day >= s.startDay() && day < s.startDay() + s.termDays(); }

    public double teams() { return Math.floor(s.operators() / s.teamSize()); }

    /** Intelligence 0..1 from the mean legitimacy around a target. */
    public double intelligence(double localLegitimacy) {
        double span = s.legitimacyFullIntel() - s.legitimacyNoIntel();
        if (span <= 0) return localLegitimacy >= s.legitimacyFullIntel() ? 1 : 0;
        return Math.max(0, Math.min(1, (localLegitimacy - s.legitimacyNoIntel()) / span));
    }

    public double raidSuccess(double intelligence) {
        return s.successAtNoIntel() + (s.successAtFullIntel() - s.successAtNoIntel()) * intelligence;
    }

    public void casualties(double killed, double injured) {
        killedCum += killed;
        injuredCum += injured;
    }

    /** Expected raids today (teams times tempo / 7); the caller draws the integer part. */
    public double raidsPerDay(int day) { return active(day) ? teams() * s.raidsPerTeamPerWeek() / 7.0 : 0; }
}
