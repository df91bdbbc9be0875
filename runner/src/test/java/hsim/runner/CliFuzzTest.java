package hsim.runner;

import hsim.model.scenario.Param;
import hsim.model.scenario.Parameters;
import hsim.model.scenario.ScenarioLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    @BeforeContainer
    static void files() throws IOException {
        base = Files.createTempDirectory("hsim-cli-fuzz-");
        goodScenario = Files.writeString(base.resolve("good.yaml"), "name: good\ninherits: baseline\nrun:\n  days: 2\n");
        badScenario = Files.writeString(base.resolve("bad.yaml"), "name: bad\nrun:\n  days: lots\n");
        aFile = Files.writeString(base.resolve("plain-file"), "not a folder\n");
        aFolderNamedYaml = Files.createDirectory(base.resolve("folder.yaml"));
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(base)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // --- valid pieces: a run made only of these must succeed

    static Arbitrary<List<String>> validSeed() {
        return Arbitraries.longs().map(v -> List.of("--seed", Long.toString(v)));
    }

    static Arbitrary<List<String>> validDays() {
        return Arbitraries.integers().between(0, 2).map(v -> List.of("--days", Integer.toString(v)));
    }

    static Arbitrary<List<String>> validThreads() {
        return Arbitraries.integers().between(1, 4).map(v -> List.of("--threads", Integer.toString(v)));
    }

    static Arbitrary<List<String>> validScenario() {
        return Arbitraries.oneOf(Arbitraries.of(ScenarioLoader.optionNames()), Arbitraries.just("good.yaml").map(x -> goodScenario.toString()))
                .map(v -> List.of("--scenario", v));
    }

    static Arbitrary<List<String>> validSet() {
        return Arbitraries.of(Parameters.standard().all())
                .flatMap(p -> validValue(p).map(v -> List.of("--set", p.key() + "=" + v)));
    }

    private static Arbitrary<String> validValue(Param p) {
        return switch (p.kind()) {
            case NUMBER -> Arbitraries.doubles().between(p.min(), p.max()).map(d -> Double.toString(d));
            case INTEGER -> Arbitraries.longs().between((long) p.min(), (long) p.max()).map(l -> Long.toString(l));
            case BOOLEAN -> Arbitraries.of("true", "false");
            case CHOICE -> Arbitraries.of(p.choices());
            case DATE -> Arbitraries.of("2022-10-01", "2024-02-29", "1999-12-31");
        };
    }

    // --- hostile pieces

    private static final List<String> JUNK = List.of("", " ", "abc", "1e3", "0x10", "1.5", "-", "--", "NaN", "Infinity",
            "99999999999999999999", "-99999999999999999999", "2147483648", "-2147483649", "1_000", "１", "\u0000",
            "\u202E1", "1\n2", "=", "--days", "--seed=1", "@/dev/zero", "x".repeat(5000));

    static Arbitrary<List<String>> badNumberOption() {
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(JUNK),
                Arbitraries.integers().between(-100, -1).map(String::valueOf),
                Arbitraries.integers().between(36_501, Integer.MAX_VALUE).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf));
        return Combinators.combine(Arbitraries.of("--seed", "--days", "--threads"), values, Arbitraries.of(true, false))
                .as((o, v, joined) -> joined ? List.of(o + "=" + v) : List.of(o, v));
    }

    static Arbitrary<List<String>> badScenarioOption() {
        return Arbitraries.of("", "basline", "nope.yaml", "/no/such/dir/x.yaml", "a\u0000b", "../../etc/passwd", "@/dev/zero",
                        "options", "folder.yaml", "bad.yaml", "plain-file", "x".repeat(5000) + ".yaml", "\u202Ebaseline")
                .map(v -> switch (v) {
                    case "folder.yaml" -> aFolderNamedYaml.toString();
                    case "bad.yaml" -> badScenario.toString();
                    case "plain-file" -> aFile.toString();
                    default -> v;
                })
                .map(v -> List.of("--scenario", v));
    }

    static Arbitrary<List<String>> badSet() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of(Parameters.standard().all()).map(Param::key),
                Arbitraries.of("", "run", "run.", "run.dayz", "name", "inherits", "@line:run.days", "RUN.DAYS", "k".repeat(3000)));
        Arbitrary<String> values = Arbitraries.of(JUNK);
        return Arbitraries.oneOf(
                Combinators.combine(keys, values).as((k, v) -> List.of("--set", k + "=" + v)),
                Arbitraries.of("novalue", "=5", "", "run.days", "run.days==3").map(a -> List.of("--set", a)));
    }

    static Arbitrary<List<String>> badOut() {
        return Arbitraries.of("plain-file", "plain-file/sub", "a\u0000b", "").map(v -> switch (v) {
            case "plain-file" -> aFile.toString();
            case "plain-file/sub" -> aFile.resolve("sub").toString();
            default -> v;
        }).map(v -> List.of("--out", v));
    }

    static Arbitrary<List<String>> unknownOption() {
        return Arbitraries.of("--frobnicate", "-x", "--Seed", "--day", "---seed", "-", "--", "stray", "--seed1", "-h1")
                .map(List::of);
    }

    /** An option as the last argument, with its value missing. */
    static Arbitrary<List<String>> missingValue() {
        return Arbitraries.of("--seed", "--days", "--threads", "--scenario", "--set", "--out").map(List::of);
    }

    @Provide
    Arbitrary<Args> anyArgs() {
        Arbitrary<List<String>> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, validSeed()), net.jqwik.api.Tuple.of(2, validThreads()),
                net.jqwik.api.Tuple.of(2, validScenario()), net.jqwik.api.Tuple.of(2, validSet()),
                net.jqwik.api.Tuple.of(3, badNumberOption()), net.jqwik.api.Tuple.of(2, badScenarioOption()),
                net.jqwik.api.Tuple.of(2, badSet()), net.jqwik.api.Tuple.of(1, badOut()),
                net.jqwik.api.Tuple.of(1, unknownOption()));
        Arbitrary<List<String>> command = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(12, List.of("run")), net.jqwik.api.Tuple.of(1, List.<String>of()),
                net.jqwik.api.Tuple.of(1, List.of("runn")), net.jqwik.api.Tuple.of(1, List.of("help", "run")),
                net.jqwik.api.Tuple.of(1, List.of("RUN")));
        return Combinators.combine(command, validDays(), piece.list().ofMaxSize(4),
                missingValue().optional(0.1).map(o -> o.orElse(List.of())))
                .as((cmd, days, pieces, missing) -> {
                    List<String> a = new ArrayList<>(cmd);
                    a.addAll(days); // always present so a valid run stays tiny; a second --days is itself an error
                    pieces.forEach(a::addAll);
                    return new Args(a, missing);
                });
    }

    /** The arguments, and what must stay at the very end (an option missing its value). */
    record Args(List<String> body, List<String> tail) {
        @Override public String toString() { return body + " " + tail; }
    }

    @Provide
    Arbitrary<List<String>> validArgs() {
        Arbitrary<List<String>> piece = Arbitraries.oneOf(validSeed(), validThreads(), validScenario(), validSet());
        return Combinators.combine(validDays(), piece.list().ofMaxSize(4).uniqueElements(p -> p.get(0)))
                .as((days, pieces) -> {
                    List<String> a = new ArrayList<>(List.of("run"));
                    a.addAll(days);
                    pieces.forEach(a::addAll);
                    return a;
                });
    }

    @Property(tries = 300)
    void anyCommandLineEndsWithSuccessOrBadInput(@ForAll("anyArgs") Args args) {
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

    @Property(tries = 40)
    void validCommandLinesRunAndWriteTheirFiles(@ForAll("validArgs") List<String> args) {
        List<String> a = new ArrayList<>(args);
        Path out = base.resolve("ok-" + System.nanoTime());
        a.addAll(List.of("--out", out.toString()));
        Cli.Result r = Cli.run(a.toArray(String[]::new));
        assertEquals(Main.OK, r.code(), r::show);
        assertTrue(r.out().startsWith("hsim run: "), r::show);
        assertTrue(Files.isRegularFile(out.resolve("daily.csv")) && Files.isRegularFile(out.resolve("summary.csv")), r::show);
    }
}
