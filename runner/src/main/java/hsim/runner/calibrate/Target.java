package hsim.runner.calibrate;

import java.time.LocalDate;

/**
 * One observed fact the model should reproduce (a row of data/history/targets.csv): the value on a date,
 * its tolerance band [low, high], the model's daily metric it corresponds to, and the share of a national
 * figure that falls in the metro (the model covers only the metro). {@code periodStart} marks a count
 * over a period (homicides in 2023): the model's increase of a cumulative metric over the period.
 */
public record Target(LocalDate date, String metric, double value, double low, double high, String use,
                     String modelMetric, double metroShare, LocalDate periodStart, String source, int line) {
    /** Stable id used in every output table: date and target metric. */
    public String id() { return date + " " + metric; }

    public boolean isCalibration() { return "calibration".equals(use); }

    /** The target in model units (metro): value x metro share. */
    public double metroValue() { return value * metroShare; }

    public double metroLow() { return low * metroShare; }

    public double metroHigh() { return high * metroShare; }

    /** The same target compared with another model metric (a column, or a ratio {@code a/b}). */
    public Target withModelMetric(String m) {
        return new Target(date, metric, value, low, high, use, m, metroShare, periodStart, source, line);
    }

    /** The same target with another metro share (the calibration config states the shares it assumes). */
    public Target withMetroShare(double share) {
        return new Target(date, metric, value, low, high, use, modelMetric, share, periodStart, source, line);
    }
}
