package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import hsim.model.metrics.UnitKind;
import hsim.model.metrics.UnitRow;
import hsim.model.metrics.UnitSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Option (b) of the proposal: a small multinational special force of highly trained teams conducting
 * intelligence-led raids on gang leaders and bases, and containment operations that isolate a gang's
 * territory ("joint strike, isolation and containment operations"). Intelligence comes from the
 * population: it grows with perceived legitimacy in and around the target's territory, and raid success
 * grows with intelligence. The force is a list of {@link SpecialForceTeam}s based at the airport;
 * {@link SpecialForceRaids} chooses their targets and books their raids.
 */
public final class SpecialForce implements java.io.Serializable, UnitSource {
    private static final long serialVersionUID = 2L;

    public record Settings(boolean enabled, double operators, int startDay, int termDays, double teamSize,
                           double raidsPerTeamPerWeek, double successAtNoIntel, double successAtFullIntel,
                           double legitimacyNoIntel, double legitimacyFullIntel, int containmentDays,
                           double containmentIncomeCut, double effectivenessPerHour, double reachCells, double raidCover,
                           double roeRestraint, double raidDefenderShare, double capturedPerCasualty, double raidViolence,
                           int raidViolenceRadius, double minTeamShare, int teamsPerContainment,
                           double woundedReplacedShare) implements java.io.Serializable {
        /** Days between two raids of one team (0 tempo: never). */
        public int raidIntervalDays() {
            return raidsPerTeamPerWeek <= 0 ? Integer.MAX_VALUE : (int) Math.max(1, Math.round(7 / raidsPerTeamPerWeek));
        }
    }

    public static List<Param> params() {
        return List.of(
                Param.flag("special_force.enabled", false, "scenario choice", "Whether a special force deploys"),
                Param.number("special_force.operators", 400, 0, 5000, "operators", "assumption", "Special-force strength"),
                Param.integer("special_force.start_day", 30, 0, 3650, "day", "assumption", "Day the special force starts operating"),
                Param.integer("special_force.term_days", 365, 1, 3650, "days", "assumption", "Days it operates"),
                Param.number("special_force.team_size", 20, 1, 200, "operators/team", "assumption", "Operators per raid team"),
                Param.number("special_force.raids_per_team_per_week", 1, 0, 14, "raids/(team*week)", "assumption",
                        "Raid tempo per team (a team raids again after 7/tempo days)"),
                Param.number("special_force.success_no_intel", 0.1, 0, 1, "probability", "assumption",
                        "Chance a raid finds its target's leader with no intelligence"),
                Param.number("special_force.success_full_intel", 0.7, 0, 1, "probability", "assumption",
                        "Chance a raid finds its target's leader with full intelligence"),
                Param.number("special_force.legitimacy_no_intel", 0.3, 0, 1, "1", "assumption",
                        "Local legitimacy at or below which residents give no information"),
                Param.number("special_force.legitimacy_full_intel", 0.7, 0, 1, "1", "assumption",
                        "Local legitimacy at or above which intelligence is full"),
                Param.integer("special_force.containment_days", 30, 0, 365, "days", "assumption",
                        "Days a containment operation isolates a gang's territory"),
                Param.number("special_force.containment_income_cut", 0.6, 0, 1, "share", "assumption",
                        "Share of extortion income a contained gang loses"),
                Param.number("special_force.effectiveness_per_hour", 0.2, 0, 1, "hits/(operator*h)", "assumption",
                        "Aimed-fire effectiveness per operator"),
                Param.number("special_force.reach_cells", 120, 0, 10000, "cells",
                        "assumption (vehicle- or helicopter-borne raids within ~12 km of the base, ~100 m cells)",
                        "Farthest a gang's base may be from a team's base to be raided or contained"),
                Param.number("special_force.raid_cover", 0.3, 0, 0.95, "share", "assumption (surprise, night, body armour)",
                        "Share of incoming hits a raiding team avoids"),
                Param.number("special_force.roe_restraint", 0.9, 0, 1, "share", "assumption (precision raids)",
                        "Rules-of-engagement restraint of a raiding team (collateral harm avoided; costs effectiveness)"),
                Param.number("special_force.raid_defender_share", 0.25, 0, 1, "share",
                        "assumption (a leader's guard surprised at night, not the gang's whole local strength)",
                        "Share of the target gang's local fighting strength that defends against a raid"),
                Param.number("special_force.captured_per_casualty", 0.5, 0, 10, "members/casualty", "assumption",
                        "Members captured per defender put out of action when a raid succeeds (the team holds the ground)"),
                Param.number("special_force.raid_violence", 0.2, 0, 1, "index", "assumption",
                        "Violence index added around the base of a gang whose leader a raid removed"),
                Param.integer("special_force.raid_violence_radius_cells", 2, 0, 50, "cells", "assumption",
                        "Radius of that violence"),
                Param.number("special_force.min_team_share", 0.5, 0, 1, "share", "assumption",
                        "A team below this share of its size no longer raids (it refits)"),
                Param.integer("special_force.teams_per_containment", 2, 1, 100, "teams", "assumption",
                        "Teams tied to one containment operation while it lasts"),
                Param.number("special_force.wounded_replaced_share", 1, 0, 1, "share", "assumption (evacuation and rotation)",
                        "Share of a team's wounded replaced at once; the killed are not replaced"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.flag("special_force.enabled"), s.number("special_force.operators"), s.integer("special_force.start_day"),
                s.integer("special_force.term_days"), s.number("special_force.team_size"), s.number("special_force.raids_per_team_per_week"),
                s.number("special_force.success_no_intel"), s.number("special_force.success_full_intel"),
                s.number("special_force.legitimacy_no_intel"), s.number("special_force.legitimacy_full_intel"),
                s.integer("special_force.containment_days"), s.number("special_force.containment_income_cut"),
                s.number("special_force.effectiveness_per_hour"), s.number("special_force.reach_cells"),
                s.number("special_force.raid_cover"), s.number("special_force.roe_restraint"),
                s.number("special_force.raid_defender_share"), s.number("special_force.captured_per_casualty"),
                s.number("special_force.raid_violence"), s.integer("special_force.raid_violence_radius_cells"),
                s.number("special_force.min_team_share"), s.integer("special_force.teams_per_containment"),
                s.number("special_force.wounded_replaced_share"));
    }

    private final Settings s;
    public double leadersRemovedCum, raidsCum, raidsSucceededCum, capturedCum;
    /** Operators killed and injured in raids. */
    public double killedCum, injuredCum;
    private final List<SpecialForceTeam> teams = new ArrayList<>();
    private boolean formed;
    private SpecialForceTeam engaged;

    public SpecialForce(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    public boolean active(int day) { return s.enabled() && day >= s.startDay() && day < s.startDay() + s.termDays(); }

    /** Teams the operators make up at the start (whole teams only). */
    public double teams() { return Math.floor(s.operators() / s.teamSize()); }

    /** The teams in the field, by id; do not modify. */
    public List<SpecialForceTeam> teamList() { return Collections.unmodifiableList(teams); }

    /**
     * Forms the teams at {@code base} on the first active day, staggering their first raids over one raid
     * interval, and stands them down after the term. Returns the teams in the field today.
     */
    public List<SpecialForceTeam> deploy(int day, int base) {
        if (!active(day)) { teams.clear(); return teams; }
        if (!formed) {
            formed = true;
            int n = (int) teams();
            long interval = s.raidsPerTeamPerWeek() <= 0 ? 0 : s.raidIntervalDays(); // no tempo: no raids to stagger
            for (int k = 0; k < n; k++) teams.add(new SpecialForceTeam(k, base, s.teamSize(), (int) (day + interval * k / Math.max(1, n))));
        }
        return teams;
    }

    /** Intelligence 0..1 from the mean legitimacy around a target. */
    public double intelligence(double localLegitimacy) {
        double span = s.legitimacyFullIntel() - s.legitimacyNoIntel();
        if (span <= 0) return localLegitimacy >= s.legitimacyFullIntel() ? 1 : 0;
        return Math.max(0, Math.min(1, (localLegitimacy - s.legitimacyNoIntel()) / span));
    }

    /** Chance a raid finds the leader at the target, given intelligence 0..1. */
    public double raidSuccess(double intelligence) {
        return s.successAtNoIntel() + (s.successAtFullIntel() - s.successAtNoIntel()) * intelligence;
    }

    /** The team whose casualties the next booked fight lands on. */
    public void engage(SpecialForceTeam team) { engaged = team; }

    /** Books losses on the engaged team: the killed are lost, a share of the wounded replaced. */
    public void casualties(double killed, double injured) {
        killedCum += killed;
        injuredCum += injured;
        if (engaged == null) return;
        engaged.strength = Math.max(0, engaged.strength - killed - injured * (1 - s.woundedReplacedShare()));
    }

    /** Operators in the field. */
    public double operatorsPresent() {
        double t = 0;
        for (SpecialForceTeam tm : teams) t += tm.strength;
        return t;
    }

    @Override
    public void units(Consumer<UnitRow> out) {
        for (SpecialForceTeam t : teams) out.accept(new UnitRow("sf" + t.id, UnitKind.SPECIAL_FORCE_TEAM, t.cell, t.strength, t.task.label));
    }
}
