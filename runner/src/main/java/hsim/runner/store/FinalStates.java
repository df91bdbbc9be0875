package hsim.runner.store;

import hsim.model.metrics.MapSnapshot;
import hsim.results.FinalStateSchema;
import hsim.viz.scene.Scene;
import hsim.viz.scene.SceneRows;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a run's final map state (the model's {@link MapSnapshot}, as the {@link Scene} the maps draw) in
 * the {@link FinalStateSchema} file format, atomically, so the report draws maps from what the run saw
 * instead of re-running it. A batch keeps one small file per run under {@code states/}, so a report
 * reads only the runs it draws and a merge copies files.
 */
public final class FinalStates {
    private FinalStates() {}

    /** Writes {@code s} to {@code file} (tmp + fsync + rename), making its folder. */
    public static void write(Path file, MapSnapshot s) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        List<List<String>> rows = SceneRows.encode(Scene.of(s));
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            de.siegmar.fastcsv.writer.CsvWriter csv = hsim.results.Csv.writer(w);
            csv.writeRecord(FinalStateSchema.COLUMNS);
            for (List<String> r : rows) csv.writeRecord(r);
            csv.flush();
        });
    }

    /** Copies the final state of {@code runId} from one results folder to another, if it has one. */
    public static void copy(Path from, Path to, String runId) throws IOException {
        Path src = FinalStateSchema.file(from, runId);
        if (!Files.isRegularFile(src)) return;
        Path dst = FinalStateSchema.file(to, runId);
        Files.createDirectories(dst.getParent());
        Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
    }
}
