package hsim.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Rule code holds no numbers of its own: every number a rule uses is a catalog parameter ({@code Param.*(...)}
 * declarations are skipped). This scans the files already swept (issue 12: supply, cholera, legitimacy,
 * metrics) for numeric literals other than 0 and 1 (array sizes and indices such as {@code [3]} aside); the few that are units, bit layouts or numerical
 * tolerances are listed per file with the reason. Widen {@link #SWEPT} as other packages are swept.
 */
class RuleConstantsTest {
    private static final Path MAIN = Path.of("src/main/java/hsim/model");
    /** File -> literals it may use, and why. */
    private static final Map<String, Set<String>> SWEPT = Map.ofEntries(
            Map.entry("supply/Cargo.java", Set.of()),
            Map.entry("supply/Checkpoint.java", Set.of()),
            Map.entry("supply/Convoy.java", Set.of()),
            Map.entry("supply/ConvoyMovement.java", Set.of("60")),          // minutes per hour
            Map.entry("supply/ConvoyRoutes.java", Set.of("32")),            // origin in the key's high 32 bits
            Map.entry("supply/Dispatch.java", Set.of()),
            Map.entry("supply/Roads.java", Set.of()),
            Map.entry("supply/RouteRisk.java", Set.of("0.5")),              // half-life: keep 0.5^(1/T) a day
            Map.entry("supply/Stock.java", Set.of("1e-9")),                 // empty up to rounding
            Map.entry("supply/SupplyLedger.java", Set.of()),
            Map.entry("supply/SupplyNetwork.java", Set.of("1e-12")),        // division guard
            Map.entry("supply/SupplySettings.java", Set.of()),
            Map.entry("people/Cholera.java", Set.of("5")),                  // state code of asymptomatic carriers
            Map.entry("people/CholeraPrevalence.java", Set.of()),
            Map.entry("people/Legitimacy.java", Set.of()),
            Map.entry("metrics/DailyMetrics.java", Set.of("180")),          // named display constant in column names
            Map.entry("metrics/Invariants.java", Set.of("1e-9")),           // checking tolerance
            Map.entry("metrics/MapSnapshot.java", Set.of()),
            Map.entry("metrics/Readings.java", Set.of()));
    private static final Pattern PARAM = Pattern.compile("Param\\.(number|integer|flag|choice|date)\\(");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+\\.?\\d*(?:[eE][-+]?\\d+)?|\\.\\d+)[fFdDlL]?(?![\\w.])");

    @Test
    void sweptRuleFilesUseNoNumbersOutsideTheCatalog() throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : SWEPT.entrySet()) {
            Path f = MAIN.resolve(e.getKey());
            assertTrue(Files.isRegularFile(f), f.toAbsolutePath() + " (run from the model module)");
            String code = withoutParams(withoutCommentsAndStrings(Files.readString(f)));
            String[] lines = code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("serialVersionUID")) continue;
                Matcher m = NUMBER.matcher(lines[i]);
                while (m.find()) {
                    String v = m.group(1);
                    double d = Double.parseDouble(v);
                    if (d == 0 || d == 1 || e.getValue().contains(v)) continue;
                    if (m.start() > 0 && lines[i].charAt(m.start() - 1) == '[' && m.end() < lines[i].length()
                            && lines[i].charAt(m.end()) == ']') continue; // an array's size or index: layout, not a rule
                    found.add(e.getKey() + ": " + m.group() + " in \"" + lines[i].strip() + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "numbers in rule code: make them catalog parameters (Param) next to their mechanism");
    }

    @Test
    void theScannerFindsALiteralAndSkipsCatalogDeclarations() {
        String code = withoutParams(withoutCommentsAndStrings(
                "double x = 0.25 * y; // 7\n Param.number(\"k\", 3, 0, f(10), \"u\", \"s\", \"d\"); String s = \"9\";"));
        Matcher m = NUMBER.matcher(code);
        List<String> hits = new ArrayList<>();
        while (m.find()) hits.add(m.group());
        assertEquals(List.of("0.25"), hits);
    }

    private static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                for (int k = i; k < j + 2; k++) if (s.charAt(k) == '\n') out.append('\n'); // keep line numbers
                i = j + 2;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char q = s.charAt(i);
                int j = i + 1;
                while (s.charAt(j) != q) j += s.charAt(j) == '\\' ? 2 : 1;
                out.append(q).append(q);
                i = j + 1;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Replaces each {@code Param.kind(...)} call, arguments and all, by {@code P}. */
    private static String withoutParams(String s) {
        Matcher m = PARAM.matcher(s);
        while (m.find()) {
            int depth = 0, j = m.end() - 1;
            for (; j < s.length(); j++) {
                if (s.charAt(j) == '(') depth++;
                else if (s.charAt(j) == ')' && --depth == 0) break;
            }
            String lines = s.substring(m.start(), j + 1).replaceAll("[^\n]", "");
            s = s.substring(0, m.start()) + "P" + lines + s.substring(j + 1);
            m = PARAM.matcher(s);
        }
        return s;
    }
}
