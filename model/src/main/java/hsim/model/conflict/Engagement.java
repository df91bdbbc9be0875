package hsim.model.conflict;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * A firefight between two forces (security forces against a gang, or two gangs), as stochastic
 * Lanchester aimed-fire attrition (the square law, literature.md §3.1): in each small time slice side A
 * loses on average {@code effB * B * (1 - coverA) * dt} fighters, and the reverse. Losses are Poisson
 * draws, so with homogeneous, well-mixed forces and many fighters the mean path follows
 * dA/dt = -beta B, dB/dt = -alpha A. Hits that land are casualties unless the side survives them
 * (training and equipment, {@link #survival}). The fight stops at the time limit or when one side has lost
 * its break-off share. Civilians nearby are hit in proportion to the volume of fire, the local
 * population density and each side's lack of restraint (rules of engagement). Restraint is not free:
 * a side's aimed-fire effectiveness falls by {@code conflict.restraint_effectiveness_cost} times its
 * restraint (positive identification, no fire into crowded blocks, fewer suppressive volleys).
 */
public final class Engagement implements java.io.Serializable {

    /**
     * One side. {@code effectiveness}: hits per fighter per hour of aimed fire against an unprotected
     * target (already scaled by training, weapons and ammunition); {@code cover}: share of incoming hits
     * avoided; {@code restraint}: share of collateral harm avoided (rules of engagement, 0..1);
     * {@code survival}: share of the hits that land which do not put a fighter out of action (body armour,
     * trained movement under fire, first aid: {@link #survival}).
     */
    public record Side(double fighters, double effectiveness, double cover, double restraint, double survival) {
        public Side {
            if (!(fighters >= 0) || !(effectiveness >= 0) || cover < 0 || cover > 1 || restraint < 0 || restraint > 1
                    || !(survival >= 0) || survival > 1) {
                throw new IllegalArgumentException("bad side " + fighters + "/" + effectiveness + "/" + cover + "/" + restraint + "/" + survival);
            }
        }

        /** A side whose hits all count (no protection beyond cover). */
        public Side(double fighters, double effectiveness, double cover, double restraint) {
            this(fighters, effectiveness, cover, restraint, 0);
        }
    }

    /** Losses of each side and civilian casualties, in people; {@code aWon} when B broke off and A did not. */
    public record Result(double lossesA, double lossesB, double civiliansKilled, double civiliansInjured,
                         double hours, boolean aWon) {}

    /**
     * @param sliceHours         time slice of the attrition integration
     * @param breakOffShare      a side breaks off after losing this share of its starting fighters
     * @param collateralPerShot  civilian casualties per fighter-hour of fire at the reference density, no restraint
     * @param referenceDensity   people per km2 at which {@code collateralPerShot} applies
     * @param killedShare        share of civilian casualties that are deaths (the rest injured)
     * @param trainingProtection share of landed hits a fully trained fighter survives
     * @param equipmentProtection share of landed hits full equipment (armour, armoured vehicles) stops
     * @param restraintCost      share of aimed-fire effectiveness lost at full restraint (restraint 1)
     */
    public record Settings(double sliceHours, double breakOffShare, double collateralPerShot,
                           double referenceDensity, double killedShare, double trainingProtection,
                           double equipmentProtection, double restraintCost) implements java.io.Serializable {
        public Settings(double sliceHours, double breakOffShare, double collateralPerShot, double referenceDensity, double killedShare) {
            this(sliceHours, breakOffShare, collateralPerShot, referenceDensity, killedShare, 0, 0, 0);
        }
    }

    public static List<Param> params() {
        return List.of(
                Param.number("conflict.slice_hours", 0.25, 0.01, 1, "h", "assumption (numerical step)",
                        "Time slice of the stochastic Lanchester integration"),
                Param.number("conflict.break_off_share", 0.2, 0.01, 1, "share", "assumption",
                        "A side breaks off after losing this share of the fighters it started with"),
                Param.number("conflict.collateral_per_fighter_hour", 0.004, 0, 1, "casualties/(fighter*h)",
                        "assumption, calibrated so 2022 violence gives ~2,000 homicides/yr (UNODC 2022 via literature.md §5.1)",
                        "Civilian casualties per fighter-hour of fire at the reference density with no restraint"),
                Param.number("conflict.reference_density_per_km2", 16523, 1, 1e6, "people/km2",
                        "IHSI 2015 metro density (literature.md §5.1)", "Density at which collateral_per_fighter_hour applies"),
                Param.number("conflict.civilian_killed_share", 0.35, 0, 1, "share", "assumption",
                        "Share of civilian casualties from violence that are deaths"),
                Param.number("conflict.training_protection", 0.3, 0, 1, "share",
                        "assumption (fire and movement, use of cover and tactical first aid keep hits from becoming casualties)",
                        "Share of landed hits a fully trained fighter survives in action (scaled by training 0..1)"),
                Param.number("conflict.equipment_protection", 0.3, 0, 1, "share",
                        "assumption (body armour and armoured vehicles stop part of the rifle fire)",
                        "Share of landed hits full equipment stops (scaled by equipment 0..1)"),
                Param.number("conflict.restraint_effectiveness_cost", 0.3, 0, 1, "share",
                        "assumption (restrictive rules of engagement trade firepower for fewer civilian casualties)",
                        "Share of a side's aimed-fire effectiveness lost at full restraint; scales with its restraint"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("conflict.slice_hours"), s.number("conflict.break_off_share"),
                s.number("conflict.collateral_per_fighter_hour"), s.number("conflict.reference_density_per_km2"),
                s.number("conflict.civilian_killed_share"), s.number("conflict.training_protection"),
                s.number("conflict.equipment_protection"), s.number("conflict.restraint_effectiveness_cost"));
    }

    private final Settings settings;

    public Engagement(Settings settings) { this.settings = settings; }

    public Settings settings() { return settings; }

    /**
     * Share of landed hits that a fighter of this training and equipment (each 0..1) survives: the two
     * protections combine as independent filters, so neither alone reaches full protection.
     */
    public double survival(double training, double equipment) {
        double t = Math.max(0, Math.min(1, training)), e = Math.max(0, Math.min(1, equipment));
        return 1 - (1 - settings.trainingProtection() * t) * (1 - settings.equipmentProtection() * e);
    }

    /**
     * Fights for at most {@code hours}. {@code density} is the local population per km2; {@code u} supplies
     * uniform draws in [0, 1) (from the run's counter-based stream, so the result is reproducible).
     */
    public Result fight(Side a, Side b, double hours, double density, DoubleSupplier u) {
        return run(a, b, hours, density, u);
    }

    /** The expected (mean-field) path: the deterministic Lanchester square law, for verification. */
    public Result expected(Side a, Side b, double hours, double density) {
        return run(a, b, hours, density, null);
    }

    private Result run(Side a, Side b, double hours, double density, DoubleSupplier u) {
        double na = a.fighters(), nb = b.fighters();
        double breakA = a.fighters() * (1 - settings.breakOffShare());
        double breakB = b.fighters() * (1 - settings.breakOffShare());
        double civ = 0, t = 0;
        double densityFactor = density / settings.referenceDensity();
        while (t < hours - 1e-12 && na > 0 && nb > 0 && na > breakA && nb > breakB) {
            double dt = Math.min(settings.sliceHours(), hours - t);
            double meanLossA = effective(b) * nb * (1 - a.cover()) * (1 - a.survival()) * dt;
            double meanLossB = effective(a) * na * (1 - b.cover()) * (1 - b.survival()) * dt;
            double fire = (na * (1 - a.restraint()) + nb * (1 - b.restraint())) * dt;
            double meanCiv = settings.collateralPerShot() * fire * densityFactor;
            double la, lb, lc;
            if (u == null) {
                la = meanLossA; lb = meanLossB; lc = meanCiv;
            } else {
                la = poisson(meanLossA, u); lb = poisson(meanLossB, u); lc = poisson(meanCiv, u);
            }
            na = Math.max(0, na - la);
            nb = Math.max(0, nb - lb);
            civ += lc;
            t += dt;
        }
        double lostA = a.fighters() - na, lostB = b.fighters() - nb;
                // the attacker (A) wins only by breaking the defender; a fight that ends with both standing is a hold
        boolean aWon = nb <= breakB && na > breakA;
        double killed = u == null ? civ * settings.killedShare() : binomial(civ, settings.killedShare(), u);
        return new Result(lostA, lostB, killed, civ - killed, t, aWon);
    }

    /** A side's aimed-fire effectiveness after the cost of its restraint. */
    public double effective(Side side) { return side.effectiveness() * (1 - settings.restraintCost() * side.restraint()); }

    /** A Poisson draw with the given mean: inversion for small means, a rounded normal for large ones. */
    public static double poisson(double mean, DoubleSupplier u) {
        if (mean <= 0) return 0;
        if (mean > 30) {
            double z = Math.sqrt(-2 * StrictMath.log(1 - u.getAsDouble())) * StrictMath.cos(2 * Math.PI * u.getAsDouble());
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * z));
        }
        double p = StrictMath.exp(-mean), cdf = p, x = u.getAsDouble();
        int k = 0;
        while (x > cdf && k < 200) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** Binomial draw of n (rounded) trials; normal approximation above 50 trials. */
    public static double binomial(double n, double p, DoubleSupplier u) {
        int trials = (int) Math.rint(n);
        if (trials <= 0 || p <= 0) return 0;
        if (p >= 1) return trials;
        if (trials > 50) {
            double z = Math.sqrt(-2 * StrictMath.log(1 - u.getAsDouble())) * StrictMath.cos(2 * Math.PI * u.getAsDouble());
            return Math.max(0, Math.min(trials, Math.rint(trials * p + Math.sqrt(trials * p * (1 - p)) * z)));
        }
        int k = 0;
        for (int i = 0; i < trials; i++) if (u.getAsDouble() < p) k++;
        return k;
    }
}
