package hsim.model.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenario files as other tools write them: PyYAML's {@code safe_dump} (block lists at the key's
 * indentation, or flow style for leaves; {@code ---} with explicit_start; non-ASCII escaped), R's yaml
 * package (lists at the key's indentation, doubles as {@code 3.0}), and hand edits (comments after
 * values, either kind of quote). Each must load to the same values as the plain spelling.
 */
class YamlDialectsTest {
    @TempDir Path dir;

    private final ScenarioLoader loader = hsim.model.run.ModelCatalog.loader();

    private Scenario load(String name, String text) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, text);
        return loader.load(f.toString());
    }

    /** The plain spelling every other one is compared with. */
    private Scenario plain() throws IOException {
        return load("plain", """
                name: dialect
                description: café, it's
                run:
                  days: 30
                  people_per_agent: 50
                  start_date: 2023-01-02
                """);
    }

    @Test void pyyamlBlockStyleWithExplicitStartAndEscapes() throws IOException {
        // yaml.safe_dump(d, explicit_start=True, allow_unicode=False, sort_keys=True)
        Scenario s = load("pyyaml", """
                ---
                description: "caf\\xE9, it's"
                name: dialect
                run:
                  days: 30
                  people_per_agent: 50
                  start_date: '2023-01-02'
                """);
        assertEquals(plain().values(), s.values());
        assertEquals("café, it's", s.description());
    }

    @Test void pyyamlFlowStyleLeaves() throws IOException {
        // yaml.safe_dump(d, default_flow_style=True)
        Scenario s = load("flow", "{description: \"caf\\u00e9, it's\", name: dialect, run: {days: 30, people_per_agent: 50.0,\n"
                + "    start_date: '2023-01-02'}}\n");
        assertEquals(plain().values(), s.values());
        assertEquals("café, it's", s.description());
    }

    @Test void rYamlDoublesAndSingleQuotes() throws IOException {
        // yaml::write_yaml(list(name = "dialect", description = "café, it's", run = list(days = 30, ...)))
        Scenario s = load("r", """
                name: dialect
                description: 'café, it''s'
                run:
                  days: 30.0
                  people_per_agent: 50.0
                  start_date: '2023-01-02'
                """);
        assertEquals(plain().values(), s.values());
        assertEquals("café, it's", s.description());
    }

    @Test void commentsAfterValuesAreNotPartOfThem() throws IOException {
        Scenario s = load("comments", """
                # written by hand
                name: dialect   # the name
                description: café, it's # c
                run:            # section
                  days: 30      # one month
                  people_per_agent: "50"  # quoted numbers are numbers too
                  start_date: 2023-01-02
                """);
        assertEquals(plain().values(), s.values());
        assertEquals("café, it's", s.description());
    }

    @Test void listsAtTheKeysIndentationAndQuotedCommasParseAsPyyamlAndRWriteThem() {
        Map<String, Object> doc = YamlTree.parse("d.yaml", """
                options:
                - baseline
                - "b, c"
                levels: ["b, c", d]
                nested:
                  values:
                  - 1
                  - 2.5
                """);
        assertEquals(List.of("baseline", "b, c"), texts(doc.get("options")));
        assertEquals(List.of("b, c", "d"), texts(doc.get("levels")));
        @SuppressWarnings("unchecked") Map<String, Object> nested = (Map<String, Object>) doc.get("nested");
        assertEquals(List.of("1", "2.5"), texts(nested.get("values")));
        assertEquals(2, ((YamlTree.Seq) doc.get("options")).line());
        assertEquals(4, doc.get("@line:levels"));
    }

    private static List<String> texts(Object seq) {
        return ((YamlTree.Seq) seq).items().stream().map(Object::toString).collect(Collectors.toList());
    }
}
