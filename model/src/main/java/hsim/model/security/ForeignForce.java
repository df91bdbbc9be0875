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
import java.util.Locale;

/**
 * The rapid action force of the Secretary-General's proposal: a lead nation plus contributors, flown in
 * through the airport after a deployment delay at a limited daily rate, for a fixed term. Its mandate,
 * in the proposal's order: secure the port, the airport and the Varreux terminal, open and escort supply
 * corridors, then support HNP operations. After its term it withdraws either on a date or only when the
 * HNP holds every critical facility (a conditions-based exit, capped by a maximum extension).
 * Size is a lever; the 2025 Gang Suppression Force ceiling was 5,550 and MINUSTAH fielded 6,700 troops
 * at authorisation (literature.md §5.1). The force is a list of company-sized {@link RapidForceUnit}s:
 * troops land through the airport at the ramp rate and form units at the airport; casualties land on
 * the units in the fight ({@link #engage}); replacements top up weak units before new units form.
 */
public final class ForeignForce implements java.io.Serializable, UnitSource {
    private static final long serialVersionUID = 2L;

    public enum Withdrawal { DATE, CONDITIONS }

    public record Settings(boolean enabled, double troops, int deploymentDelayDays, double rampTroopsPerDay, int termDays,
                           Withdrawal withdrawal, int maxExtensionDays, double withdrawTroopsPerDay, double roeRestraint,
                           double effectivenessPerHour, int contributingNations, double interoperabilityLossPerNation,
                           double minInteroperability, double unitTroops, double moveCellsPerDay, double vehiclesPerUnit,
                           double vehiclesPerOperation, int guardUnitsPerSite, double escortCellsPerUnit,
                           double woundedReplacedShare) implements java.io.Serializable {
        /** Units that together bring the armoured vehicles one clearing operation needs (0: none can be mounted). */
        public int unitsPerOperation() {
            if (vehiclesPerOperation <= 0) return 1;
            return vehiclesPerUnit <= 0 ? 0 : (int) Math.ceil(vehiclesPerOperation / vehiclesPerUnit - 1e-9);
        }
    }

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
                        "Rules-of-engagement restraint: share of collateral harm avoided; costs fire effectiveness (conflict.restraint_effectiveness_cost)"),
                Param.number("rapid_force.effectiveness_per_hour", 0.08, 0, 1, "hits/(troop*h)", "assumption",
                        "Aimed-fire effectiveness per deployed soldier"),
                Param.integer("rapid_force.contributing_nations", 3, 1, 50, "nations", "assumption",
                        "Lead nation plus contributors"),
                Param.number("rapid_force.interoperability_loss_per_nation", 0.03, 0, 0.2, "share", "assumption",
                        "Effectiveness lost per contributor beyond the lead nation"),
                Param.number("rapid_force.min_interoperability", 0.2, 0, 1, "share", "assumption",
                        "Floor of the coalition's interoperability factor however many nations contribute"),
                Param.number("rapid_force.unit_troops", 150, 1, 2000, "troops/unit",
                        "assumption (an infantry company, 100-200 troops)", "Troops in one rapid-force unit at full strength"),
                Param.number("rapid_force.move_cells_per_day", 50, 1, 1000, "cells/day",
                        "assumption (~5 km a day through contested streets, ~100 m cells)", "How far a unit moves towards its task in a day"),
                Param.number("rapid_force.armoured_vehicles_per_unit", 4, 0, 100, "vehicles/unit",
                        "assumption (an armoured-vehicle platoon per company)", "Armoured vehicles a unit brings"),
                Param.number("rapid_force.vehicles_per_operation", 8, 0, 1000, "vehicles",
                        "assumption (entering barricaded gang ground needs armour; 0: infantry alone)",
                        "Armoured vehicles one clearing or joint operation needs: units join up until they have them"),
                Param.integer("rapid_force.guard_units_per_site", 1, 0, 20, "units/site", "assumption (a company guards a port or terminal)",
                        "Units that guard one secured critical facility until handover"),
                Param.number("rapid_force.escort_cells_per_unit", 60, 1, 10000, "cells/unit",
                        "assumption (a company posts and patrols ~6 km of road)", "Corridor length one escorting unit covers"),
                Param.number("rapid_force.wounded_replaced_share", 1, 0, 1, "share",
                        "assumption (casualty evacuation and replacement from the rear)", "Share of wounded troops replaced at once in their unit"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.flag("rapid_force.enabled"), s.number("rapid_force.troops"), s.integer("rapid_force.deployment_delay_days"),
                s.number("rapid_force.ramp_troops_per_day"), s.integer("rapid_force.term_days"),
                Withdrawal.valueOf(s.text("rapid_force.withdrawal").toUpperCase(Locale.ROOT)), s.integer("rapid_force.max_extension_days"),
                s.number("rapid_force.withdraw_troops_per_day"), s.number("rapid_force.roe_restraint"),
                s.number("rapid_force.effectiveness_per_hour"), s.integer("rapid_force.contributing_nations"),
                s.number("rapid_force.interoperability_loss_per_nation"), s.number("rapid_force.min_interoperability"),
                s.number("rapid_force.unit_troops"), s.number("rapid_force.move_cells_per_day"),
                s.number("rapid_force.armoured_vehicles_per_unit"), s.number("rapid_force.vehicles_per_operation"),
                s.integer("rapid_force.guard_units_per_site"), s.number("rapid_force.escort_cells_per_unit"),
                s.number("rapid_force.wounded_replaced_share"));
    }

    private final Settings s;
    /** Troops present in units (the sum of their strengths; kept in step by every change). */
    public double troops;
    public double troopDays, killedCum, injuredCum;
    private boolean withdrawing;
    /** Day the last troops left; -1 while none has left or it never came. */
    public int leftDay = -1;
    private final List<RapidForceUnit> units = new ArrayList<>();
    /** Troops landed but not yet formed into a unit or sent to a weak one. */
    private double pending;
    private int nextId;
    /** The units in the fight being booked: casualties land on them ({@link #engage}). */
    private List<RapidForceUnit> engaged = new ArrayList<>();

    public ForeignForce(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    public boolean withdrawing() { return withdrawing; }

    public boolean present() { return troops >= 1; }

    /** The units present, by id (landing order); the list is live, do not modify it. */
    public List<RapidForceUnit> units() { return Collections.unmodifiableList(units); }

    /** Day the term ends (withdrawal starts under a date rule). */
    public int termEndDay() { return s.deploymentDelayDays() + s.termDays(); }

    /** Effectiveness per soldier-hour after the interoperability cost of a coalition. */
    public double effectivenessPerTroopHour() {
        return s.effectivenessPerHour() * Math.max(s.minInteroperability(),
                1 - s.interoperabilityLossPerNation() * (s.contributingNations() - 1));
    }

    /**
     * One day of deployment and withdrawal. {@code airportOpen}: troops can land (at {@code landingCell});
     * {@code conditionsMet}: the HNP holds every critical facility (matters only for a conditions-based exit).
     */
    public void day(int day, boolean airportOpen, boolean conditionsMet, int landingCell) {
        if (!s.enabled()) return;
        if (!withdrawing && day >= termEndDay()) {
            boolean lastChance = day >= termEndDay() + s.maxExtensionDays();
            withdrawing = s.withdrawal() == Withdrawal.DATE || conditionsMet || lastChance;
        }
        if (withdrawing) {
            pending = 0;
            if (troops > 0) {
                double out = s.withdrawTroopsPerDay();
                // the last to land leave first
                for (int i = units.size() - 1; i >= 0 && out > 0; i--) {
                    RapidForceUnit u = units.get(i);
                    double k = Math.min(out, u.strength);
                    u.strength -= k;
                    out -= k;
                }
                prune();
                if (troops < 1) { troops = 0; units.clear(); leftDay = day; }
            }
        } else if (day >= s.deploymentDelayDays() && airportOpen) {
            pending += Math.max(0, Math.min(s.rampTroopsPerDay(), s.troops() - troops - pending));
            for (RapidForceUnit u : units) {
                double add = Math.min(pending, Math.max(0, s.unitTroops() - u.strength));
                u.strength += add;
                pending -= add;
            }
            sync();
            // a full company forms; the last, smaller one forms when it is all that is still to come
            while (pending >= 1 && (pending >= s.unitTroops() - 1e-9 || pending >= s.troops() - troops - 1e-9)) {
                double size = Math.min(pending, s.unitTroops());
                units.add(new RapidForceUnit(nextId++, landingCell, size));
                pending -= size;
                sync();
            }
        }
        troopDays += troops;
    }

    /** The units whose casualties the next booked fight lands on (replaces the previous set). */
    public void engage(List<RapidForceUnit> inFight) { engaged = new ArrayList<>(inFight); }

    /** Engages the guards standing at {@code cell} and returns their strength (a gang attack on a site). */
    public double engageGuardsAt(int cell) {
        List<RapidForceUnit> g = new ArrayList<>();
        double t = 0;
        for (RapidForceUnit u : units) if (u.task == RapidForceUnit.Task.GUARD_SITE && u.cell == cell) { g.add(u); t += u.strength; }
        engage(g);
        return t;
    }

    /** Books losses on the engaged units, by strength (on all units if none is engaged); a share of the wounded is replaced. */
    public void casualties(double killed, double injured) {
        List<RapidForceUnit> on = engaged.isEmpty() ? units : engaged;
        double str = 0;
        for (RapidForceUnit u : on) str += u.strength;
        if (str <= 0) return;
        double k = Math.min(str, killed), i = Math.min(str - k, injured);
        double lost = k + i * (1 - s.woundedReplacedShare());
        for (RapidForceUnit u : on) u.strength = Math.max(0, u.strength - lost * u.strength / str);
        killedCum += k;
        injuredCum += i;
        prune();
    }

    private void prune() {
        units.removeIf(u -> u.strength < 1);
        engaged.removeIf(u -> u.strength < 1);
        sync();
    }

    private void sync() {
        double t = 0;
        for (RapidForceUnit u : units) t += u.strength;
        troops = t;
    }

    @Override
    public void units(Consumer<UnitRow> out) {
        for (RapidForceUnit u : units) out.accept(new UnitRow("rf" + u.id, UnitKind.RAPID_FORCE_UNIT, u.cell, u.strength, u.taskLabel()));
    }
}
