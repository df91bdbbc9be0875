package hsim.results;

/** The files of a results folder (docs/OUTPUTS.md). Tables come as {@code <name>.csv} and {@code <name>.parquet}. */
public final class FileNames {
    private FileNames() {}

    public static final String RUNS_LOG = "runs.log";
    public static final String MANIFEST = "manifest.json";
    public static final String REPORT_DIR = "report";

    /** Table names. */
    public static final String RUNS = "runs";
    public static final String DAILY = "daily";
    public static final String SUMMARY = "summary";
    public static final String DESIGN = "design";
    public static final String SENSITIVITY = "sensitivity";
    public static final String PRIM = "prim";
    /** {@code hsim run --trace units}: every unit agent on every simulated day (written as CSV only). */
    public static final String UNITS = "units";
    /** What every column of the folder's tables means (written as CSV only). */
    public static final String DICTIONARY = "dictionary";

    public static String csv(String table) { return table + ".csv"; }

    public static String parquet(String table) { return table + ".parquet"; }
}
