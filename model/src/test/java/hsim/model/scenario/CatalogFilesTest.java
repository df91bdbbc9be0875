package hsim.model.scenario;

import hsim.model.run.ModelCatalog;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * docs/CALIBRATION.md and data/scenarios/baseline.yaml are generated from the parameter catalog, so they
 * cannot drift from the code: this test fails when either is stale. Regenerate with
 * {@code mvn -o -q -pl model test -Dtest=CatalogFilesTest -Dhsim.regenerate=true}.
 */
class CatalogFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static String calibration(ParameterCatalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Calibration: every parameter, its value, unit and source\n\n");
        sb.append("Generated from the parameter catalog (`hsim.model.run.ModelCatalog`) by `CatalogFilesTest`; do not edit by hand.\n");
        sb.append("\"assumption\" marks values no source gives: they are the model's weakest points and the first candidates for\n");
        sb.append("sensitivity analysis. Sources are summarised in `/work/shared/research/literature.md` (section numbers given).\n");
        sb.append("How to calibrate the uncertain ones against history (`hsim calibrate`) is in the hand-written part at the end.\n\n");
        String section = null;
        for (Param p : c.all()) {
            String s = p.key().substring(0, p.key().indexOf('.'));
            if (!s.equals(section)) {
                section = s;
                sb.append("\n## ").append(s).append("\n\n| key | default | allowed | unit | source | meaning |\n|---|---|---|---|---|---|\n");
            }
            sb.append("| `").append(p.key()).append("` | ").append(p.defaultText()).append(" | ").append(cell(p.allowed()))
                    .append(" | ").append(cell(p.unit())).append(" | ").append(cell(p.source())).append(" | ")
                    .append(cell(p.description())).append(" |\n");
        }
        long assumptions = c.all().stream().filter(p -> p.source().startsWith("assumption")).count();
        sb.append("\n").append(c.all().size()).append(" parameters, of which ").append(assumptions)
                .append(" are pure assumptions.\n");
        return sb.toString();
    }

    /** The hand-written part of docs/CALIBRATION.md (from this line on), which regeneration keeps. */
    static final String HAND_WRITTEN = "<!-- hand-written from here on: CatalogFilesTest keeps this part when it regenerates the tables above -->";

    static String handWritten(String existing) {
        int i = existing.indexOf(HAND_WRITTEN);
        return i < 0 ? "" : "\n" + existing.substring(i);
    }

    private static String cell(String s) { return s.replace("|", "/").replace("\n", " "); }

    static String baseline(ParameterCatalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# baseline: no international intervention; HNP alone against the gangs under the 2022 targeted sanctions\n");
        sb.append("# (UNSC res 2653). Lists every parameter with its value; comments give unit and source.\n");
        sb.append("# Generated from the parameter catalog by CatalogFilesTest; the option files inherit from it.\n");
        sb.append("name: baseline\n");
        sb.append("description: No intervention; HNP alone against the gangs, 2022 targeted sanctions\n");
        Map<String, List<Param>> bySection = new LinkedHashMap<>();
        for (Param p : c.all()) bySection.computeIfAbsent(p.key().substring(0, p.key().indexOf('.')), k -> new java.util.ArrayList<>()).add(p);
        for (Map.Entry<String, List<Param>> e : bySection.entrySet()) {
            sb.append(e.getKey()).append(":\n");
            for (Param p : e.getValue()) {
                String unit = p.unit().isEmpty() ? p.allowed() : p.unit();
                sb.append("  ").append(p.key().substring(e.getKey().length() + 1)).append(": ").append(p.defaultText())
                        .append("   # ").append(unit).append("; ").append(p.source().replace('#', '§')).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void generatedFilesAreUpToDate() throws Exception {
        ParameterCatalog c = ModelCatalog.standard();
        Path cal = ROOT.resolve("docs/CALIBRATION.md"), base = ROOT.resolve("data/scenarios/baseline.yaml");
        String tail = Files.exists(cal) ? handWritten(Files.readString(cal, StandardCharsets.UTF_8)) : "";
        if (Boolean.getBoolean("hsim.regenerate")) {
            Files.writeString(cal, calibration(c) + tail, StandardCharsets.UTF_8);
            Files.writeString(base, baseline(c), StandardCharsets.UTF_8);
        }
        assertEquals(calibration(c) + tail, Files.readString(cal, StandardCharsets.UTF_8), "docs/CALIBRATION.md is stale; regenerate (see class comment)");
        assertEquals(baseline(c), Files.readString(base, StandardCharsets.UTF_8), "baseline.yaml is stale; regenerate (see class comment)");
    }

    @Test
    void everyParameterHasUnitOrKindAndSource() {
        for (Param p : ModelCatalog.standard().all()) {
            assertFalse(p.source().isBlank(), p.key());
            assertFalse(p.description().isBlank(), p.key());
            assertTrue(p.key().indexOf('.') > 0 && p.key().equals(p.key().toLowerCase()), p.key());
            if (p.kind() == Param.Kind.NUMBER || p.kind() == Param.Kind.INTEGER) assertFalse(p.unit().isBlank(), p.key());
        }
    }

    @Test
    void baselineFileLoadsToTheCatalogDefaults() {
        Scenario b = ModelCatalog.loader().load("baseline");
        Map<String, String> defaults = Scenario.defaults(ModelCatalog.standard()).values();
        List<String> differ = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            if (!e.getValue().equals(b.values().get(e.getKey()))) differ.add(e.getKey() + ": catalog " + e.getValue() + ", file " + b.values().get(e.getKey()));
        }
        assertTrue(differ.isEmpty(), "baseline.yaml differs from the catalog (regenerate): " + differ);
    }
}
