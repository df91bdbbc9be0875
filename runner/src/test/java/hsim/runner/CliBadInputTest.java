package hsim.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One hand-written example per kind of bad command line that {@link CliFuzzTest} generates, each
 * asserting the exact "hsim: bad input:" line the user sees.
 */
class CliBadInputTest {
    @TempDir Path dir;

    private String out() { return dir.resolve("out").toString(); }

    /** Expects exit 2 and a first stderr line starting with "hsim: bad input: " + {@code start}. */
    private Cli.Result bad(String start, String... args) {
        Cli.Result r = Cli.run(args).assertBadInput();
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("hsim: bad input: " + start), () -> "expected '" + start + "': " + r.show());
        return r;
    }

    @Test void seedThatIsNotANumber() {
        bad("Invalid value for option '--seed': 'abc' is not a long", "run", "--seed", "abc", "--out", out());
    }

    @Test void seedBeyondLong() {
        bad("Invalid value for option '--seed': '9223372036854775808' is not a long", "run", "--seed", "9223372036854775808");
    }

    @Test void negativeDays() {
        bad("command line: field '--days': -1 is out of range; allowed 0..36500", "run", "--days", "-1", "--out", out());
    }

    @Test void hugeDays() {
        bad("Invalid value for option '--days': '99999999999' is not an int", "run", "--days", "99999999999");
    }

    @Test void zeroThreads() {
        bad("command line: field '--threads': 0 is out of range; allowed 1..1024", "run", "--days", "1", "--threads", "0", "--out", out());
    }

    @Test void unknownScenario() {
        bad("command line: field '--scenario': unknown scenario 'basline'; built-in scenarios: baseline", "run", "--scenario", "basline");
    }

    @Test void missingScenarioFile() {
        bad("command line: field '--scenario': 'nope.yaml': no such file", "run", "--scenario", "nope.yaml");
    }

    @Test void scenarioNameWithNul() {
        bad("command line: field '--scenario': 'a\\u0000b' is not a valid file name", "run", "--scenario", "a\u0000b");
    }

    @Test void badScenarioFileIsNamedWithItsLine() throws IOException {
        Path f = Files.writeString(dir.resolve("s.yaml"), "name: s\nrun:\n  days: lots\n");
        bad(f + ":3: field 'run.days': value 'lots' is not allowed; expected an integer in [1, 36500] days",
                "run", "--scenario", f.toString(), "--out", out());
    }

    @Test void setWithUnknownKey() {
        bad("command line (--set): field 'run.dayz': unknown parameter; did you mean run.days", "run", "--set", "run.dayz=3");
    }

    @Test void setWithBadValue() {
        bad("command line (--set): field 'run.people_per_agent': value 'NaN' is not allowed", "run", "--set", "run.people_per_agent=NaN");
    }

    @Test void setWithoutEquals() {
        bad("command line: field '--set': 'run.days' is not key=value", "run", "--set", "run.days");
    }

    @Test void unknownOptionGetsASuggestion() {
        Cli.Result r = bad("Unknown options: '--seeed', '3'", "run", "--seeed", "3");
        assertTrue(r.err().contains("Possible solutions: --seed"), r::show);
    }

    @Test void missingValue() {
        bad("Missing required parameter for option '--days' (N)", "run", "--days");
    }

    @Test void optionGivenTwice() {
        bad("option '--days' (N) should be specified only once", "run", "--days", "1", "--days", "2");
    }

    @Test void unknownCommand() {
        bad("Unmatched argument at index 0: 'runn'", "runn");
    }

    @Test void atFileIsAnOrdinaryArgumentNotARead() {
        // with picocli's @-file expansion on, this read /dev/zero forever
        bad("Unmatched argument at index 1: '@/dev/zero'", "run", "@/dev/zero");
    }

    @Test void outIsAFile() throws IOException {
        Path f = Files.writeString(dir.resolve("file"), "x");
        bad("command line: field '--out': '" + f + "' exists and is not a folder", "run", "--days", "0", "--out", f.toString());
    }

    @Test void outBelowAFile() throws IOException {
        Path f = Files.writeString(dir.resolve("file"), "x");
        bad("command line: field '--out': cannot create folder '" + f.resolve("sub") + "'",
                "run", "--days", "0", "--out", f.resolve("sub").toString());
    }

    @Test void emptyOut() {
        bad("command line: field '--out': empty folder name", "run", "--days", "0", "--out", "");
    }

    @Test void controlCharactersInAnArgumentAreShownEscaped() {
        Cli.Result r = bad("Invalid value for option '--seed': '1\\u001B[2J' is not a long", "run", "--seed", "1\u001B[2J");
        assertTrue(r.err().indexOf('\u001B') < 0, r::show);
    }

    @Test void aValidTinyRunSucceeds() {
        // the real model loads the Port-au-Prince map and its travel-time fields first: allow a minute on a busy machine
        Cli.Result r = Cli.runWithin(60, "run", "--days", "1", "--seed", "-5", "--threads", "2", "--set", "run.people_per_agent=50",
                "--scenario", "rapid-force", "--out", out()).assertNoStackTrace();
        assertEquals(Main.OK, r.code(), r::show);
        assertTrue(r.out().startsWith("hsim run: rapid-force seed -5, 1 days -> "), r::show);
        assertTrue(Files.isRegularFile(dir.resolve("out/summary.csv")));
    }
}
