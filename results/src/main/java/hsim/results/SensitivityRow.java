package hsim.results;

import java.util.List;

/**
 * One row of sensitivity.csv: how strongly a factor drives an outcome by some measure. A model-level
 * row (R^2) has no factor; {@code rank} 0 means unranked (the measure was undefined), written missing.
 */
public record SensitivityRow(String outcome, String factor, String measure, double value, int rank) {
    public List<String> cells() {
        return List.of(outcome, factor, measure, Csv.number(value), rank == 0 ? Csv.MISSING : Integer.toString(rank));
    }
}
