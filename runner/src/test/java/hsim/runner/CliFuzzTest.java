package hsim.runner;

import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Param;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.testing.Fuzz;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static hsim.model.testing.Fuzz.oneOf;
import static hsim.model.testing.Fuzz.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the hsim command line in-process: random {@code --seed}, {@code --days}, {@code --threads},
 * {@code --scenario}, {@code --set}, {@code --out}, unknown options and missing values. Every case
 * must end with exit 0 (a real, tiny run that wrote its files) or exit 2 with a "bad input" message
 * naming the option or field; never a stack trace, never exit 1, never a hang.
 */
class CliFuzzTest {
    private static Path base;
    private static Path goodScenario;
    private static Path badScenario;
    private static Path aFile;
    private static Path aFolderNamedYaml;

    @BeforeAll
    static void files() throws IOException {
        base = Files.createTempDirectory("hsim-cli-fuzz-");
        goodScenario = Files.writeString(base.resolve("good.yaml"), "name: good\ninherits: baseline\nrun:\n  days: 2\n");
        badScenario = Files.writeString(base.resolve("bad.yaml"), "name: bad\nrun:\n  days: lots\n");
        aFile = Files.writeString(base.resolve("plain-file"), "not a folder\n");
        aFolderNamedYaml = Files.createDirectory(base.resolve("folder.yaml"));
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(base)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // --- valid pieces: a run made only of these must succeed

    static List<String> validSeed(SplittableRandom r) { return List.of("--seed", Long.toString(Fuzz.anyLong(r))); }

    static List<String> validDays(SplittableRandom r) { return List.of("--days", Integer.toString(Fuzz.intBetween(r, 0, 2))); }

    static List<String> validThreads(SplittableRandom r) { return List.of("--threads", Integer.toString(Fuzz.intBetween(r, 1, 4))); }

    static List<String> validScenario(SplittableRandom r) {
        return List.of("--scenario", r.nextBoolean() ? oneOf(r, ScenarioLoader.optionNames()) : goodScenario.toString());
    }

    static List<String> validSet(SplittableRandom r) {
        Param p = oneOf(r, ModelCatalog.standard().all());
        return List.of("--set", p.key() + "=" + validValue(p, r));
    }

    private static String validValue(Param p, SplittableRandom r) {
        return switch (p.kind()) {
            case NUMBER -> Double.toString(Math.max(p.min(), Math.min(p.max(), Math.round(Fuzz.doubleBetween(r, p.min(), p.max()) * 100) / 100.0)));
            case INTEGER -> Long.toString(Fuzz.longBetween(r, (long) p.min(), (long) p.max()));
            case BOOLEAN -> oneOf(r, "true", "false");
            case CHOICE -> oneOf(r, p.choices());
            case DATE -> oneOf(r, "2022-10-01", "2024-02-29", "1999-12-31");
        };
    }

    // --- hostile pieces

    private static final List<String> JUNK = List.of("", " ", "abc", "1e3", "0x10", "1.5", "-", "--", "NaN", "Infinity",
            "99999999999999999999", "-99999999999999999999", "2147483648", "-2147483649", "1_000", "１", "\u0000",
            "\u202E1", "1\n2", "=", "--days", "--seed=1", "@/dev/zero", "x".repeat(5000));

    static List<String> badNumberOption(SplittableRandom r) {
        String o = oneOf(r, "--seed", "--days", "--threads");
        String v = switch (r.nextInt(4)) {
            case 0 -> oneOf(r, JUNK);
            case 1 -> String.valueOf(Fuzz.intBetween(r, -100, -1));
            case 2 -> String.valueOf(Fuzz.intBetween(r, 36_501, Integer.MAX_VALUE));
            default -> String.valueOf(Fuzz.anyLong(r));
        };
        return r.nextBoolean() ? List.of(o + "=" + v) : List.of(o, v);
    }

    static List<String> badScenarioOption(SplittableRandom r) {
        String v = oneOf(r, "", "basline", "nope.yaml", "/no/such/dir/x.yaml", "a\u0000b", "../../etc/passwd", "@/dev/zero",
                "options", "folder.yaml", "bad.yaml", "plain-file", "x".repeat(5000) + ".yaml", "\u202Ebaseline");
        return List.of("--scenario", switch (v) {
            case "folder.yaml" -> aFolderNamedYaml.toString();
            case "bad.yaml" -> badScenario.toString();
            case "plain-file" -> aFile.toString();
            default -> v;
        });
    }

    static List<String> badSet(SplittableRandom r) {
        if (r.nextBoolean()) return List.of("--set", oneOf(r, "novalue", "=5", "", "run.days", "run.days==3"));
        String k = r.nextBoolean() ? oneOf(r, ModelCatalog.standard().all()).key()
                : oneOf(r, "", "run", "run.", "run.dayz", "name", "inherits", "@line:run.days", "RUN.DAYS", "k".repeat(3000));
        return List.of("--set", k + "=" + oneOf(r, JUNK));
    }

    static List<String> badOut(SplittableRandom r) {
        String v = oneOf(r, "plain-file", "plain-file/sub", "a\u0000b", "");
        return List.of("--out", switch (v) {
            case "plain-file" -> aFile.toString();
            case "plain-file/sub" -> aFile.resolve("sub").toString();
            default -> v;
        });
    }

    static List<String> unknownOption(SplittableRandom r) {
        return List.of(oneOf(r, "--frobnicate", "-x", "--Seed", "--day", "---seed", "-", "--", "stray", "--seed1", "-h1"));
    }

    /** An option as the last argument, with its value missing. */
    static List<String> missingValue(SplittableRandom r) {
        return List.of(oneOf(r, "--seed", "--days", "--threads", "--scenario", "--set", "--out"));
    }

    static Args anyArgs(SplittableRandom r) {
        List<String> a = new ArrayList<>(Fuzz.<List<String>>weighted(r,
                w(12, x -> List.of("run")), w(1, x -> List.of()), w(1, x -> List.of("runn")),
                w(1, x -> List.of("help", "run")), w(1, x -> List.of("RUN"))));
        a.addAll(validDays(r)); // always present so a valid run stays tiny; a second --days is itself an error
        Fuzz.list(r, 0, 4, x -> Fuzz.<List<String>>weighted(x,
                w(2, CliFuzzTest::validSeed), w(2, CliFuzzTest::validThreads),
                w(2, CliFuzzTest::validScenario), w(2, CliFuzzTest::validSet),
                w(3, CliFuzzTest::badNumberOption), w(2, CliFuzzTest::badScenarioOption),
                w(2, CliFuzzTest::badSet), w(1, CliFuzzTest::badOut),
                w(1, CliFuzzTest::unknownOption))).forEach(a::addAll);
        return new Args(a, r.nextInt(10) == 0 ? missingValue(r) : List.of());
    }

    /** The arguments, and what must stay at the very end (an option missing its value). */
    record Args(List<String> body, List<String> tail) {
        @Override public String toString() { return body + " " + tail; }
    }

    /** "run", days, then up to four valid pieces, no option twice. */
    static List<String> validArgs(SplittableRandom r) {
        List<String> a = new ArrayList<>(List.of("run"));
        a.addAll(validDays(r));
        Set<String> seen = new HashSet<>();
        for (List<String> p : Fuzz.list(r, 0, 4, x -> Fuzz.<List<String>>weighted(x, w(1, CliFuzzTest::validSeed),
                w(1, CliFuzzTest::validThreads), w(1, CliFuzzTest::validScenario), w(1, CliFuzzTest::validSet)))) {
            if (seen.add(p.get(0))) a.addAll(p);
        }
        return a;
    }

    @Test
    void anyCommandLineEndsWithSuccessOrBadInput() {
        Fuzz.forAll(300, CliFuzzTest::anyArgs, CliFuzzTest::anyCommandLineEndsWithSuccessOrBadInput);
    }

    static void anyCommandLineEndsWithSuccessOrBadInput(Args args) {
        List<String> a = new ArrayList<>(args.body());
        Path out = base.resolve("out-" + System.nanoTime());
        // every run writes under the temporary folder, never into the source tree
        if (!a.contains("--out")) a.addAll(List.of("--out", out.toString()));
        a.addAll(args.tail());
        Cli.Result r = Cli.run(a.toArray(String[]::new));
        r.assertNoStackTrace();
        if (r.code() == Main.OK) {
            assertEquals("", r.err(), r::show);
            // exit 0 is either help (asked for with -h, also inside a cluster such as -h1) or a real run
            boolean help = r.out().contains("Usage: hsim");
            if (!help) {
                assertEquals("run", a.get(0), r::show);
                assertTrue(Files.isRegularFile(out.resolve("summary.csv")), r::show);
            }
        } else {
            r.assertBadInput();
        }
    }

    @Test
    void validCommandLinesRunAndWriteTheirFiles() {
        Fuzz.forAll(40, CliFuzzTest::validArgs, CliFuzzTest::validCommandLinesRunAndWriteTheirFiles);
    }

    static void validCommandLinesRunAndWriteTheirFiles(List<String> args) {
        List<String> a = new ArrayList<>(args);
        Path out = base.resolve("ok-" + System.nanoTime());
        a.addAll(List.of("--out", out.toString()));
        Cli.Result r = Cli.run(a.toArray(String[]::new));
        assertEquals(Main.OK, r.code(), r::show);
        assertTrue(r.out().startsWith("hsim run: "), r::show);
        assertTrue(Files.isRegularFile(out.resolve("daily.csv")) && Files.isRegularFile(out.resolve("summary.csv")), r::show);
        String dictionary;
        try {
            dictionary = Files.readString(out.resolve("dictionary.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(dictionary.startsWith("file,column,key,kind,label,unit,accumulation,statistic,better,submodel\n")
                && dictionary.contains("\nsummary.csv,days_simulated,days_simulated,outcome,"), dictionary);
    }
}
