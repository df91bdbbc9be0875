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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void duckDbReadsTypesNullsAndValuesBack() throws Exception {
        Table t = new Table(List.of("s", "x", "n", "opt", "empty", "d"), Map.of("s", Table.Type.STRING, "d", Table.Type.DOUBLE));
        int rows = 1000;
        double sum = 0;
        long nsum = 0;
        for (int i = 0; i < rows; i++) {
            double x = i * 0.1 - 3.25;
            sum += x;
            nsum += (long) i * 1_000_000_007L;
            String opt = i % 3 == 0 ? "" : "v" + i + ",\"é\"";
            t.add(new String[] {"run-" + (1000 + i), hsim.results.Csv.number(x), Long.toString((long) i * 1_000_000_007L), opt, "", Integer.toString(i)});
        }
        Path p = dir.resolve("t.parquet");
        try (OutputStream o = Files.newOutputStream(p)) {
            ParquetWriter.write(t, o);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            ResultSet rs = query(c, "SELECT count(*), sum(x), min(s), sum(n), count(opt), count(empty), max(opt) FROM read_parquet('" + p + "')");
            assertEquals(rows, rs.getLong(1));
            assertEquals(sum, rs.getDouble(2), 1e-9);
            assertEquals("run-1000", rs.getString(3));
            assertEquals(nsum, rs.getLong(4));
            assertEquals(rows - 334, rs.getLong(5));
            assertEquals(0, rs.getLong(6));
            assertEquals("v998,\"é\"", rs.getString(7));
            ResultSet types = query(c, "SELECT typeof(x), typeof(n), typeof(s), typeof(d), sum(d) FROM read_parquet('" + p + "') GROUP BY ALL");
            assertEquals("DOUBLE", types.getString(4)); // fixed type wins over integer-looking values
            assertEquals(rows * (rows - 1) / 2.0, types.getDouble(5));
            assertEquals("DOUBLE", types.getString(1));
            assertEquals("BIGINT", types.getString(2));
            assertEquals("VARCHAR", types.getString(3));
            ResultSet exact = query(c, "SELECT x FROM read_parquet('" + p + "') WHERE s = 'run-1001'");
            assertEquals(0.1 - 3.25, exact.getDouble(1));
        }
    }

    @Test
    void aValueThatDoesNotFitItsFixedTypeIsAnError() {
        Table t = new Table(List.of("n"), Map.of("n", Table.Type.INT64));
        t.add(new String[] {"1.5"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParquetWriter.write(t, OutputStream.nullOutputStream()));
        assertTrue(e.getMessage().contains("column n"), e.getMessage());
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
