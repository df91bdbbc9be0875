package hsim.runner.store;

import hsim.model.InputException;
import hsim.runner.exec.RunOutcome;
import hsim.results.Columns;
import hsim.results.Csv;
import hsim.results.Dictionary;
import hsim.results.FileNames;
import hsim.results.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A results folder as the runner writes it (docs/OUTPUTS.md; {@code hsim.results.ResultsFolder} reads it). {@code runs.log} is the source of truth: every finished run is
 * appended to it durably the moment it ends. {@code runs.csv}, {@code daily.csv} and their Parquet twins
 * are rebuilt from the log (each written to a temporary file and renamed), so they are never partial and
 * never hold a row twice. A later record for the same run id replaces an earlier one (a failed run that
 * was retried on resume).
 *
 * <p>Memory does not grow with the number of runs: no record is kept once it is logged. The tables are
 * rebuilt by streaming the log through a {@link LogIndex} (a run id and byte offset per run), reading the
 * records back one at a time; Parquet row groups are flushed as they fill.
 */
public final class ResultsStore implements AutoCloseable {
    public static final String LOG = FileNames.RUNS_LOG;
    /** Parquet types of the identity columns; outcomes and daily metrics are always DOUBLE. */
    public static final Map<String, Table.Type> ID_TYPES = Map.of(Columns.RUN_ID, Table.Type.STRING,
            Columns.OPTION, Table.Type.STRING, Columns.STATUS, Table.Type.STRING, Columns.ERROR, Table.Type.STRING,
            Columns.DESIGN_POINT, Table.Type.INT64, Columns.REPLICATE, Table.Type.INT64, Columns.SEED, Table.Type.INT64,
            Columns.WALL_SECONDS, Table.Type.DOUBLE, Columns.DAY, Table.Type.INT64);

    private final Path dir;
    private final FolderLock lock;
    private final RunLog log;
    /** The index of the log as last materialised; null once a record is appended after it. */
    private LogIndex index;
    private ColumnSet columns;

    private ResultsStore(Path dir, FolderLock lock, RunLog log) {
        this.dir = dir;
        this.lock = lock;
        this.log = log;
    }

    /**
     * Opens {@code dir} for writing. Without {@code resume} the folder must not hold a run log already
     * (so results are never silently mixed); with it, the runs already logged are kept.
     */
    public static ResultsStore open(Path dir, boolean resume) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileSystemException e) {
            throw new InputException("command line", 0, "--out", "cannot create results folder '" + dir + "': " + AtomicFiles.reason(e));
        }
        // one writer at a time: a second command on the same folder is refused before it reads the log
        FolderLock lock = FolderLock.acquire(dir);
        try {
            Path logPath = dir.resolve(LOG);
            if (!resume && Files.exists(logPath) && Files.size(logPath) > 0) {
                throw new InputException("command line", 0, "--out", dir + " already holds results (" + LOG
                        + "); add --resume to continue them or choose another --out");
            }
            try {
                return new ResultsStore(dir, lock, RunLog.openForAppend(logPath));
            } catch (java.nio.file.FileSystemException e) {
                // a read-only or foreign-owned folder: say so before any run starts, as bad input naming --out
                throw new InputException("command line", 0, "--out", "results folder '" + dir + "' is not writable: " + AtomicFiles.reason(e));
            }
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The index of a results folder's log, without opening it for writing. */
    public static LogIndex readIndex(Path dir) throws IOException {
        Path logPath = dir.resolve(LOG);
        if (!Files.isRegularFile(logPath)) throw new InputException(dir.toString(), 0, LOG, "not a results folder: no " + LOG);
        return LogIndex.of(logPath);
    }

    /**
     * Reads a results folder's log without opening it for writing: the latest record of each run, in
     * run-id order. Holds every record: for small folders and tests; {@link #readIndex} streams.
     */
    public static List<RunRecord> readRecords(Path dir) throws IOException {
        List<RunRecord> out = new ArrayList<>();
        readIndex(dir).each(out::add);
        return out;
    }

    public Path dir() { return dir; }

    /**
     * The latest record of each run logged so far, in run-id order. Holds every record: for small
     * folders and tests; {@link #each} streams them.
     */
    public synchronized List<RunRecord> records() throws IOException {
        List<RunRecord> out = new ArrayList<>();
        each(out::add);
        return out;
    }

    /** Streams the latest record of each run logged so far, in run-id order, one at a time. */
    public synchronized void each(LogIndex.Each each) throws IOException { index().each(each); }

    /** Where each run's latest record is in the log (cached until the next append). */
    public synchronized LogIndex index() throws IOException {
        if (index == null) {
            index = LogIndex.of(log.path());
            columns = null;
        }
        return index;
    }

    /** Run ids that finished ok; {@code --resume} skips these and retries failed ones. */
    public synchronized Set<String> finishedOk() throws IOException {
        LogIndex ix = index();
        Set<String> s = new java.util.HashSet<>();
        for (int i = 0; i < ix.size(); i++) if (ix.ok(i)) s.add(ix.id(i));
        return s;
    }

    /** Logs a finished run durably. */
    public void append(RunOutcome o) throws IOException { append(RunRecord.of(o)); }

    public synchronized void append(RunRecord r) throws IOException {
        log.append(r);
        index = null;
        columns = null;
    }

    /** Logs a run without forcing it to disk; {@link #sync} does, once for many (merge). */
    synchronized void appendUnforced(RunRecord r) throws IOException {
        log.append(r, false);
        index = null;
        columns = null;
    }

    /** Forces every run logged so far to disk. */
    public synchronized void sync() throws IOException { log.sync(); }

    /** Rebuilds runs.csv/.parquet and daily.csv/.parquet from the log, streaming it (two passes per file). */
    public synchronized void materialise() throws IOException {
        LogIndex ix = index();
        ColumnSet cols = columns();
        writeTable(FileNames.RUNS, runsTable(ix, cols.runs()));
        dailyTable(ix, cols.daily()).write(dir, FileNames.DAILY);
    }

    /** runs.csv's and daily.csv's columns for the runs logged so far (one streaming pass, cached). */
    public synchronized ColumnSet columns() throws IOException {
        LogIndex ix = index();
        if (columns == null) {
            ColumnSet c = new ColumnSet();
            ix.each(c::add);
            columns = c;
        }
        return columns;
    }

    /** Writes {@code t} as {@code name}.csv and {@code name}.parquet, each atomically, streaming its rows. */
    public void writeTable(String name, StreamedTable t) throws IOException { t.write(dir, name); }

    /** Writes {@code name}.csv and {@code name}.parquet atomically. */
    public void writeTable(String name, Table t) throws IOException {
        for (String c : t.columns()) Columns.checked(c);
        AtomicFiles.writeCsv(dir.resolve(FileNames.csv(name)), t);
        AtomicFiles.write(dir.resolve(FileNames.parquet(name)), out -> ParquetWriter.write(t, out));
    }

    public void writeManifest(Map<String, Object> manifest) throws IOException {
        byte[] b = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(dir.resolve(FileNames.MANIFEST), out -> out.write(b));
    }

    /** dictionary.csv for these runs: every column of runs.csv, daily.csv and (a sweep's) design.csv. */
    public void writeDictionary(Collection<RunRecord> records, List<String> designColumns) throws IOException {
        writeDictionary(runsColumns(records), dailyColumns(records), designColumns);
    }

    /** dictionary.csv for every run logged (the columns come from a streaming pass over the log). */
    public void writeDictionary(List<String> designColumns) throws IOException {
        ColumnSet c = columns();
        writeDictionary(c.runs(), c.daily(), designColumns);
    }

    private void writeDictionary(List<String> runsColumns, List<String> dailyColumns, List<String> designColumns) throws IOException {
        List<Dictionary.Entry> entries = Dictionary.of(runsColumns, dailyColumns, designColumns,
                ResultsStore::parameter);
        AtomicFiles.write(dir.resolve(FileNames.csv(FileNames.DICTIONARY)), out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            Dictionary.write(w, entries);
            w.flush();
        });
    }

    /** A scenario parameter as the data dictionary describes it, from the catalog (null when unknown). */
    public static Dictionary.Parameter parameter(String key) {
        hsim.model.scenario.Param p = hsim.model.run.ModelCatalog.standard().get(key);
        return p == null ? null : new Dictionary.Parameter(p.description(), p.unit().isEmpty() ? p.allowed() : p.unit());
    }

    /** runs.csv's columns: fixed columns, then {@code p_*} by key, then {@code o_*} in first-seen order. */
    public static List<String> runsColumns(Collection<RunRecord> records) {
        ColumnSet c = new ColumnSet();
        records.forEach(c::add);
        return c.runs();
    }

    /** daily.csv's columns: run identity, day, then every daily metric (first-seen order). */
    public static List<String> dailyColumns(Collection<RunRecord> records) {
        ColumnSet c = new ColumnSet();
        records.forEach(c::add);
        return c.daily();
    }

    /** runs.csv: one row per run; a column a run lacks is missing (empty). */
    public static Table runsTable(Collection<RunRecord> sorted) {
        List<String> cols = runsColumns(sorted);
        Table t = new Table(cols, runsTypes(cols));
        for (RunRecord r : sorted) t.add(runsRow(r, cols));
        return t;
    }

    /** runs.csv streamed from the log in run-id order: the same rows and types as {@link #runsTable(Collection)}. */
    public static StreamedTable runsTable(LogIndex index, List<String> cols) {
        return new StreamedTable(cols, runsTypes(cols), sink -> index.each(r -> sink.accept(runsRow(r, cols))));
    }

    private static Map<String, Table.Type> runsTypes(List<String> cols) {
        Map<String, Table.Type> types = new java.util.HashMap<>();
        for (String c : cols) {
            if (Columns.isParam(c)) types.put(c, parameterType(Columns.paramKey(c)));
            else if (Columns.isOutcome(c)) types.put(c, Table.Type.DOUBLE);
            else types.put(c, ID_TYPES.get(c));
        }
        return types;
    }

    private static String[] runsRow(RunRecord r, List<String> cols) {
        String[] row = new String[cols.size()];
        for (int i = 0; i < cols.size(); i++) row[i] = r.row().getOrDefault(cols.get(i), Csv.MISSING);
        return row;
    }

    /**
     * daily.csv: one row per run and day; a metric a run lacks is missing (empty). Streamed: the rows are
     * made as each file is written, so the table is never held whole.
     */
    public static StreamedTable dailyTable(Collection<RunRecord> sorted) {
        List<String> cols = dailyColumns(sorted);
        return new StreamedTable(cols, dailyTypes(cols), sink -> {
            for (RunRecord r : sorted) dailyRows(r, cols, sink);
        });
    }

    /** daily.csv streamed from the log in run-id order, one record at a time. */
    public static StreamedTable dailyTable(LogIndex index, List<String> cols) {
        return new StreamedTable(cols, dailyTypes(cols), sink -> index.each(r -> dailyRows(r, cols, sink)));
    }

    private static Map<String, Table.Type> dailyTypes(List<String> cols) {
        Map<String, Table.Type> types = new java.util.HashMap<>();
        for (String k : Columns.DAILY_KEYS) types.put(k, ID_TYPES.get(k));
        for (String m : cols.subList(Columns.DAILY_KEYS.size(), cols.size())) types.put(m, Table.Type.DOUBLE);
        return types;
    }

    private static void dailyRows(RunRecord r, List<String> cols, StreamedTable.Sink sink) throws IOException {
        int dayCol = r.dailyColumns().indexOf(Columns.DAY);
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < r.dailyColumns().size(); i++) at.put(r.dailyColumns().get(i), i);
        for (int d = 0; d < r.daily().size(); d++) {
            String[] src = r.daily().get(d);
            String[] row = new String[cols.size()];
            row[0] = r.runId();
            row[1] = r.row().get(Columns.OPTION);
            row[2] = r.row().get(Columns.DESIGN_POINT);
            row[3] = r.row().get(Columns.REPLICATE);
            row[4] = r.row().get(Columns.SEED);
            row[5] = dayCol >= 0 ? src[dayCol] : Integer.toString(d + 1);
            for (int i = Columns.DAILY_KEYS.size(); i < cols.size(); i++) {
                Integer j = at.get(cols.get(i));
                row[i] = j == null || j >= src.length ? Csv.MISSING : src[j];
            }
            sink.accept(row);
        }
    }

    /** The Parquet type of a scenario parameter's column, from the catalog (text when unknown). */
    public static Table.Type parameterType(String key) {
        hsim.model.scenario.Param p = hsim.model.run.ModelCatalog.standard().get(key);
        if (p == null) return Table.Type.STRING;
        return switch (p.kind()) {
            case INTEGER -> Table.Type.INT64;
            case NUMBER -> Table.Type.DOUBLE;
            case BOOLEAN -> Table.Type.BOOLEAN;
            default -> Table.Type.STRING;
        };
    }

    @Override
    public void close() throws IOException {
        try {
            log.close();
        } finally {
            lock.close();
        }
    }
}
