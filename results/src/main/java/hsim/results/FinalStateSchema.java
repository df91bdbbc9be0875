package hsim.results;

import java.nio.file.Path;
import java.util.List;

/**
 * The final-state file of a run, the one place its name and columns are spelt: a batch writes
 * {@code states/<run id>.csv} per run into its results folder ({@link #file}), {@code hsim run} writes
 * {@link #RUN_FILE} beside daily.csv. One row per item of the map, long format (RFC 4180):
 * <ul>
 *   <li>{@code grid}: {@code x} width, {@code y} height, {@code value} the day (first row);</li>
 *   <li>{@code roster}: gang {@code value} (its id) is named {@code name} and of coalition {@code group}
 *       (every gang of the run, dead ones too);</li>
 *   <li>{@code territory}: a run of {@code cells} cells from ({@code x}, {@code y}) eastwards held by
 *       gang {@code value} (cells held by no gang have no row);</li>
 *   <li>{@code facility}: facility id {@code name} at (x, y), status label in {@code group};</li>
 *   <li>{@code gang}, {@code police}, {@code troops}, {@code team}, {@code convoy}: a marker at (x, y)
 *       with its {@code name} (gang, station, task, raid target, destination), {@code group} (coalition,
 *       cargo) and {@code value} (members, officers, troops, team number, trucks).</li>
 * </ul>
 */
public final class FinalStateSchema {
    private FinalStateSchema() {}

    /** Folder of a results folder that holds one final-state file per run. */
    public static final String FOLDER = "states";
    /** The final-state file of a single {@code hsim run --out}. */
    public static final String RUN_FILE = "final_state.csv";

    public static final String LAYER = "layer", NAME = "name", GROUP = "group", X = "x", Y = "y", CELLS = "cells", VALUE = "value";
    public static final List<String> COLUMNS = List.of(LAYER, NAME, GROUP, X, Y, CELLS, VALUE);

    public static final String GRID = "grid", ROSTER = "roster", TERRITORY = "territory", FACILITY = "facility";

    /** The file name of a run id: characters outside {@code [A-Za-z0-9._-]} (the id's slashes) become '_'. */
    public static String fileName(String runId) { return runId.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv"; }

    /** Where a results folder keeps the final state of a run. */
    public static Path file(Path resultsFolder, String runId) { return resultsFolder.resolve(FOLDER).resolve(fileName(runId)); }
}
