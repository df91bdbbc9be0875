package hsim.model.scenario;

import java.util.List;

/**
 * The standard parameter catalog: run settings plus each mechanism's parameters. Units are in the
 * keys' unit field (per_day, per_hour, people, ...), never "per step". Sources are cited in
 * docs/CALIBRATION.md via the {@code source} field; "assumption" marks what no source gives.
 */
public final class Parameters {
    private static final ParameterCatalog STANDARD = build();

    private Parameters() {}

    public static ParameterCatalog standard() { return STANDARD; }

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
        // each mechanism registers its own parameters
        c.addAll(hsim.model.people.EpsteinRule.params());
        c.addAll(hsim.model.people.Hardship.params());
        c.addAll(hsim.model.people.Legitimacy.params());
        c.addAll(hsim.model.people.Displacement.params());
        c.addAll(hsim.model.people.Cholera.params());
        c.addAll(hsim.model.gangs.GangEconomy.params());
        c.addAll(hsim.model.gangs.Territory.params());
        c.addAll(hsim.model.world.GangRoster.params());
        c.addAll(hsim.model.conflict.Engagement.params());
        c.addAll(hsim.model.security.PoliceForce.params());
        c.addAll(hsim.model.security.ForeignForce.params());
        c.addAll(hsim.model.security.SpecialForce.params());
        c.addAll(hsim.model.security.TrainingMission.params());
        c.addAll(hsim.model.supply.Checkpoint.params());
        c.addAll(hsim.model.supply.SupplySettings.params());
        c.addAll(hsim.model.world.Operations.params());
        c.addAll(hsim.model.world.Metro.params());
        c.addAll(hsim.model.world.VarreuxRetake.params());
        c.addAll(hsim.model.epstein.EpsteinWorld.params());
        return c;
    }
}
