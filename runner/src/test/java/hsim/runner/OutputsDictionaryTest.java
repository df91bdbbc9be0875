package hsim.runner;

import hsim.results.Dictionary;
import hsim.results.Measures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data dictionary section of docs/OUTPUTS.md is generated from the outcome metadata (which
 * {@link MeasuresMatchModelTest} holds to the model's columns); this test fails when it is stale.
 * Regenerate with {@code mvn -o -q -pl runner -am test -Dtest=OutputsDictionaryTest -Dsurefire.failIfNoSpecifiedTests=false -Dhsim.regenerate=true}.
 */
class OutputsDictionaryTest {
    static final String BEGIN = "<!-- data dictionary: generated, do not edit -->\n";
    static final String END = "<!-- end of data dictionary -->\n";

    @Test
    void outputsMdHoldsTheCurrentDictionary() throws Exception {
        Path doc = Path.of("..").toAbsolutePath().normalize().resolve("docs/OUTPUTS.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int a = text.indexOf(BEGIN);
        int b = text.indexOf(END);
        assertTrue(a >= 0 && b > a, "docs/OUTPUTS.md lacks the markers of its generated data dictionary");
        String fresh = text.substring(0, a + BEGIN.length()) + Dictionary.markdown(Measures.standard()) + text.substring(b);
        if (Boolean.getBoolean("hsim.regenerate")) Files.writeString(doc, fresh, StandardCharsets.UTF_8);
        assertEquals(fresh, Files.readString(doc, StandardCharsets.UTF_8), "docs/OUTPUTS.md's data dictionary is stale; regenerate (see class comment)");
    }
}
