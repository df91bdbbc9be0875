package hsim.runner.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads our Parquet files back with DuckDB, an independent implementation of the format. */
class ParquetWriterTest {
    @TempDir Path dir;

    private static ResultSet query(Connection c, String sql) throws Exception {
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql);
        assertTrue(rs.next());
        return rs;
    }

    /** 1,000 rows: run ids in runs of 85 (as in daily), a few options, integers, doubles with NaN and gaps, booleans. */
    private static Table sample(int rows) {
        Table t = new Table(List.of("i", "run_id", "option", "n", "x", "flag", "note", "empty", "d"),
                Map.of("i", Table.Type.INT64, "run_id", Table.Type.STRING, "option", Table.Type.STRING, "x", Table.Type.DOUBLE,
                        "flag", Table.Type.BOOLEAN, "d", Table.Type.DOUBLE));
        Random rnd = new Random(7);
        String[] options = {"baseline", "rapid-force", "training", "special-force"};
        for (int i = 0; i < rows; i++) {
            String x = i % 17 == 0 ? "NaN" : i % 13 == 0 ? "" : Double.toString(rnd.nextGaussian() * 1e3);
            String flag = i % 11 == 0 ? "" : Boolean.toString(rnd.nextInt(3) == 0);
            String note = i % 3 == 0 ? "" : "v" + rnd.nextInt(1_000_000) + ",\"é\"";
            t.add(new String[] {Integer.toString(i), "run-" + (1000 + i / 85), options[(i / 7 + rnd.nextInt(2)) % 4],
                    Long.toString((long) i * 1_000_000_007L), x, flag, note, "", Integer.toString(i % 40)});
        }
        return t;
    }

    private Path write(Table t, int rowGroupRows) throws Exception {
        Path p = dir.resolve("t" + rowGroupRows + ".parquet");
        try (OutputStream o = Files.newOutputStream(p)) {
            ParquetWriter.write(t, o, rowGroupRows);
        }
        return p;
    }

    @Test
    void duckDbReadsEveryValueBackWithTypesNullsAndNaN() throws Exception {
        Table t = sample(1000);
        for (int groupRows : new int[] {ParquetWriter.ROW_GROUP_ROWS, 300}) {
            Path p = write(t, groupRows);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                ResultSet types = query(c, "SELECT typeof(i), typeof(run_id), typeof(n), typeof(x), typeof(flag), typeof(note), typeof(d) FROM '" + p + "' LIMIT 1");
                assertEquals(List.of("BIGINT", "VARCHAR", "BIGINT", "DOUBLE", "BOOLEAN", "VARCHAR", "DOUBLE"),
                        List.of(types.getString(1), types.getString(2), types.getString(3), types.getString(4), types.getString(5), types.getString(6), types.getString(7)));
                ResultSet rs = c.createStatement().executeQuery("SELECT i, run_id, option, n, x, flag, note, empty, d, isnan(x) FROM '" + p + "' ORDER BY i");
                int row = 0;
                while (rs.next()) {
                    String[] want = t.rows().get(row);
                    assertEquals(row, rs.getLong(1));
                    assertEquals(want[1], rs.getString(2));
                    assertEquals(want[2], rs.getString(3));
                    assertEquals(Long.parseLong(want[3]), rs.getLong(4));
                    if (want[4].isEmpty()) assertNull(rs.getObject(5), "row " + row + " x is null, not NaN");
                    else if (want[4].equals("NaN")) assertTrue(rs.getBoolean(10), "row " + row + " x is NaN, not null");
                    else assertEquals(Double.parseDouble(want[4]), rs.getDouble(5), 0.0, "row " + row);
                    if (want[5].isEmpty()) assertNull(rs.getObject(6));
                    else assertEquals(Boolean.parseBoolean(want[5]), rs.getBoolean(6), "row " + row);
                    assertEquals(want[6].isEmpty() ? null : want[6], rs.getString(7));
                    assertNull(rs.getObject(8));
                    assertEquals(Double.parseDouble(want[8]), rs.getDouble(9), 0.0);
                    row++;
                }
                assertEquals(1000, row);
                ResultSet groups = query(c, "SELECT count(DISTINCT row_group_id), min(compression), max(compression) FROM parquet_metadata('" + p + "')");
                assertEquals(groupRows == 300 ? 4 : 1, groups.getLong(1));
                assertEquals("GZIP", groups.getString(2));
                Set<String> dictionaryColumns = new TreeSet<>();
                ResultSet enc = c.createStatement().executeQuery("SELECT path_in_schema, encodings FROM parquet_metadata('" + p + "') WHERE row_group_id = 0");
                while (enc.next()) if (enc.getString(2).contains("RLE_DICTIONARY")) dictionaryColumns.add(enc.getString(1));
                assertTrue(dictionaryColumns.containsAll(List.of("run_id", "option", "d")), dictionaryColumns.toString());
                assertFalse(dictionaryColumns.contains("x"), "distinct doubles stay PLAIN: " + dictionaryColumns);
            }
        }
    }

    @Test
    void aValueThatDoesNotFitItsFixedTypeIsAnError() {
        for (String[] bad : List.of(new String[] {"n", "INT64", "1.5"}, new String[] {"b", "BOOLEAN", "yes"})) {
            Table t = new Table(List.of(bad[0]), Map.of(bad[0], Table.Type.valueOf(bad[1])));
            t.add(new String[] {bad[2]});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParquetWriter.write(t, OutputStream.nullOutputStream()));
            assertTrue(e.getMessage().contains("column " + bad[0]) && e.getMessage().contains(bad[2]), e.getMessage());
        }
    }

    @Test
    void unlistedColumnsAreInferred() {
        Table t = new Table(List.of("b", "l", "d", "s", "none"), Map.of());
        t.add(new String[] {"true", "3", "1.5", "x", ""});
        t.add(new String[] {"false", "", "NaN", "2", ""});
        List<Table.Type> got = new ArrayList<>();
        for (int c = 0; c < 5; c++) got.add(ParquetWriter.typeOf(t, c));
        assertEquals(List.of(Table.Type.BOOLEAN, Table.Type.INT64, Table.Type.DOUBLE, Table.Type.STRING, Table.Type.STRING), got);
    }

    @Test
    void emptyTableIsAValidFile() throws Exception {
        Table t = new Table(List.of("a", "b"), Map.of("a", Table.Type.STRING));
        Path p = dir.resolve("e.parquet");
        try (OutputStream o = Files.newOutputStream(p)) {
            ParquetWriter.write(t, o);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertEquals(0, query(c, "SELECT count(*) FROM read_parquet('" + p + "')").getLong(1));
        }
    }
}
