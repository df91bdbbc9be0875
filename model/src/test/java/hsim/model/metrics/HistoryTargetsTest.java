package hsim.model.metrics;

import hsim.model.city.CsvTable;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** data/history/targets.csv (bundled under data/ like every data file) is well formed and honours the calibration cut-off. */
class HistoryTargetsTest {
    private static final LocalDate CUTOFF = LocalDate.of(2023, 12, 31);
    private static final List<String> HEADER = List.of("date", "metric", "value", "unit", "scope", "low", "high", "source", "note",
            "use", "model_metric", "metro_share", "period_start");

    /** The rows through the data/ CSV reader (FastCSV, RFC 4180), with the line each starts on. */
    private static List<Map<String, String>> rows() throws Exception {
        try (InputStream in = HistoryTargetsTest.class.getResourceAsStream("/data/history/targets.csv")) {
            assertNotNull(in, "data/history/targets.csv is not on the classpath");
            CsvTable t = new CsvTable("data/history/targets.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    HEADER.toArray(new String[0]));
            assertEquals(HEADER, t.header());
            List<Map<String, String>> out = new ArrayList<>();
            for (int n = 0; n < t.size(); n++) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (String h : HEADER) row.put(h, t.get(n, h));
                row.put("line", Integer.toString(t.line(n)));
                out.add(row);
            }
            return out;
        }
    }

    @Test
    void everyRowParsesWithItsValueInsideItsBand() throws Exception {
        List<Map<String, String>> rows = rows();
        assertTrue(rows.size() >= 20, "targets: " + rows.size());
        for (Map<String, String> r : rows) {
            String at = "line " + r.get("line") + " (" + r.get("metric") + ")";
            LocalDate date = LocalDate.parse(r.get("date"));
            double value = Double.parseDouble(r.get("value"));
            double low = Double.parseDouble(r.get("low"));
            double high = Double.parseDouble(r.get("high"));
            assertTrue(low <= value && value <= high, at + ": " + low + " <= " + value + " <= " + high);
            for (String col : List.of("metric", "unit", "scope", "source", "note")) assertFalse(r.get(col).isEmpty(), at + ": empty " + col);
            if (!r.get("metro_share").isEmpty()) {
                double share = Double.parseDouble(r.get("metro_share"));
                assertTrue(share > 0 && share <= 1, at + ": metro_share " + share);
            }
            if (!r.get("period_start").isEmpty()) assertTrue(!LocalDate.parse(r.get("period_start")).isAfter(date), at + ": period starts after its date");
        }
    }

    @Test
    void onlyDataUpToTheEndOf2023IsForCalibration() throws Exception {
        int validation = 0;
        for (Map<String, String> r : rows()) {
            String at = "line " + r.get("line") + " (" + r.get("metric") + ")";
            boolean late = LocalDate.parse(r.get("date")).isAfter(CUTOFF);
            assertTrue(Set.of("calibration", "validation").contains(r.get("use")), at + ": use " + r.get("use"));
            assertEquals(late ? "validation" : "calibration", r.get("use"), at + ": data after " + CUTOFF + " is reserved for validation");
            if (late) validation++;
        }
        assertTrue(validation > 0, "no out-of-sample rows");
    }

    @Test
    void everyNamedModelMetricIsADailyColumn() throws Exception {
        int mapped = 0;
        for (Map<String, String> r : rows()) {
            String m = r.get("model_metric");
            if (m.isEmpty()) continue;
            assertTrue(DailyMetrics.COLUMNS.contains(m), "line " + r.get("line") + ": '" + m + "' is not a daily column " + DailyMetrics.COLUMNS);
            assertFalse(m.equals("day"), "line " + r.get("line"));
            mapped++;
        }
        assertTrue(mapped > 0);
    }
}
