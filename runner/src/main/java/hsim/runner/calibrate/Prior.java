package hsim.runner.calibrate;

import hsim.model.scenario.Param;
import hsim.runner.design.Factor;

import java.util.List;

/**
 * A uniform prior over an uncertain catalog parameter: [lo, hi] inside the parameter's allowed range.
 * Values reach the scenario as the parameter's canonical text (integers rounded), as in a sweep.
 */
public record Prior(String key, Param param, double lo, double hi, int line) {
    /** The design factor for the first wave's Latin hypercube or NOLH. */
    public Factor factor() { return new Factor(key, param, lo, hi, List.of(), line); }

    /** Canonical text of value {@code v} (clamped into the prior). */
    public String text(double v) {
        double c = Math.max(lo, Math.min(hi, v));
        if (param.kind() == Param.Kind.INTEGER) c = Math.round(c);
        return param.canonical(Double.toString(c), "prior " + key, line);
    }

    public boolean contains(double v) { return v >= lo && v <= hi; }

    public double width() { return hi - lo; }
}
