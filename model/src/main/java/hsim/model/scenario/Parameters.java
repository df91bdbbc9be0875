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
        return c;
    }
}
