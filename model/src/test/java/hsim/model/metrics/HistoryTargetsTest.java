package hsim.model.metrics;

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

    /** RFC 4180 fields of one line (quotes, doubled quotes inside them); the file has no line breaks inside fields. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { f.append('"'); i++; }
                else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { out.add(f.toString()); f.setLength(0); }
            else f.append(c);
        }
        assertFalse(quoted, "unclosed quote: " + line);
        out.add(f.toString());
        return out;
    }

    private static List<Map<String, String>> rows() throws Exception {
        try (InputStream in = HistoryTargetsTest.class.getResourceAsStream("/data/history/targets.csv")) {
            assertNotNull(in, "data/history/targets.csv is not on the classpath");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            assertEquals(HEADER, fields(lines.get(0)));
            List<Map<String, String>> out = new ArrayList<>();
            for (int n = 1; n < lines.size(); n++) {
                List<String> f = fields(lines.get(n));
                assertEquals(HEADER.size(), f.size(), "line " + (n + 1) + " has " + f.size() + " fields");
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int j = 0; j < HEADER.size(); j++) row.put(HEADER.get(j), f.get(j).strip());
                row.put("line", Integer.toString(n + 1));
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
