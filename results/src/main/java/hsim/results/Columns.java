package hsim.results;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Column names of the results tables. Every name is SQL-friendly ({@code [a-z][a-z0-9_]*}), so DuckDB,
 * pandas and R need no quoting: in runs.csv an outcome is {@code o_<outcome>} and a scenario parameter
 * {@code p_<key with '.' as "__">} (keys never hold "__", so the key can be read back).
 */
public final class Columns {
    private Columns() {}

    public static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public static final String RUN_ID = "run_id";
    public static final String OPTION = "option";
    public static final String DESIGN_POINT = "design_point";
    public static final String REPLICATE = "replicate";
    public static final String SEED = "seed";
    public static final String STATUS = "status";
    public static final String ERROR = "error";
    public static final String WALL_SECONDS = "wall_seconds";
    public static final String DAY = "day";

    /** runs.csv's leading columns, before the parameters and outcomes. */
    public static final List<String> RUN = List.of(RUN_ID, OPTION, DESIGN_POINT, REPLICATE, SEED, STATUS, ERROR, WALL_SECONDS);
    /** daily.csv's leading columns, before the metrics. */
    /** units.csv ({@code hsim run --trace units}): one row per unit agent per day. */
    public static final List<String> UNITS = List.of(DAY, "id", "kind", "cell", "x", "y", "strength", "task");
    public static final List<String> DAILY_KEYS = List.of(RUN_ID, OPTION, DESIGN_POINT, REPLICATE, SEED, DAY);
    public static final List<String> SUMMARY = List.of(OPTION, "outcome", "n", "mean", "sd", "median", "p10", "p90",
            "ci_low", "ci_high", "diff_n", "diff_mean", "diff_sd", "diff_ci_low", "diff_ci_high");
    public static final List<String> SENSITIVITY = List.of("outcome", "factor", "measure", "value", "rank");
    public static final List<String> PRIM = List.of("outcome", "threshold", "box", "factor", "lower", "upper",
            "coverage", "density", "n_in_box");
    /** dictionary.csv. */
    public static final List<String> DICTIONARY = List.of("file", "column", "key", "kind", "label", "unit",
            "accumulation", "statistic", "better", "submodel");

    public static final String PARAM_PREFIX = "p_";
    public static final String OUTCOME_PREFIX = "o_";

    /** The column of scenario parameter {@code key}: {@code p_} plus the key with '.' as "__". */
    public static String param(String key) {
        if (key.contains("__")) throw new IllegalArgumentException("parameter key '" + key + "' holds \"__\"");
        return PARAM_PREFIX + key.replace(".", "__");
    }

    public static boolean isParam(String column) { return column.startsWith(PARAM_PREFIX); }

    /** The parameter key of a {@link #param} column. */
    public static String paramKey(String column) {
        return column.substring(PARAM_PREFIX.length()).replace("__", ".");
    }

    public static String outcome(String name) { return OUTCOME_PREFIX + name; }

    public static boolean isOutcome(String column) { return column.startsWith(OUTCOME_PREFIX); }

    public static String outcomeName(String column) { return column.substring(OUTCOME_PREFIX.length()); }

    /** Fails when {@code column} is not a SQL-friendly name; writers call this for every column they make. */
    public static String checked(String column) {
        if (!SQL_NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("column name '" + column + "' does not match " + SQL_NAME.pattern());
        }
        return column;
    }
}
