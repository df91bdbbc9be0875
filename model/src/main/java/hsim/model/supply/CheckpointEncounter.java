package hsim.model.supply;

import hsim.model.core.RngStream;

import java.io.Serializable;

/**
 * A convoy meeting a gang's checkpoint on entering its ground. Every truck's passage is decided by
 * {@link Checkpoint#meet} (one draw per truck, in truck order): a hijacked truck and its cargo are lost
 * and the gang resells the load; a kidnapped crew brings the gang a ransom and holds the convoy a day,
 * shared over its trucks; a toll is paid. A gang that is not outgunned also holds the convoy for the
 * checkpoint delay. A hijack or kidnapping is remembered on the cell by the drivers ({@link RouteRisk}) and
 * marks the convoy's route for re-planning.
 */
final class CheckpointEncounter implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SupplySettings s;
    private final Checkpoint checkpoint;
    private final RouteRisk risk;
    private final ConvoyRoutes routes;
    private final SupplyLedger ledger;

    CheckpointEncounter(SupplySettings s, Checkpoint checkpoint, RouteRisk risk, ConvoyRoutes routes, SupplyLedger ledger) {
        this.s = s;
        this.checkpoint = checkpoint;
        this.risk = risk;
        this.routes = routes;
        this.ledger = ledger;
    }

    /** Convoy {@code c} meets gang {@code gang}'s checkpoint on {@code cell}. */
    void meet(Convoy c, int gang, int cell, Roads roads, RngStream rng) {
        double strength = roads.checkpointStrength(gang);
        boolean attacked = false;
        int lost = 0;
        for (int t = 0; t < c.trucks; t++) {
            Checkpoint.Outcome o = checkpoint.meet(strength, c.escort, rng.nextDouble());
            switch (o) {
                case HIJACK -> { lost++; ledger.bookHijack(); attacked = true; roads.gangIncome(gang, s.lootUsdPerTruck()); }
                case KIDNAP -> {
                    ledger.bookKidnap(s.crewPerTruck());
                    attacked = true;
                    roads.gangIncome(gang, s.crewPerTruck() * s.ransomUsd());
                    c.clock -= 24 * 60 * s.truckSpeedFactor() / c.trucks; // the convoy waits for the crew to be replaced
                }
                case TOLL -> roads.gangIncome(gang, checkpoint.settings().tollUsd());
                case PASS -> { }
            }
        }
        if (!checkpoint.outgunned(strength, c.escort)) c.clock -= checkpoint.settings().delayHours() * 60 * s.truckSpeedFactor();
        if (lost > 0) {
            c.to.inTransit.merge(c.cargo, -lost * c.amountPerTruck, Double::sum);
            ledger.bookLoss(c.cargo, lost * c.amountPerTruck);
            c.trucks -= lost;
        }
        if (attacked) {
            risk.attacked(cell);
            routes.attacked(c.origin, c.to.facility.cell());
        }
    }
}
