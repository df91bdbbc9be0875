package hsim.viz.report;

/**
 * One row of summary.csv: an outcome's distribution for one option, and the paired difference
 * option minus baseline (NaN for baseline itself).
 */
public record SummaryRow(String option, String outcome, int n, double mean, double sd, double median,
                         double p10, double p90, double ciLow, double ciHigh, int diffN, double diffMean,
                         double diffSd, double diffCiLow, double diffCiHigh) {
    public boolean hasDiff() { return diffN > 0 && !Double.isNaN(diffMean); }
}
