package hsim.model.scenario;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract every fuzzed scenario file must meet: it loads into a scenario whose every value is
 * inside its parameter's range, or it is refused with an {@link InputException} that names the file
 * and, when it gives a line, a line that exists. Anything else (another exception, an error, a hang)
 * is a bug in the loader.
 */
final class LoadCheck {
    private LoadCheck() {}

    /** What a check found, for properties that want to look further. */
    record Result(Scenario scenario, InputException rejection) {}

    static Result check(byte[] doc) {
        Path file;
        try {
            file = Files.createTempFile("hsim-fuzz-", ".yaml");
            Files.write(file, doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return check(file, doc);
        } finally {
            try { Files.deleteIfExists(file); } catch (IOException ignored) { /* temp dir is cleaned anyway */ }
        }
    }

    static Result check(Path file, byte[] doc) {
        ParameterCatalog catalog = ModelCatalog.standard();
        ScenarioLoader loader = new ScenarioLoader(catalog);
        Bounded.Outcome<Scenario> o = Bounded.call(file.toString(), () -> loader.load(file.toString()));
        if (o.thrown() == null) {
            Scenario s = o.value();
            for (Param p : catalog.all()) {
                String v = s.values().get(p.key());
                String again;
                try {
                    again = p.canonical(v, "check", 0);
                } catch (InputException e) {
                    throw new AssertionError("loaded scenario holds a value outside the allowed range: " + e.getMessage());
                }
                assertEquals(v, again, p.key() + " is not in canonical form");
            }
            assertFalse(hasControl(s.name()), "control character in name: " + s.name());
            assertFalse(hasControl(s.description()), "control character in description");
            return new Result(s, null);
        }
        if (!(o.thrown() instanceof InputException ie)) {
            fail("loader threw " + o.thrown() + " instead of InputException:\n" + Bounded.stackTrace(o.thrown()));
            return null;
        }
        assertEquals(file.toString(), ie.source(), "message must name the file: " + ie.getMessage());
        assertTrue(ie.getMessage().startsWith(file.toString()), ie.getMessage());
        int lines = 1;
        for (byte b : doc) if (b == '\n') lines++;
        assertTrue(ie.line() >= 0 && ie.line() <= lines,
                "line " + ie.line() + " is not inside the document (" + lines + " lines): " + ie.getMessage());
        assertFalse(hasControl(ie.getMessage()), "raw control character in message: " + ie.getMessage());
        assertTrue(ie.getMessage().length() < 2000, "message is " + ie.getMessage().length() + " characters long");
        return new Result(null, ie);
    }

    static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029');
    }
}
