package hsim.model.people;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Cholera as a daily SEIR process per civilian agent. Infection comes mostly through unsafe water: the
 * transmission rate rises as the share of safe water falls (treatment and pumping need fuel; BINUH
 * S/2022/761 on the blockade creating "perfect conditions" for cholera), and is proportional to the
 * infectious share nearby (mostly local, partly metro-wide mixing). A share of infections is
 * asymptomatic (Crooks and Hailegiorgis 2014 use 70 %); symptomatic cases die at a rate that depends on
 * treatment at a functioning hospital, calibrated so that the overall suspected-case CFR is near 2 %
 * (PAHO 2022-23, literature.md §2.1).
 */
public final class Cholera implements java.io.Serializable {
    // codes shared with Civilians' cholera byte: symptomatic is its INFECTIOUS; asymptomatic carriers get an extra code
    public static final byte SUSCEPTIBLE = Civilians.SUSCEPTIBLE, EXPOSED = Civilians.EXPOSED,
            SYMPTOMATIC = Civilians.INFECTIOUS, RECOVERED = Civilians.RECOVERED, DEAD = Civilians.DEAD, ASYMPTOMATIC = 5;

    public record Settings(double baseTransmissionPerDay, double waterTransmissionPerDay, double localMixing,
                           double asymptomaticInfectiousness, double symptomaticShare, double incubationDays,
                           double illnessDays, double cfrTreated, double cfrUntreated, double initialInfectedPeople,
                           double localBlockCells) implements java.io.Serializable {
        /** With the catalog's default neighbourhood (10 x 10 cells). */
        public Settings(double baseTransmissionPerDay, double waterTransmissionPerDay, double localMixing, double asymptomaticInfectiousness,
                        double symptomaticShare, double incubationDays, double illnessDays, double cfrTreated, double cfrUntreated,
                        double initialInfectedPeople) {
            this(baseTransmissionPerDay, waterTransmissionPerDay, localMixing, asymptomaticInfectiousness, symptomaticShare,
                    incubationDays, illnessDays, cfrTreated, cfrUntreated, initialInfectedPeople, Double.parseDouble(LOCAL_BLOCK.defaultText()));
        }
    }

    static final Param LOCAL_BLOCK = Param.integer("cholera.local_block_cells", 10, 1, 1000, "cells",
            "assumption (~1 km neighbourhoods of ~100 m cells share water sources; Crooks & Hailegiorgis 2014)",
            "Side of the square block over which the local infectious share is counted (see CholeraPrevalence)");

    public static List<Param> params() {
        return List.of(
                Param.number("cholera.base_transmission_per_day", 0.06, 0, 10, "1/day", "assumption (R0 < 1 with safe water)",
                        "Transmission rate per infectious share when all water is safe (person-to-person, food)"),
                Param.number("cholera.water_transmission_per_day", 1.5, 0, 10, "1/day",
                        "assumption, calibrated so an unsafe-water city gives R0 ~ 2 (Haiti 2010 estimates 1.5-2.8, assumption)",
                        "Extra transmission rate per infectious share times the share of unsafe water"),
                Param.number("cholera.local_mixing_share", 0.8, 0, 1, "share", "assumption; Crooks & Hailegiorgis 2014 (spread grows from local water sources)",
                        "Weight of the local (neighbourhood) infectious share against the metro-wide share"),
                Param.number("cholera.asymptomatic_infectiousness", 0.25, 0, 1, "relative", "assumption",
                        "Infectiousness of an asymptomatic carrier relative to a symptomatic case"),
                Param.number("cholera.symptomatic_share", 0.3, 0, 1, "share", "Crooks & Hailegiorgis 2014 (70 % asymptomatic)",
                        "Share of infections that become symptomatic (suspected) cases"),
                Param.number("cholera.incubation_days", 1.5, 0.1, 10, "days", "Crooks & Hailegiorgis 2014 (12-72 h, Nelson et al. 2009)",
                        "Mean incubation period"),
                Param.number("cholera.illness_days", 5, 0.5, 30, "days", "assumption",
                        "Mean duration of shedding / illness"),
                Param.number("cholera.cfr_treated", 0.01, 0, 1, "share", "assumption (WHO target < 1 % with treatment)",
                        "Case fatality of symptomatic cases treated at a functioning hospital"),
                Param.number("cholera.cfr_untreated", 0.12, 0, 1, "share",
                        "assumption, calibrated to the overall suspected-case CFR ~2 % (PAHO Dec 2022 - Feb 2023)",
                        "Case fatality of symptomatic cases without treatment"),
                Param.number("cholera.initial_infected_people", 1000, 0, 1e6, "people",
                        "assumption, consistent with 655 suspected cases by 13 Oct 2022 (PAHO) after the first on 2 Oct (WHO DON)",
                        "People infected on the first day"),
                LOCAL_BLOCK);
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("cholera.base_transmission_per_day"), s.number("cholera.water_transmission_per_day"),
                s.number("cholera.local_mixing_share"), s.number("cholera.asymptomatic_infectiousness"),
                s.number("cholera.symptomatic_share"), s.number("cholera.incubation_days"), s.number("cholera.illness_days"),
                s.number("cholera.cfr_treated"), s.number("cholera.cfr_untreated"), s.number("cholera.initial_infected_people"),
                s.number("cholera.local_block_cells"));
    }

    private final Settings s;
    private final double pIncubationEnds, pIllnessEnds;

    public Cholera(Settings settings) {
        this.s = settings;
        this.pIncubationEnds = 1 - StrictMath.exp(-1 / settings.incubationDays());
        this.pIllnessEnds = 1 - StrictMath.exp(-1 / settings.illnessDays());
    }

    public Settings settings() { return s; }

    /** Infectious weight of one agent in state {@code state} (symptomatic 1, asymptomatic relative weight). */
    public double infectiousness(byte state) {
        return state == SYMPTOMATIC ? 1.0 : state == ASYMPTOMATIC ? s.asymptomaticInfectiousness() : 0.0;
    }

    /**
     * Daily force of infection for a susceptible: (base + water * unsafe share) times the infectious
     * share it is exposed to, mixing local and metro-wide prevalence.
     */
    public double forceOfInfection(double safeWaterShare, double localInfectiousShare, double metroInfectiousShare) {
        double unsafe = 1 - Math.max(0, Math.min(1, safeWaterShare));
        double prevalence = s.localMixing() * localInfectiousShare + (1 - s.localMixing()) * metroInfectiousShare;
        return (s.baseTransmissionPerDay() + s.waterTransmissionPerDay() * unsafe) * prevalence;
    }

    /** Basic reproduction number for a given safe-water share (rate times mean infectious period). */
    public double r0(double safeWaterShare) {
        double unsafe = 1 - safeWaterShare;
        double weight = s.symptomaticShare() + (1 - s.symptomaticShare()) * s.asymptomaticInfectiousness();
        return (s.baseTransmissionPerDay() + s.waterTransmissionPerDay() * unsafe) * s.illnessDays() * weight;
    }

    /**
     * One day of the disease for one agent. {@code u1} decides the transition, {@code u2} its branch
     * (symptomatic or not; death or recovery). Returns the new state.
     */
    public byte step(byte state, double forceOfInfection, boolean treated, double u1, double u2) {
        return stepAtRisk(state, state == SUSCEPTIBLE ? infectionProbability(forceOfInfection) : 0, treated, u1, u2);
    }

    /** A susceptible's chance of infection today under force of infection {@code foi}. */
    public double infectionProbability(double foi) { return 1 - StrictMath.exp(-foi); }

    /**
     * {@link #step} given the susceptible's infection chance ({@link #infectionProbability}) instead of
     * the force of infection, so callers can share one {@code exp} among agents exposed alike.
     */
    public byte stepAtRisk(byte state, double infectionProbability, boolean treated, double u1, double u2) {
        switch (state) {
            case SUSCEPTIBLE:
                return u1 < infectionProbability ? EXPOSED : SUSCEPTIBLE;
            case EXPOSED:
                if (u1 >= pIncubationEnds) return EXPOSED;
                return u2 < s.symptomaticShare() ? SYMPTOMATIC : ASYMPTOMATIC;
            case SYMPTOMATIC:
                if (u1 >= pIllnessEnds) return SYMPTOMATIC;
                return u2 < (treated ? s.cfrTreated() : s.cfrUntreated()) ? DEAD : RECOVERED;
            case ASYMPTOMATIC:
                return u1 < pIllnessEnds ? RECOVERED : ASYMPTOMATIC;
            default:
                return state;
        }
    }
}
