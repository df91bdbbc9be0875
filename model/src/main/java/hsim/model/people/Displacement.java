package hsim.model.people;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * Flight from violence: a civilian whose cell's violence index passes a threshold leaves with a daily
 * probability and goes to the safest, least crowded of the candidate places it knows (nearby cells or
 * displacement sites); displaced people go home when violence there has fallen below a lower threshold.
 * IOM counted 96,000 displaced by gang violence in the capital by Oct 2022 (literature.md §5.1).
 */
public final class Displacement implements java.io.Serializable {
    public record Settings(double fleeThreshold, double fleePerDay, double returnThreshold, double returnPerDay,
                           double initialDisplacedPeople) implements java.io.Serializable {}

    public static List<Param> params() {
        return List.of(
                Param.number("people.flee_violence_threshold", 0.4, 0, 1, "index", "assumption",
                        "Violence index above which residents start to flee a cell"),
                Param.number("people.flee_per_day", 0.03, 0, 1, "1/day", "assumption", "Daily probability of fleeing above the threshold"),
                Param.number("people.return_violence_threshold", 0.1, 0, 1, "index", "assumption",
                        "Home violence index below which displaced people go home"),
                Param.number("people.return_per_day", 0.02, 0, 1, "1/day", "assumption", "Daily probability of going home once it is calm"),
                Param.number("people.initial_displaced_people", 96000, 0, 1e7, "people",
                        "IOM via AP, Oct 2022 (literature.md §5.1)", "People displaced by gang violence at the start"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("people.flee_violence_threshold"), s.number("people.flee_per_day"),
                s.number("people.return_violence_threshold"), s.number("people.return_per_day"),
                s.number("people.initial_displaced_people"));
    }

    private final Settings s;

    public Displacement(Settings s) { this.s = s; }

    public boolean flees(double violence, double u) {
        return violence > s.fleeThreshold() && u < s.fleePerDay();
    }

    public boolean returnsHome(double homeViolence, double u) {
        return homeViolence < s.returnThreshold() && u < s.returnPerDay();
    }

    /**
     * The refuge among {@code candidates} (cell ids) with the lowest violence, ties broken by crowding
     * then by the first listed; -1 when every candidate is at least as violent as the flee threshold.
     */
    public int chooseRefuge(int[] candidates, double[] violence, double[] crowding) {
        double[] v = new double[candidates.length], w = new double[candidates.length];
        for (int k = 0; k < candidates.length; k++) { v[k] = violence[candidates[k]]; w[k] = crowding[candidates[k]]; }
        int k = chooseAmong(candidates.length, v, w);
        return k < 0 ? -1 : candidates[k];
    }

    /** As {@link #chooseRefuge} with values given per candidate (index-aligned); returns the index or -1. */
    public int chooseAmong(int n, double[] violenceOfCandidate, double[] crowdingOfCandidate) {
        int best = -1;
        for (int k = 0; k < n; k++) {
            double v = violenceOfCandidate[k];
            if (v >= s.fleeThreshold()) continue;
            if (best < 0 || v < violenceOfCandidate[best]
                    || v == violenceOfCandidate[best] && crowdingOfCandidate[k] < crowdingOfCandidate[best]) best = k;
        }
        return best;
    }

    public Settings settings() { return s; }
}
