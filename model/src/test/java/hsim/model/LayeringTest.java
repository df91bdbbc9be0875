package hsim.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The layering rules of docs/ARCHITECTURE.md for the bottom and the top of the model, checked on the
 * main sources: which {@code hsim.model} packages each package may name in code (imports and fully
 * qualified names; comments do not count). The middle (world and the mechanism packages) is not
 * checked here.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/hsim/model");
    /** Package (first segment below hsim.model, "" for the root) -> the model packages it may use. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "", Set.of(),
            "core", Set.of(""),
            "scenario", Set.of(""),
            "city", Set.of("", "core", "scenario"),
            "engine", Set.of("", "core", "scenario", "people"),
            "epstein", Set.of("", "core", "scenario", "people"));
    private static final Pattern REFERENCE = Pattern.compile("\\bhsim\\.model((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void bottomPackagesUseOnlyWhatIsBelowThem() {
        Map<String, Set<String>> uses = uses();
        List<String> wrong = new ArrayList<>();
        MAY_USE.forEach((pkg, allowed) -> {
            for (String u : uses.getOrDefault(pkg, Set.of())) {
                if (!allowed.contains(u)) wrong.add(name(pkg) + " uses " + name(u));
            }
        });
        assertTrue(wrong.isEmpty(), "layering broken (docs/ARCHITECTURE.md): " + wrong);
    }

    @Test
    void onlyTheRunPackageUsesTheRunPackage() {
        List<String> wrong = new ArrayList<>();
        uses().forEach((pkg, used) -> { if (!pkg.equals("run") && used.contains("run")) wrong.add(name(pkg)); });
        assertTrue(wrong.isEmpty(), "hsim.model.run is the top of the model; used by " + wrong);
    }

    @Test
    void theCheckSeesReferences() {
        assertEquals(Set.of("core", "people"), referenced("import hsim.model.core.Rng;\n// hsim.model.world.Metro\n"
                + "/* hsim.model.gangs.GangCell */ x = new hsim.model.people.Civilians(); s = \"hsim.model.run.Simulation\";"));
        assertEquals(Set.of(""), referenced("throw new hsim.model.InputException(a, b, c, d);"));
    }

    /** Package -> the other model packages its main sources name. */
    private static Map<String, Set<String>> uses() {
        assertTrue(Files.isDirectory(MAIN), MAIN.toAbsolutePath() + " (run from the model module)");
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Path rel = MAIN.relativize(f.getParent());
                String pkg = rel.getNameCount() == 0 || rel.toString().isEmpty() ? "" : rel.getName(0).toString();
                Set<String> used = referenced(Files.readString(f, StandardCharsets.UTF_8));
                used.remove(pkg);
                uses.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(used);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static Set<String> referenced(String source) {
        String code = withoutCommentsAndLiterals(source);
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) out.add(m.group(1).isEmpty() ? "" : m.group(1).substring(1).split("\\.")[0]);
        return out;
    }

    /** The source with comments, string, text-block and char literals blanked out. */
    static String withoutCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
        }
        return out.toString();
    }

    private static String name(String pkg) { return pkg.isEmpty() ? "hsim.model" : "hsim.model." + pkg; }
}
