package hsim.results;

import java.util.List;

/**
 * One row of summary.csv: an outcome's distribution for one option, and the paired difference option
 * minus the reference option. {@code diffN} is -1 for the reference itself, whose diff fields are missing.
 */
public record SummaryRow(String option, String outcome, int n, double mean, double sd, double median,
                         double p10, double p90, double ciLow, double ciHigh, int diffN, double diffMean,
                         double diffSd, double diffCiLow, double diffCiHigh) {
    public boolean hasDiff() { return diffN > 0 && !Double.isNaN(diffMean); }

    /** The row's fields in {@link Columns#SUMMARY} order. */
    public List<String> cells() {
        boolean ref = diffN < 0;
        return List.of(option, outcome, Integer.toString(n), Csv.number(mean), Csv.number(sd), Csv.number(median),
                Csv.number(p10), Csv.number(p90), Csv.number(ciLow), Csv.number(ciHigh),
                ref ? Csv.MISSING : Integer.toString(diffN), ref ? Csv.MISSING : Csv.number(diffMean),
                ref ? Csv.MISSING : Csv.number(diffSd), ref ? Csv.MISSING : Csv.number(diffCiLow),
                ref ? Csv.MISSING : Csv.number(diffCiHigh));
    }

    static SummaryRow read(CsvTable t, int i) {
        int diffN = t.text(i, "diff_n").isBlank() ? -1 : (int) t.integer(i, "diff_n", 0, Integer.MAX_VALUE);
        return new SummaryRow(t.required(i, Columns.OPTION), t.required(i, "outcome"),
                (int) t.integer(i, "n", 0, Integer.MAX_VALUE), t.number(i, "mean"), t.number(i, "sd"),
                t.number(i, "median"), t.number(i, "p10"), t.number(i, "p90"), t.number(i, "ci_low"),
                t.number(i, "ci_high"), diffN, t.number(i, "diff_mean"), t.number(i, "diff_sd"),
                t.number(i, "diff_ci_low"), t.number(i, "diff_ci_high"));
    }
}
