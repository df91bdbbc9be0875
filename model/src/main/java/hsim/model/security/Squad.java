package hsim.model.security;

import java.io.Serializable;

/**
 * An HNP squad: officers of one commissariat or sub-commissariat who are tasked together. It has its own
 * strength, training, equipment and morale, a home station, the cell it stands on today and today's task
 * ({@link Tasking}). Casualties ({@link HnpLosses}), desertion and academy graduates ({@link PoliceForce#day})
 * change the squad they land on; training and equipment set how well it fights and survives ({@link PoliceForce#side}).
 */
public final class Squad implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Stable id, {@code hnp-<station id>-<n>}. */
    public final String id;
    /** Index of the home station in {@link PoliceForce#stations()}. */
    public final int station;
    double strength, training, equipment, morale;
    /** Officers put out of action recently (decays with {@code hnp.loss_memory_days}); weighs on morale. */
    double recentLosses;
    int cell;
    Tasking.Duty task;

    Squad(String id, int station, int cell, double strength, double training, double equipment, double morale) {
        this.id = id;
        this.station = station;
        this.cell = cell;
        this.strength = strength;
        this.training = training;
        this.equipment = equipment;
        this.morale = morale;
    }

    public double strength() { return strength; }
    public double training() { return training; }
    public double equipment() { return equipment; }
    public double morale() { return morale; }
    public double recentLosses() { return recentLosses; }
    /** The cell the squad stands on (its home station when not deployed). */
    public int cell() { return cell; }
    /** Today's task; null before the first tasking. */
    public Tasking.Duty task() { return task; }

    /** Officers of the squad in the field today (the rest are off shift or on leave). */
    public double onDuty(double onDutyShare) { return strength * onDutyShare; }

    /** Sets training (a scenario or test lever: e.g. a squad that went through a course). */
    public void setTraining(double t) { training = Math.max(0, Math.min(1, t)); }

    /** Sets equipment (a scenario or test lever: e.g. a delivery of armoured vehicles and body armour). */
    public void setEquipment(double e) { equipment = Math.max(0, Math.min(1, e)); }

    /** Folds {@code n} officers at the given levels into this squad (graduates or a merged squad). */
    void absorb(double n, double t, double e, double m) {
        if (n <= 0) return;
        double tot = strength + n;
        training = (training * strength + t * n) / tot;
        equipment = (equipment * strength + e * n) / tot;
        morale = (morale * strength + m * n) / tot;
        strength = tot;
    }
}
