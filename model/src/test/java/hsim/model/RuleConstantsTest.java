package hsim.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Rule code holds no numbers of its own: every number a rule uses is a catalog parameter ({@code Param.*(...)}
 * declarations are skipped). This scans every file of the rule packages ({@link #RULES}, directories listed, not
 * files, so a new file is scanned too) for numeric literals other than 0 and 1 (array sizes and indices such as
 * {@code [3]} aside). The few that are units, bit layouts, numerical methods or tolerances are allowed per file
 * in {@link #ALLOWED} with the reason. Every package of the model is either a rule package or named in
 * {@link #NOT_RULES} with why, so a new package cannot slip past.
 */
class RuleConstantsTest {
    private static final Path MAIN = Path.of("src/main/java/hsim/model");
    private static final Set<String> RULES = Set.of("city", "conflict", "epstein", "gangs", "metrics", "people", "security",
            "supply", "truce", "world");
    /** Packages with no rules of the model in them: the scheduler, random streams, the scenario loader, run plumbing. */
    private static final Set<String> NOT_RULES = Set.of("core", "engine", "run", "scenario");
    private static final String TOLERANCE = "numerical tolerance or division guard";
    /** File -> literals it may use, and why. */
    private static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            allow("city/CellHeap.java", "binary heap layout (children 2i + 1, growth x2)", "2"),
            allow("city/City.java", "cell centre 0.5, m² per km²; the builder's default grid origin and cell size for hand-built "
                    + "cities, and 100 residents per land cell of a synthetic commune (test cities, not the map)",
                    "0.5", "1e6", "72.40", "18.60", "0.001", "100"),
            allow("city/CityLoader.java", "latitude/longitude bounds and ESRI ASCII grid header (6 lines, key value pairs, "
                    + "cell size > 0, nodata range); decimal digits", "90", "180", "6", "2", "1e-6", "1e9", "10"),
            allow("city/RoadClass.java", "city data, not a scenario quantity: truck free-flow speeds by road class are fixed with "
                    + "the map (the shared city and its travel-time cache are built once, before any scenario); scenarios scale "
                    + "them with supply.truck_speed_factor. Documented as assumptions in the enum and docs/ODD.md", "15.0", "25.0", "40.0"),
            allow("city/Router.java", "minutes per hour, metres per km, 8-neighbourhood, half steps, growth x2", "60.0", "1000.0", "8", "0.5", "2"),
            allow("city/Settlement.java", "city data like RoadClass (the population surface is built with the map, before any "
                    + "scenario; assumption documented in the class); seed's high 32 bits", "1000.0", "0.01", "32"),
            allow("city/TravelTimes.java", "cache file layout (header bytes, 4-byte floats, 8-byte doubles), 512 MiB cap, hex key length",
                    "12", "20", "3", "32", "4", "512", "8"),
            allow("conflict/Battles.java", TOLERANCE, "1e-9"),
            allow("conflict/Engagement.java", "sampling method: normal approximation above a Poisson mean of 30 or 50 binomial trials, "
                    + "inversion capped at 200, Box-Muller's -2 and 2 pi; time tolerance", "30", "50", "200", "2", "1e-12"),
            allow("epstein/EpsteinWorld.java", "(dx, dy) pairs in flat offset arrays", "2"),
            allow("epstein/Neighbourhood.java", "(dx, dy) pairs in flat offset arrays; distance tolerance", "2", "1e-9"),
            allow("epstein/Outbursts.java", "a statistic needs two values", "2"),
            allow("gangs/GangAttacks.java", "random stream sub-id", "2"),
            allow("gangs/GangDay.java", "hours per day", "24"),
            allow("gangs/GangExpansion.java", "hours per day", "24"),
            allow("gangs/Leadership.java", "random stream sub-id", "5"),
            allow("gangs/Membership.java", "array growth 2n + 4; hours per day; rounding guard", "2", "4", "24", "1e-9"),
            allow("gangs/Reinfiltration.java", "random stream sub-id", "4"),
            allow("gangs/Territory.java", "a split makes at least two cells (one is no split)", "2"),
            allow("metrics/DailyMetrics.java", "named display constant in column names; slots of the per-commune sums array",
                    "180", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
            allow("metrics/Invariants.java", "checking tolerance", "1e-9"),
            allow("people/Casualties.java", "search square widens 2r + 1 at a time", "2"),
            allow("people/Cholera.java", "state code of asymptomatic carriers", "5"),
            allow("people/CivilianDay.java", "hours per day", "24"),
            allow("people/CivilianIntents.java", "intent codes", "2", "3", "4"),
            allow("people/Civilians.java", "bytes per field, flag bits and state codes of the agent arrays, least capacity",
                    "2", "3", "4", "5", "16"),
            allow("people/Displacement.java", "ring geometry (a ring of radius d has 8d cells, 4 sides of 2d)", "2", "3", "8"),
            allow("people/EpsteinRule.java", "rounding to nearest (the 'round' ratio rule)", "0.5"),
            allow("security/CorridorSegments.java", "middle cell of a stretch", "2"),
            allow("security/ForeignForce.java", TOLERANCE, "1e-9"),
            allow("security/Handover.java", TOLERANCE, "1e-9"),
            allow("security/HnpOperations.java", TOLERANCE, "1e-9"),
            allow("security/PoliceForce.java", "days per year; " + TOLERANCE, "365.0", "1e-9"),
            allow("security/SecurityDay.java", "random stream sub-id", "3"),
            allow("security/SecurityPresence.java", "two passes: count the cells, then spread", "2"),
            allow("security/SpecialForce.java", "days per week", "7"),
            allow("security/Tasking.java", TOLERANCE, "1e-9"),
            allow("supply/CheckpointEncounter.java", "minutes per hour", "60"),
            allow("supply/CheckpointSettings.java", "index of a parameter in its own list", "2"),
            allow("supply/ConvoyMovement.java", "minutes per hour", "60"),
            allow("supply/ConvoyRoutes.java", "origin in the key's high 32 bits", "32"),
            allow("supply/RouteRisk.java", "half-life: keep 0.5^(1/T) a day", "0.5"),
            allow("supply/Stock.java", "empty up to rounding", "1e-9"),
            allow("supply/SupplyNetwork.java", "division guard", "1e-12"),
            allow("world/GangRoster.java", "latitude/longitude bounds, 4-neighbourhood; " + TOLERANCE, "90", "180", "4", "1e-9"),
            allow("world/InterventionModel.java", "the day's schedule: hour of day and order slot of each process (order is "
                    + "what matters, docs/ODD.md); hours per day", "2", "3", "4", "6", "23", "24"),
            allow("world/MetroState.java", "division guard", "1e-12"),
            allow("world/Morning.java", "half-life: keep 0.5^(1/T) a day", "0.5"),
            allow("world/Tallies.java", "cause codes", "2"));
    private static final Pattern PARAM = Pattern.compile("Param\\.(number|integer|flag|choice|date)\\(");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+\\.?\\d*(?:[eE][-+]?\\d+)?|\\.\\d+)[fFdDlL]?(?![\\w.])");

    private record Allowed(String why, Set<String> literals) {}

    private static Map.Entry<String, Allowed> allow(String file, String why, String... literals) {
        return Map.entry(file, new Allowed(why, Set.of(literals)));
    }

    @Test
    void everyPackageIsARulePackageOrSaysWhyNot() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> d = Files.list(MAIN)) {
            d.filter(Files::isDirectory).forEach(p -> packages.add(p.getFileName().toString()));
        }
        assertFalse(packages.isEmpty(), MAIN.toAbsolutePath() + " (run from the model module)");
        Set<String> unclassified = new TreeSet<>(packages);
        unclassified.removeAll(RULES);
        unclassified.removeAll(NOT_RULES);
        assertEquals(Set.of(), unclassified, "new package: add it to RULES (and sweep it) or to NOT_RULES with the reason");
        assertTrue(packages.containsAll(RULES) && packages.containsAll(NOT_RULES), "a listed package is gone: " + packages);
    }

    @Test
    void ruleFilesUseNoNumbersOutsideTheCatalog() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String pkg : new TreeSet<>(RULES)) {
            List<Path> files;
            try (Stream<Path> w = Files.walk(MAIN.resolve(pkg))) {
                files = w.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            }
            for (Path f : files) {
                String name = MAIN.relativize(f).toString().replace('\\', '/');
                seen.add(name);
                found.addAll(literals(name, Files.readString(f), ALLOWED.getOrDefault(name, new Allowed("", Set.of())).literals()));
            }
        }
        assertEquals(List.of(), found, "numbers in rule code: make them catalog parameters (Param) next to their mechanism");
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(seen);
        assertEquals(Set.of(), stale, "allowed-literal entries for files that no longer exist");
    }

    @Test
    void aNewLiteralInAnyRuleFileIsFound() throws IOException {
        // the same check over a rule file with one rule number added: it must be reported
        Path f = MAIN.resolve("gangs/GangCell.java");
        String code = Files.readString(f).replace("double a = armed();", "double a = armed() * 0.8;");
        assertEquals(1, literals("gangs/GangCell.java", code, Set.of()).size());
        assertEquals(List.of(), literals("gangs/GangCell.java", Files.readString(f), Set.of()));
    }

    private static List<String> literals(String name, String source, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        String[] lines = withoutParams(withoutCommentsAndStrings(source)).split("\n", -1);
        for (String line : lines) {
            if (line.contains("serialVersionUID")) continue;
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                String v = m.group(1);
                double d = Double.parseDouble(v);
                if (d == 0 || d == 1 || allowed.contains(v)) continue;
                if (m.start() > 0 && line.charAt(m.start() - 1) == '[' && m.end() < line.length()
                        && line.charAt(m.end()) == ']') continue; // an array's size or index: layout, not a rule
                found.add(name + ": " + m.group() + " in \"" + line.strip() + "\"");
            }
        }
        return found;
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
