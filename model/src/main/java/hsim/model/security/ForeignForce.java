package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;
import java.util.Locale;

/**
 * The rapid action force of the Secretary-General's proposal: a lead nation plus contributors, flown in
 * through the airport after a deployment delay at a limited daily rate, for a fixed term. Its mandate,
 * in the proposal's order: secure the port, the airport and the Varreux terminal, open and escort supply
 * corridors, then support HNP operations. After its term it withdraws either on a date or only when the
 * HNP holds every critical facility (a conditions-based exit, capped by a maximum extension).
 * Size is a lever; the 2025 Gang Suppression Force ceiling was 5,550 and MINUSTAH fielded 6,700 troops
 * at authorisation (literature.md §5.1).
 */
public final class ForeignForce implements java.io.Serializable {
    public enum Withdrawal { DATE, CONDITIONS }

    public record Settings(boolean enabled, double troops, int deploymentDelayDays, double rampTroopsPerDay, int termDays,
                           Withdrawal withdrawal, int maxExtensionDays, double withdrawTroopsPerDay, double roeRestraint,
                           double effectivenessPerHour, int contributingNations, double interoperabilityLossPerNation) implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.flag("rapid_force.enabled", false, "scenario choice", "Whether a rapid action force deploys"),
                Param.number("rapid_force.troops", 2500, 0, 20000, "troops",
                        "assumption (MSS planned 2,500 in 2023; GSF ceiling 5,550 in 2025, literature.md §5.1)", "Force size at full strength"),
                Param.integer("rapid_force.deployment_delay_days", 30, 0, 3650, "days", "assumption",
                        "Days from 1 Oct 2022 until the first troops land"),
                Param.number("rapid_force.ramp_troops_per_day", 150, 1, 10000, "troops/day", "assumption (airlift through PAP)",
                        "Troops arriving per day through the airport while it is open"),
                Param.integer("rapid_force.term_days", 180, 1, 3650, "days", "assumption (proposal: a fixed, short term)",
                        "Days from first arrival to the end of the term"),
                Param.choice("rapid_force.withdrawal", "date", List.of("date", "conditions"), "scenario choice",
                        "Withdraw at the end of the term, or only once the HNP holds all critical facilities"),
                Param.integer("rapid_force.max_extension_days", 180, 0, 3650, "days", "assumption",
                        "Longest stay beyond the term under a conditions-based withdrawal"),
                Param.number("rapid_force.withdraw_troops_per_day", 2500, 1, 20000, "troops/day", "assumption (abrupt)",
                        "Troops leaving per day once withdrawal starts"),
                Param.number("rapid_force.roe_restraint", 0.8, 0, 1, "share", "assumption",
                        "Share of collateral harm avoided under the rules of engagement"),
                Param.number("rapid_force.effectiveness_per_hour", 0.08, 0, 1, "hits/(troop*h)", "assumption",
                        "Aimed-fire effectiveness per deployed soldier"),
                Param.integer("rapid_force.contributing_nations", 3, 1, 50, "nations", "assumption",
                        "Lead nation plus contributors"),
                Param.number("rapid_force.interoperability_loss_per_nation", 0.03, 0, 0.2, "share", "assumption",
                        "Effectiveness lost per contributor beyond the lead nation"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.flag("rapid_force.enabled"), s.number("rapid_force.troops"), s.integer("rapid_force.deployment_delay_days"),
                s.number("rapid_force.ramp_troops_per_day"), s.integer("rapid_force.term_days"),
                Withdrawal.valueOf(s.text("rapid_force.withdrawal").toUpperCase(Locale.ROOT)), s.integer("rapid_force.max_extension_days"),
                s.number("rapid_force.withdraw_troops_per_day"), s.number("rapid_force.roe_restraint"),
                s.number("rapid_force.effectiveness_per_hour"), s.integer("rapid_force.contributing_nations"),
                s.number("rapid_force.interoperability_loss_per_nation"));
    }

    private final Settings s;
    public double troops;
    public double troopDays, killedCum, injuredCum;
    private boolean withdrawing;
    /** Day the last troops left; -1 while none has left or it never came. */
    public int leftDay = -1;

    public ForeignForce(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    public boolean withdrawing() { return withdrawing; }

    public boolean present() { return troops >= 1; }

    /** Day the term ends (withdrawal starts under a date rule). */
    public int termEndDay() { return s.deploymentDelayDays() + s.termDays(); }

    /** Effectiveness per soldier-hour after the interoperability cost of a coalition. */
    public double effectivenessPerTroopHour() {
        return s.effectivenessPerHour() * Math.max(0.2, 1 - s.interoperabilityLossPerNation() * (s.contributingNations() - 1));
    }

    /**
     * One day of deployment and withdrawal. {@code airportOpen}: troops can land; {@code conditionsMet}:
     * the HNP holds every critical facility (matters only for a conditions-based exit).
     */
    public void day(int day, boolean airportOpen, boolean conditionsMet) {
        if (!s.enabled()) return;
        if (!withdrawing && day >= termEndDay()) {
            boolean lastChance = day >= termEndDay() + s.maxExtensionDays();
            withdrawing = s.withdrawal() == Withdrawal.DATE || conditionsMet || lastChance;
        }
        if (withdrawing) {
            if (troops > 0) {
                troops = Math.max(0, troops - s.withdrawTroopsPerDay());
                if (troops < 1) { troops = 0; leftDay = day; }
            }
        } else if (day >= s.deploymentDelayDays() && airportOpen) {
            troops = Math.min(s.troops(), troops + s.rampTroopsPerDay());
        }
        troopDays += troops;
    }

    public void casualties(double killed, double injured) {
        double k = Math.min(troops, killed), i = Math.min(troops - k, injured);
        troops -= k + i;
        killedCum += k;
        injuredCum += i;
    }
}
