package hsim.runner.design;

import hsim.model.scenario.Param;

import java.util.List;

/**
 * One design factor: a registered scenario parameter varied over a range [lo, hi] (real or integer) or
 * over explicit levels. Values are handed to the scenario as the parameter's canonical text.
 */
public record Factor(String key, Param param, double lo, double hi, List<String> levels, int line) {
    public Factor {
        levels = List.copyOf(levels);
    }

    public boolean isRange() { return levels.isEmpty(); }

    public boolean isInteger() { return param.kind() == Param.Kind.INTEGER; }

    /** Level {@code i} of {@code n} evenly spaced levels (factorial designs and NOLH). */
    public String level(int i, int n) {
        if (!isRange()) return levels.get(Math.min(levels.size() - 1, (int) ((long) i * levels.size() / n)));
        double u = n == 1 ? 0.5 : (double) i / (n - 1);
        return atFraction(u);
    }

    /** The value at fraction {@code u} in [0, 1) of the factor's span (Latin hypercube points). */
    public String at(double u) {
        if (!isRange()) return levels.get(Math.min(levels.size() - 1, (int) Math.floor(u * levels.size())));
        return atFraction(u);
    }

    private String atFraction(double u) {
        double v = lo + u * (hi - lo);
        if (isInteger()) v = Math.round(v);
        v = Math.max(lo, Math.min(hi, v));
        return param.canonical(Double.toString(v), "design", line);
    }

    /** How many distinct values the factor can take in a full factorial with {@code rangeLevels}. */
    public int factorialLevels(int rangeLevels) {
        if (!isRange()) return levels.size();
        if (isInteger()) return (int) Math.min(rangeLevels, (long) (hi - lo) + 1);
        return rangeLevels;
    }

    /** A number for statistics: the value itself, or the level's index for non-numeric levels. */
    public double numeric(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return levels.indexOf(text);
        }
    }
}
