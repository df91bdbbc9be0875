package hsim.model.supply;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * A gang checkpoint on a road cell, met by a convoy. The gang stops the truck, then either takes a toll
 * and lets it go after a delay, hijacks the cargo, or kidnaps the driver. Escorts shift the odds: with
 * escort strength E against gang strength G the gang's success share is G / (G + w E); a gang whose share
 * falls below {@code supply.checkpoint_stand_aside_advantage} is outgunned and stands aside.
 */
public final class Checkpoint implements java.io.Serializable {
    public enum Outcome { PASS, TOLL, HIJACK, KIDNAP }

    public record Settings(double hijackShare, double kidnapShare, double tollUsd, double delayHours, double escortWeight,
                           double standAsideAdvantage) implements java.io.Serializable {
        /** With the catalog's default stand-aside threshold. */
        public Settings(double hijackShare, double kidnapShare, double tollUsd, double delayHours, double escortWeight) {
            this(hijackShare, kidnapShare, tollUsd, delayHours, escortWeight, Double.parseDouble(STAND_ASIDE.defaultText()));
        }
    }

    static final Param STAND_ASIDE = Param.number("supply.checkpoint_stand_aside_advantage", 0.5, 0, 1, "share",
            "assumption (a gang yields to an escort that outweighs it)",
            "Gang's share of the encounter below which it lets the convoy pass without toll, theft or delay");

    public static List<Param> params() {
        return List.of(
                Param.number("supply.checkpoint_hijack_share", 0.01, 0, 1, "share", "assumption",
                        "Share of unescorted trucks stopped at a checkpoint whose cargo is hijacked"),
                Param.number("supply.checkpoint_kidnap_share", 0.003, 0, 1, "share",
                        "assumption (1,359 kidnappings in Haiti in 2022, UNODC via literature.md §5.1)",
                        "Share of unescorted trucks stopped whose crew is kidnapped"),
                Param.number("supply.checkpoint_toll_usd", 50, 0, 1e5, "USD/truck", "assumption", "Toll paid at a gang checkpoint"),
                Param.number("supply.checkpoint_delay_hours", 2, 0, 72, "h", "assumption", "Time lost at a checkpoint"),
                Param.number("supply.escort_weight", 3, 0, 100, "1", "assumption",
                        "How much one escorting fighter counts against one gang fighter at a checkpoint"),
                STAND_ASIDE);
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("supply.checkpoint_hijack_share"), s.number("supply.checkpoint_kidnap_share"),
                s.number("supply.checkpoint_toll_usd"), s.number("supply.checkpoint_delay_hours"), s.number("supply.escort_weight"),
                s.number("supply.checkpoint_stand_aside_advantage"));
    }

    private final Settings s;

    public Checkpoint(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    /** The gang's share of the encounter: 1 with no escort, towards 0 as the escort outweighs it. */
    public double gangAdvantage(double gangStrength, double escortStrength) {
        if (gangStrength <= 0) return 0;
        return gangStrength / (gangStrength + s.escortWeight() * escortStrength);
    }

    /** Whether the escort outguns the gang, so that it stands aside (no toll, theft or delay). */
    public boolean outgunned(double gangStrength, double escortStrength) {
        return gangAdvantage(gangStrength, escortStrength) < s.standAsideAdvantage();
    }

    /** The outcome of one passage; {@code u} is a uniform draw. */
    public Outcome meet(double gangStrength, double escortStrength, double u) {
        if (outgunned(gangStrength, escortStrength)) return Outcome.PASS;
        double adv = gangAdvantage(gangStrength, escortStrength);
        double hijack = s.hijackShare() * adv, kidnap = s.kidnapShare() * adv;
        if (u < hijack) return Outcome.HIJACK;
        if (u < hijack + kidnap) return Outcome.KIDNAP;
        return Outcome.TOLL;
    }
}
