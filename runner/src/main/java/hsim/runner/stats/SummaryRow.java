package hsim.runner.stats;

/** One line of summary.csv; {@code diff} is null for the baseline itself. */
public record SummaryRow(String option, String outcome, Describe stats, Describe diff) {}
