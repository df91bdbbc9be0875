package hsim.viz.report;

/** One row of sensitivity.csv: how strongly a factor drives an outcome by some measure. */
public record SensitivityRow(String outcome, String factor, String measure, double value, int rank) {}
