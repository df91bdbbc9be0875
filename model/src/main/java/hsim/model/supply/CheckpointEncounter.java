package hsim.model.supply;

import hsim.model.core.RngStream;

import java.io.Serializable;

/**
 * A convoy meeting a gang's checkpoint on entering its ground. Every truck's passage is decided by
 * {@link Checkpoint#meet} (one draw per truck, in truck order): a hijacked truck and its cargo are lost
 * and the gang resells the load; a kidnapped crew brings the gang a ransom and holds the convoy a day,
 * shared over its trucks; a toll is paid. A gang that is not outgunned also holds the convoy for the
 * checkpoint delay (a gang that is outgunned stands aside: every truck passes). A hijack or kidnapping is
 * remembered on the cell by the drivers ({@link RouteRisk}) and marks the convoy's route for re-planning.
 * A gang bound by a truce corridor ({@link SafePassage}) lets the convoy through untouched, and no truck draws.
 * How strong the checkpoint is and how long a kidnapping holds the convoy are {@link CheckpointSettings}.
 */
final class CheckpointEncounter implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SupplySettings s;
    private final Checkpoint checkpoint;
    private final RouteRisk risk;
    private final ConvoyRoutes routes;
    private final SupplyLedger ledger;
    private final CheckpointSettings post;
    private SafePassage passage = SafePassage.NONE;

    CheckpointEncounter(SupplySettings s, Checkpoint checkpoint, RouteRisk risk, ConvoyRoutes routes, SupplyLedger ledger) {
        this(s, CheckpointSettings.defaults(), checkpoint, risk, routes, ledger);
    }

    CheckpointEncounter(SupplySettings s, CheckpointSettings post, Checkpoint checkpoint, RouteRisk risk, ConvoyRoutes routes,
                        SupplyLedger ledger) {
        this.s = s;
        this.post = post;
        this.checkpoint = checkpoint;
        this.risk = risk;
        this.routes = routes;
        this.ledger = ledger;
    }

    void passage(SafePassage p) { this.passage = p; }

    CheckpointSettings settings() { return post; }

    /** Convoy {@code c} meets gang {@code gang}'s checkpoint on {@code cell}. */
    void meet(Convoy c, int gang, int cell, Roads roads, RngStream rng) {
        if (passage.letsPass(gang, c.origin, c.to)) { ledger.bookTrucePassage(c.trucks); return; }
        double strength = roads.checkpointStrength(gang);
        boolean attacked = false, stopped = false;
        int lost = 0;
        for (int t = 0; t < c.trucks; t++) {
            Checkpoint.Outcome o = checkpoint.meet(strength, c.escort, rng.nextDouble());
            if (o != Checkpoint.Outcome.PASS) stopped = true;
            switch (o) {
                case HIJACK -> { lost++; ledger.bookHijack(); attacked = true; roads.gangIncome(gang, s.lootUsdPerTruck()); }
                case KIDNAP -> {
                    ledger.bookKidnap(s.crewPerTruck());
                    attacked = true;
                    roads.gangIncome(gang, s.crewPerTruck() * s.ransomUsd());
                    c.clock -= post.kidnapHoldHours() * 60 * s.truckSpeedFactor() / c.trucks; // the convoy waits for the crew to be replaced
                }
                case TOLL -> roads.gangIncome(gang, checkpoint.settings().tollUsd());
                case PASS -> { }
            }
        }
        // a gang that stopped the trucks (not outgunned, see Checkpoint#meet) holds the convoy for the delay
        if (stopped) c.clock -= checkpoint.settings().delayHours() * 60 * s.truckSpeedFactor();
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
