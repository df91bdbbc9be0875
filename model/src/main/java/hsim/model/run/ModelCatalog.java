package hsim.model.run;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.epstein.EpsteinWorld;
import hsim.model.gangs.GangEconomy;
import hsim.model.gangs.Territory;
import hsim.model.people.CareAccess;
import hsim.model.people.Cholera;
import hsim.model.people.Displacement;
import hsim.model.people.EpsteinRule;
import hsim.model.people.Hardship;
import hsim.model.people.Legitimacy;
import hsim.model.scenario.Param;
import hsim.model.scenario.ParameterCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.security.ForeignForce;
import hsim.model.security.PoliceForce;
import hsim.model.security.SecurityPresence;
import hsim.model.security.SpecialForce;
import hsim.model.security.TrainingMission;
import hsim.model.supply.Catchment;
import hsim.model.supply.Checkpoint;
import hsim.model.supply.SupplySettings;
import hsim.model.world.GangRoster;
import hsim.model.world.Operations;
import hsim.model.world.StartingConditions;

import java.util.List;

/**
 * The parameter catalog of the whole model: run settings plus each mechanism's own {@code params()}.
 * It is assembled here, at the top, because this is the one package that knows every mechanism; the
 * scenario package below only validates values against whatever catalog it is given. Units are in
 * the keys' unit field (per_day, per_hour, people, ...), never "per step"; sources are cited in
 * docs/CALIBRATION.md through the {@code source} field, and "assumption" marks what no source gives.
 * The order here is the order of docs/CALIBRATION.md and data/scenarios/baseline.yaml.
 */
public final class ModelCatalog {
    private static final ParameterCatalog STANDARD = build();

    private ModelCatalog() {}

    /** Every parameter a scenario may set. */
    public static ParameterCatalog standard() { return STANDARD; }

    /** A scenario loader that validates against {@link #standard()}. */
    public static ScenarioLoader loader() { return new ScenarioLoader(STANDARD); }

    private static ParameterCatalog build() {
        ParameterCatalog c = new ParameterCatalog();
        c.addAll(List.of(
                Param.date("run.start_date", "2022-10-01", "UN SG letter of 9 Oct 2022; issue brief",
                        "First simulated day"),
                Param.integer("run.days", 365, 1, 36500, "days", "assumption (one-year horizon)",
                        "Simulated days when the command line gives no --days"),
                Param.number("run.people_per_agent", 100, 1, 100000, "people/agent", "assumption (speed)",
                        "Scale factor: how many residents one civilian agent stands for")
        ));
        c.addAll(EpsteinRule.params());
        c.addAll(Hardship.params());
        c.addAll(Legitimacy.params());
        c.addAll(Displacement.params());
        c.addAll(CareAccess.params());
        c.addAll(Catchment.params());
        c.addAll(Cholera.params());
        c.addAll(GangEconomy.params());
        c.addAll(hsim.model.gangs.FightingStrength.params());
        c.addAll(Territory.params());
        c.addAll(hsim.model.gangs.Leadership.params());
        c.addAll(hsim.model.gangs.ContestedGround.params());
        c.addAll(hsim.model.gangs.Membership.params());
        c.addAll(hsim.model.people.Casualties.params());
        c.addAll(hsim.model.gangs.Arrests.params());
        c.addAll(hsim.model.gangs.GangAttacks.params());
        c.addAll(hsim.model.gangs.GangExpansion.params());
        c.addAll(GangRoster.params());
        c.addAll(Engagement.params());
        c.addAll(PoliceForce.params());
        c.addAll(hsim.model.security.Tasking.params());
        c.addAll(hsim.model.security.HnpOperations.params());
        c.addAll(hsim.model.security.EquipmentDeliveries.params());
        c.addAll(ForeignForce.params());
        c.addAll(SpecialForce.params());
        c.addAll(TrainingMission.params());
        c.addAll(Checkpoint.params());
        c.addAll(hsim.model.supply.CheckpointSettings.params());
        c.addAll(SupplySettings.params());
        c.addAll(hsim.model.supply.FuelPriority.params());
        c.addAll(Operations.params());
        c.addAll(StartingConditions.params());
        c.addAll(Battles.params());
        c.addAll(SecurityPresence.params());
        c.addAll(hsim.model.security.RapidForceOperations.params());
        c.addAll(hsim.model.security.Handover.params());
        c.addAll(hsim.model.truce.TruceSettings.params());
        c.addAll(EpsteinWorld.params());
        c.removed("gangs.varreux_retaken_day", "it forced the date of the HNP's retake of Varreux; the retake now follows from HNP "
                + "operations once the armoured vehicles of the dated delivery (events.hnp_delivery_date, events.hnp_delivery_vehicles) "
                + "allow an assault on the terminal (hnp.site_assault_vehicles). Delete the line (issue 13)");
        c.removed("security.threat_radius_cells", "a handed-over site is held against the attack gangs would mount on it, "
                + "so it uses the attack's reach: set gangs.site_attack_reach_cells instead (issue 12)");
        c.removed("security.site_threat_factor", "a handed-over site is held against the attack gangs would mount on it, "
                + "so it uses the attack's strength factor: set gangs.site_attack_strength_factor instead (issue 12)");
        return c;
    }
}
