package hsim.model.scenario;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One hand-written example per kind of damage that {@link ScenarioFuzzTest} applies at random, each
 * asserting the exact file, line and field the error names. The fuzzer shows that nothing escapes;
 * these pin down what the user is told.
 */
class ScenarioBadInputTest {
    @TempDir Path dir;

    private final ScenarioLoader loader = ModelCatalog.loader();

    private Path write(String text) throws IOException { return write(text.getBytes(StandardCharsets.UTF_8)); }

    private Path write(byte[] bytes) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.write(f, bytes);
        return f;
    }

    /** Loads {@code text} and expects a refusal at {@code line} about {@code field}, mentioning {@code words}. */
    private InputException refused(String text, int line, String field, String words) throws IOException {
        return refused(text.getBytes(StandardCharsets.UTF_8), line, field, words);
    }

    private InputException refused(byte[] bytes, int line, String field, String words) throws IOException {
        Path f = write(bytes);
        InputException e = assertThrows(InputException.class, () -> loader.load(f.toString()));
        assertEquals(f.toString(), e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(words), () -> "'" + words + "' not in: " + e.getMessage());
        String where = f + (line > 0 ? ":" + line : "") + (field == null ? "" : ": field '" + field + "'");
        assertTrue(e.getMessage().startsWith(where), () -> "message should start with " + where + ": " + e.getMessage());
        return e;
    }

    private Scenario loads(String text) throws IOException { return loader.load(write(text).toString()); }

    // --- byte flips: invalid UTF-8 and stray control characters

    @Test void invalidUtf8IsReportedWithItsLine() throws IOException {
        byte[] doc = "name: x\nrun:\n  start_date: 2022-1?-01\n".getBytes(StandardCharsets.UTF_8);
        int at = new String(doc, StandardCharsets.UTF_8).indexOf('?');
        doc[at] = (byte) 0xFF;
        refused(doc, 3, null, "byte 0xFF at offset " + at + " is not UTF-8 text");
    }

    @Test void controlCharacterInAValueIsShownEscaped() throws IOException {
        InputException e = refused("run:\n  days: 3\u00000\n", 2, null, "character U+0000 is not allowed in YAML");
        assertTrue(e.getMessage().indexOf('\u0000') < 0, e.getMessage());
    }

    // --- truncation

    @Test void truncatedInsideAQuoteIsAnUnterminatedString() throws IOException {
        refused("run:\n  start_date: \"2022-10-01", 2, null, "unterminated quoted string");
    }

    @Test void truncatedAfterAKeyLeavesAValueWhereASectionBelongs() throws IOException {
        // YAML reads "run:\n  days" as run: days, so the section name itself is the unknown parameter
        refused("name: x\nrun:\n  days", 2, "run", "unknown parameter; did you mean run.days");
    }

    @Test void truncatedAfterAKeyAmongSiblingsIsMissingItsColon() throws IOException {
        refused("run:\n  start_date: 2022-10-01\n  days\n", 3, null, "expected 'key: value'");
    }

    @Test void truncatedInsideAMultiByteCharacterIsNotUtf8() throws IOException {
        byte[] full = "description: café".getBytes(StandardCharsets.UTF_8);
        refused(java.util.Arrays.copyOf(full, full.length - 1), 1, null, "byte 0xC3 at offset 16 is not UTF-8 text");
    }

    // --- line deletion, duplication, indentation, tabs

    @Test void deletedParentLineLeavesAnIndentedChild() throws IOException {
        refused("name: x\n  start_date: 2022-10-01\n", 2, null, "unexpected ':'; check the indentation");
    }

    @Test void duplicatedLineIsADuplicateKey() throws IOException {
        refused("name: x\nrun:\n  days: 3\n  days: 3\n", 4, "days", "duplicate key (first defined on line 3)");
    }

    @Test void nestedAndDottedSpellingsOfOneKeyAreSetTwice() throws IOException {
        refused("run:\n  days: 3\nrun.days: 4\n", 3, "run.days", "set twice");
    }

    @Test void tabIndentationIsRefused() throws IOException {
        refused("run:\n\tdays: 3\n", 2, null, "tab used for indentation; use spaces");
    }

    @Test void deeperIndentationOfASiblingIsRefused() throws IOException {
        refused("run:\n  days: 3\n   people_per_agent: 5\n", 3, null, "unexpected ':'; check the indentation");
    }

    // --- wrong types

    @Test void textForAnInteger() throws IOException {
        refused("run:\n  days: many\n", 2, "run.days", "value 'many' is not allowed; expected an integer in [1, 36500] days");
    }

    @Test void fractionForAnInteger() throws IOException {
        refused("run.days: 2.5\n", 1, "run.days", "value '2.5' is not allowed");
    }

    @Test void listForAScalar() throws IOException {
        refused("run:\n  days: [1, 2]\n", 2, "run.days", "expected a single value");
    }

    @Test void mappingForAScalar() throws IOException {
        refused("run:\n  days:\n    min: 1\n", 3, "run.days.min", "unknown parameter");
    }

    @Test void impossibleDate() throws IOException {
        refused("run.start_date: 2022-02-30\n", 1, "run.start_date", "expected a date YYYY-MM-DD");
    }

    @Test void extendedYearDateIsRefused() throws IOException {
        refused("run.start_date: +999999999-12-31\n", 1, "run.start_date", "expected a date YYYY-MM-DD");
    }

    @Test void booleanForANumber() throws IOException {
        refused("run.people_per_agent: true\n", 1, "run.people_per_agent", "value 'true' is not allowed");
    }

    // --- huge numbers, NaN, Infinity, notations Java accepts but nobody means

    @Test void numberBeyondDouble() throws IOException {
        refused("run.people_per_agent: 1e309\n", 1, "run.people_per_agent", "expected a number in [1, 100000] people/agent");
    }

    @Test void integerBeyondLong() throws IOException {
        refused("run.days: 9223372036854775808\n", 1, "run.days", "value '9223372036854775808' is not allowed");
    }

    @Test void aMillionDigitsAreCutInTheMessage() throws IOException {
        InputException e = refused("run.days: " + "9".repeat(100_000) + "\n", 1, "run.days", "value '" + "9".repeat(37) + "...'");
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test void notANumber() throws IOException {
        refused("run.people_per_agent: NaN\n", 1, "run.people_per_agent", "value 'NaN' is not allowed");
    }

    @Test void infinity() throws IOException {
        refused("run.people_per_agent: Infinity\n", 1, "run.people_per_agent", "value 'Infinity' is not allowed");
    }

    @Test void javaOnlyNotationsAreRefused() throws IOException {
        refused("run.people_per_agent: 0x1p3\n", 1, "run.people_per_agent", "value '0x1p3' is not allowed");
        refused("run.people_per_agent: 100d\n", 1, "run.people_per_agent", "value '100d' is not allowed");
        refused("run.days: ١٢\n", 1, "run.days", "is not allowed");
    }

    @Test void plainDecimalNotationsStillLoad() throws IOException {
        Scenario s = loads("run:\n  days: 1.2e2\n  people_per_agent: +.5e1\n");
        assertEquals(120, s.integer("run.days"));
        assertEquals(5.0, s.number("run.people_per_agent"));
    }

    // --- negative and empty values

    @Test void negative() throws IOException {
        refused("run.days: -1\n", 1, "run.days", "value '-1' is not allowed");
    }

    @Test void empty() throws IOException {
        refused("run.days:\n", 1, "run.days", "value '' is not allowed");
    }

    // --- unknown keys

    @Test void misspelledKeyGetsASuggestion() throws IOException {
        refused("run:\n  dayz: 3\n", 2, "run.dayz", "unknown parameter; did you mean run.days");
    }

    @Test void keysStartingWithAtAreRefused() throws IOException {
        // '@line:' entries hold line numbers inside the parser; a key spelled like one was silently dropped
        refused("\"@line:run\": 5\n", 1, "@line:run", "a key may not start with '@'");
    }

    // --- deep nesting and very large documents

    @Test void hundredsOfLevelsAreRefusedAtTheLimit() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 300; k++) sb.append(" ".repeat(k)).append("k").append(k).append(":\n");
        refused(sb.toString(), YamlTree.MAX_DEPTH + 1, null, "nesting deeper than " + YamlTree.MAX_DEPTH + " levels");
    }

    @Test void documentOverTheCharacterLimit() throws IOException {
        refused("# " + "x".repeat(YamlTree.MAX_CHARS) + "\n", 0, null,
                "document is " + (YamlTree.MAX_CHARS + 3) + " characters; at most " + YamlTree.MAX_CHARS);
    }

    @Test void fileOverTheByteLimit() throws IOException {
        byte[] big = new byte[YamlTree.MAX_CHARS * 4 + 1];
        java.util.Arrays.fill(big, (byte) '#');
        refused(big, 0, null, "file is " + big.length + " bytes");
    }

    @Test void overlongKeyIsRefusedAndCutInTheMessage() throws IOException {
        String key = "k".repeat(1000);
        InputException e = assertThrows(InputException.class, () -> loader.load(write(key + ": 1\n").toString()));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("key is 1000 characters; at most " + YamlTree.MAX_KEY_CHARS), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test void keyBeyondYamlsImplicitKeyLimitIsRefusedAtItsLine() throws IOException {
        // YAML allows at most 1024 characters in a key without '? '; longer is a syntax error at that line
        InputException e = assertThrows(InputException.class, () -> loader.load(write("k".repeat(10_000) + ": 1\n").toString()));
        assertEquals(1, e.line(), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    // --- quotes

    @Test void unterminatedQuoteInAValue() throws IOException {
        refused("name: x\ndescription: \"half a sentence\n", 2, null, "unterminated quoted string");
    }

    @Test void unterminatedQuoteInAKey() throws IOException {
        refused("\"run.days: 3\n", 1, null, "unterminated quoted string");
    }

    // --- unicode

    @Test void byteOrderMarkIsIgnored() throws IOException {
        assertEquals("bom", loads("\uFEFFname: bom\nrun.days: 7\n").name());
    }

    @Test void fullWidthDigitsAreRefused() throws IOException {
        refused("run.days: ３\n", 1, "run.days", "value '３' is not allowed");
    }

    @Test void bidiOverrideInANameIsRefusedAndShownEscaped() throws IOException {
        InputException e = refused("name: \u202Eevil\n", 1, "name", "'\\u202Eevil' holds a control or invisible character");
        assertTrue(e.getMessage().indexOf('\u202E') < 0);
    }

    @Test void nameWithASlashIsRefused() throws IOException {
        // the name becomes part of the default output folder, out/run-NAME-SEED
        refused("name: ../../etc\n", 1, "name", "cannot name a scenario");
    }

    @Test void nonAsciiTextIsFine() throws IOException {
        Scenario s = loads("name: Pòtoprens\ndescription: \"Ayiti — 海地, κλειδί\"\n");
        assertEquals("Pòtoprens", s.name());
    }

    // --- line ends

    @Test void crlfLoadsLikeLf() throws IOException {
        String doc = "name: crlf\nrun:\n  days: 9\n  start_date: 2023-01-02\n";
        assertEquals(loads(doc).values(), loads(doc.replace("\n", "\r\n")).values());
    }

    @Test void loneCarriageReturnsAreRefused() throws IOException {
        // YAML would end a line there while editors may not; line numbers would disagree
        refused("name: x\nrun.days: 3\rrun.people_per_agent: 5\r", 2, null, "character U+000D ends a line only in some editors");
        refused("name: x\u2028run.days: 3\n", 1, null, "character U+2028");
    }

    // --- YAML that YamlTree refuses

    @Test void anchorsAliasesTagsAndSecondDocumentsAreRefused() throws IOException {
        refused("run: &a\n  days: 3\n", 1, null, "anchors (&a) are not supported");
        refused("run:\n  days: 3\nother: *a\n", 3, null, "aliases (*name) are not supported");
        refused("run.days: !weird 3\n", 1, "run.days", "tag '!weird' is not supported");
        refused("name: x\n---\nname: y\n", 2, null, "expected a single document");
        refused("- a\n- b\n", 1, null, "expected 'key: value' lines at the top of the file, found a list");
        refused("run.days: [[1, 2]]\n", 1, "run.days", "list items must be plain values, found a list");
        refused("? [a, b]\n: 1\n", 1, null, "a key must be a plain name, found a list");
    }

    @Test void flowMappingsBlockScalarsAndALeadingMarkerLoad() throws IOException {
        Scenario s = loads("---\nname: flow\nrun: {days: 3, people_per_agent: 50}\ndescription: >-\n  two\n  lines\n");
        assertEquals("two lines", s.description());
        assertEquals(3, s.integer("run.days"));
        assertEquals(50.0, s.number("run.people_per_agent"));
    }

    @Test void emptyOrCommentOnlyFilesAreRefused() throws IOException {
        refused("", 0, null, "holds no settings (the file is empty or only comments)");
        refused("# a truncated copy\n\n   # nothing else\n", 0, null, "holds no settings");
        refused("---\n", 0, null, "holds no settings");
    }

    @Test void listItemWhereAKeyBelongs() throws IOException {
        refused("name: x\n- item\n", 2, null, "a list item where a 'key: value' was expected");
    }

    // --- inherits: errors point at the inherits line of the file that has it

    @Test void unknownParentIsReportedAtTheInheritsLine() throws IOException {
        refused("name: x\ninherits: basline\n", 2, "inherits", "unknown scenario 'basline'; built-in scenarios: baseline");
    }

    @Test void missingParentFileIsReportedAtTheInheritsLine() throws IOException {
        refused("inherits: ./nowhere.yaml\n", 1, "inherits", "'./nowhere.yaml': no such file");
    }

    @Test void parentNameWithNulIsReportedNotThrown() throws IOException {
        refused("inherits: \"a\\0b.yaml\"\n", 1, "inherits", "is not a valid file name");
    }

    @Test void selfInheritanceIsACycle() throws IOException {
        refused("inherits: s.yaml\n", 1, "inherits", "inheritance cycle");
    }

    @Test void parentErrorsNameTheParentFile() throws IOException {
        Path parent = dir.resolve("parent.yaml");
        Files.writeString(parent, "run:\n  days: 0\n");
        Path child = write("inherits: parent.yaml\nrun.people_per_agent: 4\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(child.toString()));
        assertEquals(parent.toAbsolutePath().toString(), e.source());
        assertEquals(2, e.line());
        assertEquals("run.days", e.field());
    }
}
