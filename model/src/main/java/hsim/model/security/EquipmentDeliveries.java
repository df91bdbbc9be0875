package hsim.model.security;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Dated deliveries of equipment to the HNP, a scenario event: on its date a delivery adds armoured vehicles
 * to the fleet that carries HNP offensives ({@link HnpOperations#addVehicles}) and raises every squad's
 * equipment level. The default is the delivery of 15 Oct 2022, when Canada and the United States flew
 * armoured and tactical vehicles bought by the Haitian government to the HNP (Government of Canada and US
 * State Department statements of 15 Oct 2022, reported by Reuters and AP). A delivery dated before the run's
 * start is in the force from day 0; {@code events.hnp_delivery_vehicles = 0} and
 * {@code events.hnp_delivery_equipment = 0} schedule nothing.
 */
public final class EquipmentDeliveries implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One delivery: on model day {@code day} (0 = start date), {@code vehicles} more and squad equipment + {@code equipment}. */
    public record Delivery(int day, double vehicles, double equipment) implements Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.date("events.hnp_delivery_date", "2022-10-15",
                        "Government of Canada / US State Department statements of 15 Oct 2022 (Reuters, AP)",
                        "Date on which armoured vehicles and equipment are delivered to the HNP"),
                Param.number("events.hnp_delivery_vehicles", 4, 0, 1000, "vehicles",
                        "assumption (the statements of 15 Oct 2022 give no number and it is not in literature.md; "
                                + "'armoured vehicles' on a few transport flights: taken as a few, enough for one assault on a fortified site)",
                        "Armoured vehicles the delivery adds to the HNP's fleet in the metro"),
                Param.number("events.hnp_delivery_equipment", 0.1, 0, 1, "1",
                        "assumption (the delivery also brought tactical vehicles and supplies)",
                        "Rise of every HNP squad's equipment level on the delivery date (capped at 1)"));
    }

    /** The scenario's deliveries, dated in model days from {@code run.start_date}. */
    public static List<Delivery> from(Scenario s) {
        LocalDate start = s.date("run.start_date");
        long day = ChronoUnit.DAYS.between(start, s.date("events.hnp_delivery_date"));
        double vehicles = s.number("events.hnp_delivery_vehicles"), equipment = s.number("events.hnp_delivery_equipment");
        if (vehicles <= 0 && equipment <= 0) return List.of();
        return List.of(new Delivery((int) Math.max(0, Math.min(Integer.MAX_VALUE, day)), vehicles, equipment));
    }

    private final List<Delivery> deliveries;
    private final PoliceForce hnp;
    private final HnpOperations operations;

    public EquipmentDeliveries(List<Delivery> deliveries, PoliceForce hnp, HnpOperations operations) {
        this.deliveries = List.copyOf(deliveries);
        this.hnp = hnp;
        this.operations = operations;
    }

    /** Applies the deliveries dated {@code day} (the model's 0-based day); called once a day before tasking. */
    public void apply(int day) {
        for (Delivery d : deliveries) {
            if (d.day() != day) continue;
            operations.addVehicles(d.vehicles());
            for (Squad q : hnp.squads()) q.setEquipment(q.equipment() + d.equipment());
            hnp.recount();
        }
    }
}
