package hsim.model.security;

import hsim.model.world.CriticalSite;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.List;

/**
 * The security forces' day at 03:00: the training mission's effect, the HNP squads' day (attrition, academy,
 * morale, training), the day's {@link EquipmentDeliveries}, the rapid force's arrival or withdrawal, squad tasking
 * ({@link Tasking}), then {@link RapidForceOperations}, {@link HnpOperations} (responses, offensives),
 * {@link SpecialForceRaids}, {@link Handover}, the withdrawal conditions, and the rebuilt {@link SecurityPresence}.
 */
public final class SecurityDay implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MetroState s;
    private final Deployment deployment;
    private final HnpLosses hnpLosses;
    private final RapidForceOperations rapidForce;
    private final HnpOperations hnpOperations;
    private final SpecialForceRaids specialForce;
    private final Handover handover;
    private final SecurityPresence presence;
    private final EquipmentDeliveries deliveries;
    private final Tasking tasking;

    public SecurityDay(MetroState s, Deployment deployment, HnpLosses hnpLosses, RapidForceOperations rapidForce,
                       HnpOperations hnpOperations, SpecialForceRaids specialForce, Handover handover,
                       SecurityPresence presence, EquipmentDeliveries deliveries) {
        this.s = s;
        this.deployment = deployment;
        this.hnpLosses = hnpLosses;
        this.rapidForce = rapidForce;
        this.hnpOperations = hnpOperations;
        this.specialForce = specialForce;
        this.handover = handover;
        this.presence = presence;
        this.deliveries = deliveries;
        this.tasking = new Tasking(Tasking.from(s.scenario));
    }

    public void run(int day, long hour) {
        s.streams.reset(Stream.SECURITY_DAY, 3, hour);
        PoliceForce hnp = s.hnp;
        ForeignForce force = s.force;
        TrainingMission.Effect te = s.training.effect(day);
        double support = force.present() ? Math.min(1, force.troops / hnp.settings().supportTroopsFull()) : 0;
        hnp.day(support, te, s.training.settings());
        deliveries.apply(day);
        force.day(day, s.siteOpen(s.airport) || s.airport == null, deployment.conditionsMet, s.airport == null ? -1 : s.airport.cell());

        // HNP squads by priority: hold sites, respond to yesterday's attacks, escort, patrol, the rest offensive
        List<Integer> attacks = hnp.takeAttacks();
        Tasking.Plan plan = tasking.today(s, deployment, attacks);

        RapidForceOperations.Support joint = rapidForce.run(day);
        hnpOperations.respond(plan, attacks);
        hnpOperations.run(plan.offensive(), joint.troops(), joint.operations());
        specialForce.run(day);
        handover.run(day);
        boolean met = true;
        for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) >= 0 || site.foreignHeld) met = false;
        deployment.conditionsMet = met;
        presence.rebuild();
        specialForce.updateIntelligence();
    }
}
