package hsim.model.security;

import hsim.model.world.CriticalSite;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.List;

/**
 * The security forces' day at 03:00: the training mission's effect, the HNP squads' day (attrition, academy,
 * morale, training), the rapid force's arrival or withdrawal, squad tasking ({@link Tasking}), then
 * {@link RapidForceOperations}, {@link HnpOperations} (responses, offensives), {@link SpecialForceRaids}, {@link Handover},
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
    private final Tasking tasking;

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
        this.tasking = new Tasking(Tasking.from(s.scenario));
    }

    public void run(int day, long hour) {
        s.streams.reset(Stream.SECURITY_DAY, 3, hour);
        PoliceForce hnp = s.hnp;
        ForeignForce force = s.force;
        TrainingMission.Effect te = s.training.effect(day);
        double support = force.present() ? Math.min(1, force.troops / hnp.settings().supportTroopsFull()) : 0;
        hnp.day(support, te, s.training.settings());
        force.day(day, s.siteOpen(s.airport) || s.airport == null, deployment.conditionsMet);

        // HNP squads by priority: hold sites, respond to yesterday's attacks, escort, patrol, the rest offensive
        List<Integer> attacks = hnp.takeAttacks();
        Tasking.Plan plan = tasking.today(s, deployment, attacks);

        double maneuver = 0;
        if (force.present()) {
            int guarded = 0;
            for (CriticalSite site : s.sites) if (site.foreignHeld) guarded++;
            maneuver = Math.max(0, force.troops - guarded * s.ops.forceTroopsPerSite());
            deployment.escortStrengthForce = deployment.corridorsOpen || maneuver > 0 ? s.ops.escortTroopsPerConvoy() * s.troopEquivalent() : 0;
            maneuver = rapidForce.run(maneuver);
        } else {
            deployment.escortStrengthForce = 0;
            for (CriticalSite site : s.sites) site.foreignHeld = false;
        }
        hnpOperations.respond(plan, attacks);
        hnpOperations.run(plan.offensive(), maneuver);
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
