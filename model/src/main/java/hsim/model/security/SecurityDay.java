package hsim.model.security;

import hsim.model.world.CriticalSite;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;

/**
 * The security forces' day at 03:00: the training mission's effect, the HNP's day (attrition, academy,
 * morale, training), the rapid force's arrival or withdrawal, HNP tasking ({@link Tasking}), then
 * {@link RapidForceOperations}, {@link HnpOperations}, {@link SpecialForceRaids}, {@link Handover},
 * the withdrawal conditions, the calibration hook, and the rebuilt {@link SecurityPresence}.
 */
public final class SecurityDay implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A scheduled change to the ground at the end of the security day (the calibration's Varreux retake). */
    public interface Hook extends Serializable {
        void apply(int day);
    }

    private final MetroState s;
    private final Deployment deployment;
    private final HnpLosses hnpLosses;
    private final RapidForceOperations rapidForce;
    private final HnpOperations hnpOperations;
    private final SpecialForceRaids specialForce;
    private final Handover handover;
    private final SecurityPresence presence;
    private final Hook hook;

    public SecurityDay(MetroState s, Deployment deployment, HnpLosses hnpLosses, RapidForceOperations rapidForce,
                       HnpOperations hnpOperations, SpecialForceRaids specialForce, Handover handover,
                       SecurityPresence presence, Hook hook) {
        this.s = s;
        this.deployment = deployment;
        this.hnpLosses = hnpLosses;
        this.rapidForce = rapidForce;
        this.hnpOperations = hnpOperations;
        this.specialForce = specialForce;
        this.handover = handover;
        this.presence = presence;
        this.hook = hook;
    }

    public void run(int day, long hour) {
        s.streams.reset(Stream.SECURITY_DAY, 3, hour);
        PoliceForce hnp = s.hnp;
        ForeignForce force = s.force;
        TrainingMission.Effect te = s.training.effect(day);
        double recent = hnpLosses.recentThenNextDay();
        double support = force.moraleSupport();
        hnp.day(recent / Math.max(1, hnp.officers), support, te.trainingBoost(), te.throughputFactor(), te.retention());
        force.day(day, s.siteOpen(s.airport) || s.airport == null, deployment.conditionsMet, s.airport == null ? -1 : s.airport.cell());

        double onDuty = hnp.officers * s.ops.hnpOnDutyShare();
        int stateSites = 0;
        for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) < 0) stateSites++;
        boolean escortsWanted = !s.ops.escortPolicy().equals("none");
        double convoys = escortsWanted ? Math.max(5, s.supply.convoysOnRoad()) : 0;
        double siteGuards = s.ops.guardOfficersPerSite() * stateSites; // handed-over areas are held too (Handover)
        double[] alloc = Tasking.allocate(onDuty, siteGuards + deployment.hnpAreaOfficers(), onDuty * s.ops.hnpResponseShare(),
                convoys * s.ops.escortOfficersPerConvoy(), onDuty * s.ops.hnpPatrolShare());
        deployment.hnpGuardsPerSite = stateSites == 0 ? 0 : Math.min(siteGuards, alloc[Tasking.Duty.HOLD_FACILITIES.ordinal()]) / stateSites;
        deployment.escortStrengthHnp = convoys == 0 ? 0 : alloc[Tasking.Duty.ESCORT.ordinal()] / convoys * hnp.quality();
        double offensive = alloc[Tasking.Duty.OFFENSIVE.ordinal()];

        RapidForceOperations.Support joint = rapidForce.run(day);
        hnpOperations.run(offensive, joint.troops(), joint.operations());
        specialForce.run(day);
        handover.run(day);
        boolean met = true;
        for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) >= 0 || site.foreignHeld) met = false;
        deployment.conditionsMet = met;
        hook.apply(day); // calibration hook: holds or clears Varreux on a scheduled day
        presence.rebuild();
        specialForce.updateIntelligence();
    }
}
