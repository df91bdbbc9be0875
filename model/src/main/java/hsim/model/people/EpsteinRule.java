package hsim.model.people;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;
import java.util.Locale;

/**
 * Epstein (2002, PNAS 99 suppl 3, Model I) activation and arrest rules, kept apart so that the same code
 * serves hsim's gang recruitment and a docking run against Epstein's own model. Grievance
 * G = H(1 - L); estimated arrest probability P = 1 - exp(-k (C/A)); net risk N = R P; an agent is active
 * when G - N > T. How C/A enters is a switch because NetLogo (floor) and Mesa (round) depart from the
 * paper's literal ratio and the choice changes the dynamics (literature.md §1.3).
 */
public record EpsteinRule(double k, double threshold, RatioRule ratioRule) implements java.io.Serializable {

    /** How the cop/active ratio is turned into the exponent's argument. */
    public enum RatioRule { LITERAL, FLOOR, ROUND }

    public EpsteinRule {
        if (!(k >= 0)) throw new IllegalArgumentException("k must be >= 0: " + k);
        if (ratioRule == null) throw new IllegalArgumentException("ratioRule");
    }

    /** Epstein's published constants (k = 2.3, P = 0.9 at C = A = 1; T = 0.1; literal ratio): the catalog's defaults. */
    public static EpsteinRule paper() {
        List<Param> p = params();
        return new EpsteinRule(Double.parseDouble(p.get(0).defaultText()), Double.parseDouble(p.get(1).defaultText()), RatioRule.LITERAL);
    }

    public static List<Param> params() {
        return List.of(
                Param.number("people.epstein_k", 2.3, 0, 20, "1", "Epstein 2002 (k = 2.3 gives P = 0.9 at C = A = 1)",
                        "Arrest-probability constant k in P = 1 - exp(-k C/A)"),
                Param.number("people.recruit_threshold", 0.1, 0, 1, "1", "Epstein 2002 (T = 0.1)",
                        "Activation threshold T: a civilian joins a gang when G - N > T"),
                Param.choice("people.epstein_ratio_rule", "literal", List.of("literal", "floor", "round"),
                        "Epstein 2002 (literal); NetLogo Rebellion (floor); Mesa (round)",
                        "How the security/gang ratio C/A enters the arrest probability"));
    }

    public static EpsteinRule from(Scenario s) {
        return new EpsteinRule(s.number("people.epstein_k"), s.number("people.recruit_threshold"),
                RatioRule.valueOf(s.text("people.epstein_ratio_rule").toUpperCase(Locale.ROOT)));
    }

    /** G = H (1 - L). */
    public static double grievance(double hardship, double legitimacy) {
        return hardship * (1.0 - legitimacy);
    }

    /**
     * P = 1 - exp(-k r) with r = C/A after the ratio rule. {@code actives} is the count the agent sees,
     * itself included; it is taken as at least 1, as in the paper.
     */
    public double arrestProbability(double cops, double actives) {
        double a = Math.max(1.0, actives);
        double ratio = cops / a;
        double r = switch (ratioRule) {
            case LITERAL -> ratio;
            case FLOOR -> Math.floor(ratio);
            case ROUND -> Math.floor(ratio + 0.5); // Python's round() is half-even; ties are rare and harmless here
        };
        return 1.0 - StrictMath.exp(-k * r);
    }

    /** N = R P. */
    public static double netRisk(double riskAversion, double arrestProbability) {
        return riskAversion * arrestProbability;
    }

    /** Rule A: active (here: joins a gang) when G - N exceeds the threshold. */
    public boolean activates(double hardship, double legitimacy, double riskAversion, double cops, double actives) {
        return grievance(hardship, legitimacy) - netRisk(riskAversion, arrestProbability(cops, actives)) > threshold;
    }

    /** Rule A given the arrest probability {@link #arrestProbability} already worked out for the agent's view. */
    public boolean activatesAt(double hardship, double legitimacy, double riskAversion, double arrestProbability) {
        return grievance(hardship, legitimacy) - netRisk(riskAversion, arrestProbability) > threshold;
    }

    /** The margin G - N - T; positive means active. Used to rank candidates for a limited number of places. */
    public double margin(double hardship, double legitimacy, double riskAversion, double cops, double actives) {
        return grievance(hardship, legitimacy) - netRisk(riskAversion, arrestProbability(cops, actives)) - threshold;
    }

    /**
     * Rule C: a cop arrests one random active within vision. Returns the index of the arrested agent among
     * {@code activesInVision} candidates, or -1 when there is none; {@code u} is a uniform draw in [0, 1).
     */
    public static int arrestIndex(int activesInVision, double u) {
        if (activesInVision <= 0) return -1;
        return Math.min(activesInVision - 1, (int) (u * activesInVision));
    }

    /** Jail term drawn uniformly from {0, ..., maxTerm - 1} (NetLogo's {@code random max-jail-term}). */
    public static int jailTerm(int maxTerm, double u) {
        if (maxTerm <= 0) return 0;
        return Math.min(maxTerm - 1, (int) (u * maxTerm));
    }

    /**
     * How a jail term in whole steps is drawn from the paper's U(0, J_max), since implementations differ
     * (literature.md §1.4). {@code CONTINUOUS_FLOOR}: a real term u J_max, served for its whole steps
     * (floor), so {0, ..., J_max - 1}; {@code INTEGER_EXCLUSIVE}: an integer in {0, ..., J_max - 1} (NetLogo's
     * {@code random max-jail-term}); {@code INTEGER_INCLUSIVE}: an integer in {0, ..., J_max} (Mesa's
     * {@code randint(0, max_jail_term)}). The first two have the same law (mean (J_max - 1)/2) and differ only
     * in how a draw maps to a term; the inclusive draw adds J_max as a possible term (mean J_max/2).
     */
    public enum JailDraw { CONTINUOUS_FLOOR, INTEGER_EXCLUSIVE, INTEGER_INCLUSIVE }

    /** A jail term in whole steps for a uniform draw {@code u} in [0, 1); 0 when {@code maxTerm <= 0}. */
    public static int jailTerm(int maxTerm, JailDraw draw, double u) {
        if (maxTerm <= 0) return 0;
        return switch (draw) {
            case CONTINUOUS_FLOOR -> Math.min(maxTerm - 1, (int) Math.floor(u * maxTerm));
            case INTEGER_EXCLUSIVE -> jailTerm(maxTerm, u);
            case INTEGER_INCLUSIVE -> Math.min(maxTerm, (int) (u * (maxTerm + 1)));
        };
    }
}
