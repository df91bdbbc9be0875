package hsim.model.scenario;

import hsim.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

/**
 * Reads scenario files. A scenario is named (a built-in file {@code data/scenarios/NAME.yaml}, bundled
 * into the model jar) or given as a path. Files may {@code inherits:} another scenario and then set a
 * few keys; nested mappings are flattened with dots ({@code force: {size: 10}} is {@code force.size}).
 * Unknown keys, bad types and out-of-range values are errors naming the file, line, key and range.
 */
public final class ScenarioLoader {
    /** Resource folder of the built-in scenarios. */
    public static final String BUILTIN_DIR = "data/scenarios/";
    /** Lists the comparison options, one per line, in presentation order (baseline first). */
    public static final String OPTIONS_INDEX = BUILTIN_DIR + "options.txt";
    private static final Set<String> RESERVED = Set.of("name", "description", "inherits");
    /** Longest scenario name; it becomes part of output folder names. */
    public static final int MAX_NAME_CHARS = 100;
    /** Longest description; it is one line in reports. */
    public static final int MAX_DESCRIPTION_CHARS = 1000;

    /**
     * Who asked for a scenario: the command line, or the {@code inherits:} line of another file. Errors
     * finding the scenario are reported there, since that is where the wrong name was written.
     */
    private record Ref(String source, int line, String field) {
        static final Ref COMMAND_LINE = new Ref("command line", 0, "--scenario");

        InputException error(String problem) { return new InputException(source, line, field, problem); }
    }

    private final ParameterCatalog catalog;

    /** A loader that validates against {@code catalog} (the model's is {@code hsim.model.run.ModelCatalog}). */
    public ScenarioLoader(ParameterCatalog catalog) { this.catalog = catalog; }

    /** Loads a built-in scenario by name, or a file when {@code nameOrPath} names an existing file. */
    public Scenario load(String nameOrPath) {
        return load(nameOrPath, Ref.COMMAND_LINE, new LinkedHashSet<>());
    }

    /** The comparison options, in order, from {@code data/scenarios/options.txt}. */
    public static List<String> optionNames() {
        String text = readResource(OPTIONS_INDEX);
        if (text == null) throw new InputException(OPTIONS_INDEX, 0, null, "missing from the build");
        List<String> names = new ArrayList<>();
        for (String l : text.split("\r?\n")) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) names.add(s);
        }
        return names;
    }

    /** Applies {@code key=value} overrides, as given with {@code --set}; each is validated. */
    public Scenario override(Scenario base, List<String> assignments) {
        if (assignments == null || assignments.isEmpty()) return base;
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new InputException("command line", 0, "--set", "'" + a + "' is not key=value");
            String key = a.substring(0, eq).strip();
            String val = a.substring(eq + 1).strip();
            Param p = requireKnown(key, "command line (--set)", 0);
            o.put(key, p.canonical(val, "command line (--set)", 0));
        }
        return base.with(base.origin() + " + --set " + String.join(",", assignments), o);
    }

    private Scenario load(String nameOrPath, Ref ref, Set<String> chain) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw ref.error("empty scenario name");
        }
        String label;
        String text;
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            throw ref.error("'" + InputException.abbreviate(nameOrPath, 80) + "' is not a valid file name: " + e.getReason());
        }
        boolean looksLikeFile = nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/");
        if (Files.isRegularFile(path)) {
            label = path.toString();
            text = readFile(path, label);
        } else if (looksLikeFile) {
            throw ref.error("'" + InputException.abbreviate(nameOrPath, 200) + "': "
                    + (Files.exists(path) ? "not a regular file" : "no such file"));
        } else {
            label = BUILTIN_DIR + nameOrPath + ".yaml";
            text = readResource(label);
            if (text == null) {
                throw ref.error("unknown scenario '" + InputException.abbreviate(nameOrPath, 80) + "'; built-in scenarios: "
                        + String.join(", ", optionNames()) + " (or give a .yaml file path)");
            }
        }
        if (!chain.add(label)) {
            throw ref.error("inheritance cycle: " + String.join(" -> ", chain) + " -> " + label);
        }
        Map<String, Object> doc = YamlTree.parse(label, text);
        if (doc.isEmpty()) {
            // a truncated copy or an empty file would otherwise run the defaults under this file's name
            throw new InputException(label, 0, null, "holds no settings (the file is empty or only comments); "
                    + "a scenario sets at least one key, e.g. 'inherits: baseline'");
        }
        Scenario base = Scenario.defaults(catalog);
        Object inh = doc.get("inherits");
        if (inh != null) {
            if (!(inh instanceof YamlTree.Scalar s) || s.text().isBlank()) {
                throw new InputException(label, lineOf(doc, "inherits"), "inherits", "must name one scenario");
            }
            String parent = s.text();
            // a relative parent file is resolved next to the child file
            if ((parent.endsWith(".yaml") || parent.endsWith(".yml")) && Files.isRegularFile(path)) {
                try {
                    Path sibling = path.toAbsolutePath().getParent().resolve(parent);
                    if (Files.isRegularFile(sibling)) parent = sibling.toString();
                } catch (InvalidPathException e) {
                    // left as written; loading it below reports the bad name at the inherits line
                }
            }
            base = load(parent, new Ref(label, lineOf(doc, "inherits"), "inherits"), chain);
        }
        String fileName = path.getFileName() == null ? nameOrPath : path.getFileName().toString();
        String defaultName = fileName.replaceFirst("\\.ya?ml$", "");
        String name = scalarOr(doc, "name", defaultName, label);
        if (doc.containsKey("name")) checkName(name, label, lineOf(doc, "name"));
        String description = scalarOr(doc, "description", base.description(), label);
        checkText(description, MAX_DESCRIPTION_CHARS, label, lineOf(doc, "description"), "description");
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("@line:") || RESERVED.contains(k)) continue;
            flatten(k, e.getValue(), lineOf(doc, k), label, overrides);
        }
        return base.with(label, overrides).renamed(name, description, label);
    }

    /**
     * Reads a scenario file as strict UTF-8. A byte that is not UTF-8 is reported with its line, since
     * a silently replaced character could turn a value into a different one.
     */
    private static String readFile(Path path, String label) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            // UTF-8 needs at most 4 bytes a character, so a bigger file cannot be within MAX_CHARS
            if (size > YamlTree.MAX_CHARS * 4L) {
                throw new InputException(label, 0, null, "file is " + size + " bytes; a scenario may have at most "
                        + YamlTree.MAX_CHARS + " characters");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(label, 0, null, "cannot be read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new InputException(label, line, null, String.format(Locale.ROOT,
                    "byte 0x%02X at offset %d is not UTF-8 text; save the file as UTF-8", bytes[at] & 0xFF, at));
        }
        return out.flip().toString();
    }

    /** A name ends up in folder names and report titles: one visible line, no path separators. */
    private static void checkName(String name, String label, int line) {
        checkText(name, MAX_NAME_CHARS, label, line, "name");
        if (name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new InputException(label, line, "name", "'" + name
                    + "' cannot name a scenario; use letters, digits and . _ - + (not '/', '\\', or a leading '.')");
        }
    }

    private static void checkText(String text, int max, String label, int line, String field) {
        if (text.length() > max) {
            throw new InputException(label, line, field, "is " + text.length() + " characters; at most " + max + " are allowed");
        }
        if (!InputException.printable(text).equals(text)) {
            throw new InputException(label, line, field, "'" + InputException.abbreviate(text, 60)
                    + "' holds a control or invisible character; write plain text");
        }
    }

    private void flatten(String key, Object value, int line, String label, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked") Map<String, Object> child = (Map<String, Object>) m;
            for (Map.Entry<String, Object> e : child.entrySet()) {
                if (e.getKey().startsWith("@line:")) continue;
                flatten(key + "." + e.getKey(), e.getValue(), lineOf(child, e.getKey()), label, out);
            }
        } else {
            put(key, value, label, line, out);
        }
    }

    private void put(String key, Object value, String label, int line, Map<String, String> out) {
        Param p = requireKnown(key, label, line);
        if (!(value instanceof YamlTree.Scalar s)) {
            throw new InputException(label, line, key, "expected a single value; expected " + p.allowed());
        }
        if (out.containsKey(key)) throw new InputException(label, line, key, "set twice (once nested, once dotted)");
        out.put(key, p.canonical(s.text(), label, s.line()));
    }

    private Param requireKnown(String key, String label, int line) {
        Param p = catalog.get(key);
        String gone = catalog.removedReason(key);
        if (p == null && gone != null) throw new InputException(label, line, key, "was removed: " + gone);
        if (p == null) {
            throw new InputException(label, line, key, "unknown parameter; did you mean " + String.join(" or ", catalog.closest(key, 3)) + "?");
        }
        return p;
    }

    private static String scalarOr(Map<String, Object> doc, String key, String def, String label) {
        Object v = doc.get(key);
        if (v == null) return def;
        if (v instanceof YamlTree.Scalar s) return s.text();
        throw new InputException(label, lineOf(doc, key), key, "must be a single line of text");
    }

    private static int lineOf(Map<String, Object> doc, String key) {
        Object l = doc.get("@line:" + key);
        return l instanceof Integer i ? i : 0;
    }

    /** Reads a bundled resource as UTF-8, or null if it is absent. */
    public static String readResource(String name) {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(name, 0, null, "cannot be read: " + e.getMessage());
        }
    }
}
