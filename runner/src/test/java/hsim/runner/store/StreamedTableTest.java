package hsim.runner.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StreamedTableTest {
    @TempDir Path dir;

    private static final List<String> COLS = List.of("run_id", "day", "x");
    private static final Map<String, Table.Type> TYPES = Map.of("run_id", Table.Type.STRING, "day", Table.Type.INT64, "x", Table.Type.DOUBLE);

    private static List<String[]> rows(int n) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(new String[] {"r" + i / 10 + ",\"q\"", Integer.toString(i % 10 + 1), i % 7 == 0 ? "" : i % 5 == 0 ? "NaN" : Double.toString(i * 0.25)});
        return rows;
    }

    @Test
    void writesTheSameBytesAsAWholeTable() throws Exception {
        List<String[]> rows = rows(1234);
        Table whole = new Table(COLS, new ArrayList<>(rows), TYPES);
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        AtomicFiles.writeCsv(a.resolve("t.csv"), whole);
        AtomicFiles.write(a.resolve("t.parquet"), out -> ParquetWriter.write(whole, out));
        int[] calls = {0};
        new StreamedTable(COLS, TYPES, sink -> {
            calls[0]++;
            for (String[] r : rows) sink.accept(r);
        }).write(b, "t");
        assertEquals(1, calls[0], "rows are produced once, for both files, and not kept");
        assertArrayEquals(Files.readAllBytes(a.resolve("t.csv")), Files.readAllBytes(b.resolve("t.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("t.parquet")), Files.readAllBytes(b.resolve("t.parquet")));
    }

    @Test
    void refusesAColumnWithoutAFixedTypeAndARowOfTheWrongWidth() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new StreamedTable(COLS, Map.of("run_id", Table.Type.STRING), sink -> {}));
        StreamedTable bad = new StreamedTable(COLS, TYPES, sink -> sink.accept(new String[] {"r", "1"}));
        assertThrows(Exception.class, () -> bad.write(dir, "bad"));
    }
}
