package hsim.runner.design;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.testing.Fuzz;
import hsim.model.testing.TextMutator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged design files (the project's own examples, mutated) either still make a valid design or are
 * refused with an InputException that names the file and a line inside it; never another exception,
 * never a hang (the harness bounds each case).
 */
class DesignFileFuzzTest {
    private static final String SOURCE = "fuzzed-design.yaml";

    @Test
    void mutatedDesignFilesLoadOrAreRefusedWithALocation() throws IOException {
        List<String> bases = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../docs/examples")), Files.list(Path.of("../docs/validation")))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) bases.add(Files.readString(p));
        }
        assertFalse(bases.isEmpty(), "no example design files found");
        ScenarioLoader loader = ModelCatalog.loader();
        Fuzz.forAll(300, r -> TextMutator.mutate(Fuzz.oneOf(r, bases), r), text -> {
            try {
                Design d = DesignFile.parse(SOURCE, text, ModelCatalog.standard(), loader);
                assertTrue(d != null);
            } catch (InputException e) {
                assertEquals(SOURCE, e.source(), e.getMessage());
                int lines = text.split("\r?\n", -1).length;
                assertTrue(e.line() >= 0 && e.line() <= lines + 1, "line " + e.line() + " outside the document: " + e.getMessage());
                assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            }
        });
    }
}
