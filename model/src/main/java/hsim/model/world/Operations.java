package hsim.model.world;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Settings shared by the security and gang operations that the world runs each day: how many fighters
 * a gang can bring to one point, how big an operation is, how far a win clears, how often gangs attack
 * posts and facilities, and how the arrest rule is scaled. All are assumptions of this model.
 */
public record Operations(double gangLocalShare, double gangEffectivenessPerHour, double gangCover, double residentResistance,
                         double operationHours, int clearRadius, double hnpOnDutyShare, double hnpPatrolShare,
                         double hnpOpSize, double guardOfficersPerSite,
                         double holdRatio,
                         double escortOfficersPerConvoy, double escortTroopsPerConvoy, String escortPolicy,
                         double siteAttackPerDay, double postAttackPerDay, double arrestRatePerDay, int visionCells,
                         double ruleViolence, double violenceHalfLifeDays, double killedShareFighters,
                         double recruitableShare, double joinPerDay, double careMaxMinutes, double protectionReference,
                         double reinfiltrationPerDay, double holdPresence) implements java.io.Serializable {

    public static List<Param> params() {
        return List.of(
                Param.number("ops.gang_local_share", 0.2, 0.01, 1, "share", "assumption",
                        "Share of a gang's fighting strength it can bring to one point"),
                Param.number("ops.gang_effectiveness_per_hour", 0.03, 0, 1, "hits/(fighter*h)", "assumption",
                        "Aimed-fire effectiveness of an armed gang member"),
                Param.number("ops.gang_cover", 0.3, 0, 0.95, "share", "assumption (dense built-up terrain, trenches)",
                        "Share of hits gang fighters avoid when defending their own ground"),
                Param.number("ops.resident_resistance", 2, 0, 1000, "fighter-equivalents", "assumption (neighbourhood brigades)",
                        "Resistance a cell without security presence puts up to a gang taking it"),
                Param.number("ops.operation_hours", 3, 0.25, 48, "h", "assumption", "Length of one operation or attack"),
                Param.integer("ops.clear_radius_cells", 4, 0, 50, "cells", "assumption (~100 m cells)",
                        "Radius cleared of a gang's control after a won operation"),
                Param.number("hnp.on_duty_share", 0.5, 0, 1, "share", "assumption (shifts, leave)", "Share of HNP officers on duty on a day"),
                Param.number("hnp.patrol_share", 0.5, 0, 1, "share", "assumption",
                        "Share of a state-held station's squads asked for patrols around it (rounded up)"),
                Param.number("hnp.operation_officers", 150, 1, 5000, "officers", "assumption",
                        "On-duty officers (whole squads) in one offensive operation"),
                Param.number("hnp.guard_officers_per_site", 80, 0, 5000, "officers", "assumption",
                        "Officers needed to guard one critical facility"),
                Param.number("security.hold_ratio", 1.5, 0, 100, "1", "assumption",
                        "Handover rule: HNP guard strength must be this multiple of the nearby threat"),
                Param.number("supply.escort_officers_per_convoy", 6, 0, 1000, "officers/convoy", "assumption", "HNP escort of one convoy"),
                Param.number("supply.escort_troops_per_convoy", 8, 0, 1000, "troops/convoy", "assumption", "Foreign-troop escort of one convoy"),
                Param.choice("supply.escort_policy", "fuel", List.of("none", "fuel", "all"), "scenario choice",
                        "Which convoys get escorts: none, fuel tankers only, or all"),
                Param.number("gangs.site_attack_per_day", 0.05, 0, 1, "1/day", "assumption",
                        "Chance per day that the strongest gang near a state-held critical facility attacks it"),
                Param.number("gangs.police_post_attack_per_day", 0.01, 0, 1, "1/day", "assumption",
                        "Chance per day that a gang bordering a police station attacks it"),
                Param.number("security.arrest_rate_per_day", 0.004, 0, 1, "1/day", "assumption",
                        "Share of gang members arrested per day at an Epstein arrest probability of 1"),
                Param.integer("people.vision_cells", 7, 0, 100, "cells", "Epstein 2002 (vision 7 in runs 2-5); ~100 m cells",
                        "Radius within which civilians see security forces and gang members"),
                Param.number("gangs.rule_violence_index", 0.15, 0, 1, "index", "assumption",
                        "Everyday violence index of living in gang-held cells"),
                Param.number("conflict.violence_half_life_days", 5, 0.5, 1000, "days", "assumption",
                        "Half-life of the violence index after fighting"),
                Param.number("conflict.fighter_killed_share", 0.4, 0, 1, "share", "assumption",
                        "Share of fighters put out of action who are killed (the rest wounded)"),
                Param.number("people.recruitable_share", 0.02, 0, 1, "share", "assumption (young men and boys; minors 30-50 % of members, UNICEF)",
                        "Share of residents a gang could recruit"),
                Param.number("people.join_per_day", 0.001, 0, 1, "1/day", "assumption",
                        "Daily chance that a recruitable, active (Epstein) resident offers to join"),
                Param.number("people.care_max_minutes", 45, 1, 1000, "min", "assumption",
                        "Travel time within which a functioning hospital counts as accessible"),
                Param.number("people.protection_reference_officers", 30, 0.01, 1e5, "officer-equivalents", "assumption",
                        "Security presence within vision that counts as full protection for legitimacy"),
                Param.number("gangs.reinfiltration_per_day", 0.03, 0, 1, "1/day", "assumption",
                        "Daily chance that cleared ground nobody holds goes back to its former gang"),
                Param.number("security.hold_presence_officers", 3, 0, 1e5, "officer-equivalents", "assumption",
                        "Security presence within vision that keeps cleared ground from going back to a gang"));
    }

    public static Operations from(Scenario s) {
        return new Operations(s.number("ops.gang_local_share"), s.number("ops.gang_effectiveness_per_hour"), s.number("ops.gang_cover"),
                s.number("ops.resident_resistance"), s.number("ops.operation_hours"), s.integer("ops.clear_radius_cells"),
                s.number("hnp.on_duty_share"), s.number("hnp.patrol_share"),
                s.number("hnp.operation_officers"), s.number("hnp.guard_officers_per_site"),
                s.number("security.hold_ratio"), s.number("supply.escort_officers_per_convoy"),
                s.number("supply.escort_troops_per_convoy"), s.text("supply.escort_policy"), s.number("gangs.site_attack_per_day"),
                s.number("gangs.police_post_attack_per_day"), s.number("security.arrest_rate_per_day"), s.integer("people.vision_cells"),
                s.number("gangs.rule_violence_index"), s.number("conflict.violence_half_life_days"),
                s.number("conflict.fighter_killed_share"), s.number("people.recruitable_share"), s.number("people.join_per_day"),
                s.number("people.care_max_minutes"), s.number("people.protection_reference_officers"),
                s.number("gangs.reinfiltration_per_day"), s.number("security.hold_presence_officers"));
    }
}
