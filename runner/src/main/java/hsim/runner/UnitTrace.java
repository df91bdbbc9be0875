package hsim.runner;

import de.siegmar.fastcsv.writer.CsvWriter;
import hsim.model.metrics.UnitRow;
import hsim.model.world.InterventionModel;
import hsim.results.Columns;
import hsim.results.Csv;
import hsim.results.FileNames;
import hsim.runner.store.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * {@code hsim run --trace units}: at the end of every simulated day, one row per unit agent the model lists
 * ({@link InterventionModel#units}: HNP squads, rapid-force units, special-force teams, gang cells), columns
 * {@link Columns#UNITS}. The trace reads what the mechanisms list and computes nothing. A year's trace is too
 * big to hold, so rows stream to {@code units.csv.tmp}, which becomes {@code units.csv} when the run ends
 * (a killed run leaves no half-written units.csv).
 */
final class UnitTrace implements AutoCloseable {
    private final Path target, tmp;
    private final FileChannel channel;
    private final Writer writer;
    private final CsvWriter csv;
    private final String[] cells = new String[Columns.UNITS.size()];
    private boolean done;

    private UnitTrace(Path target) throws IOException {
        this.target = target;
        this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
        this.channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new BufferedWriter(new java.io.OutputStreamWriter(java.nio.channels.Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
        this.csv = Csv.writer(writer);
        csv.writeRecord(Columns.UNITS);
    }

    /** Starts the trace in {@code dir} (units.csv). */
    static UnitTrace open(Path dir) {
        Path target = dir.resolve(FileNames.csv(FileNames.UNITS));
        try {
            return new UnitTrace(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + AtomicFiles.reason(e), e);
        }
    }

    /** Writes every unit of {@code m} as it stands at the end of day {@code day}. */
    void day(InterventionModel m, int day) {
        int width = m.state().width;
        String d = Integer.toString(day);
        m.units(u -> row(d, u, width));
    }

    private void row(String day, UnitRow u, int width) {
        boolean placed = u.cell() >= 0;
        cells[0] = day;
        cells[1] = u.id();
        cells[2] = u.kind().label();
        cells[3] = Integer.toString(placed ? u.cell() : -1);
        cells[4] = Integer.toString(placed ? u.cell() % width : -1);
        cells[5] = Integer.toString(placed ? u.cell() / width : -1);
        cells[6] = Csv.number(u.strength());
        cells[7] = u.task();
        csv.writeRecord(cells);
    }

    /** The run ended: units.csv becomes visible. */
    void finish() throws IOException {
        csv.flush();
        writer.flush();
        channel.force(true);
        writer.close();
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        done = true;
    }

    /** A run that failed leaves no trace file behind. */
    @Override
    public void close() throws IOException {
        if (done) return;
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
