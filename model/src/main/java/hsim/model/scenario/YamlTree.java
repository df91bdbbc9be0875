package hsim.model.scenario;

import hsim.model.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario and design files as YAML 1.2 (SnakeYAML Engine), reduced to what those files are: nested
 * mappings whose leaves are scalars or lists of scalars. Files written by PyYAML, R's yaml package or a
 * text editor load alike (block or flow style, quoted or plain scalars, a leading {@code ---}). What
 * the files never need is refused with the line it is on: anchors and aliases (one value silently
 * shared by several keys), custom tags, several documents, non-scalar keys and duplicate keys.
 *
 * <p>Values are {@link Scalar}, {@link Seq} or nested {@code Map<String,Object>} (insertion-ordered);
 * the line of each key is kept in the same map under {@code "@line:" + key}.
 */
public final class YamlTree {
    /** Deepest nesting accepted; the parser recurses, so deeper documents are refused before composing. */
    public static final int MAX_DEPTH = 16;
    /** Largest document accepted, in characters. */
    public static final int MAX_CHARS = 1 << 20;
    /** Longest key accepted; real keys are a few dozen characters, and long ones make long messages. */
    public static final int MAX_KEY_CHARS = 200;

    /** A scalar with the line it came from, so validation errors can point at it. */
    public record Scalar(String text, int line) {
        @Override public String toString() { return text; }
    }

    /** A list of scalars with the line it started on. */
    public record Seq(List<Object> items, int line) {}

    private final String source;

    private YamlTree(String source) { this.source = source; }

    /** Parses {@code text}; an empty document (or one of comments only) is an empty map. */
    public static Map<String, Object> parse(String source, String text) {
        if (text.length() > MAX_CHARS) {
            throw new InputException(source, 0, null, "document is " + text.length()
                    + " characters; at most " + MAX_CHARS + " are allowed");
        }
        // Windows editors may put a byte order mark in front; it is not part of the first key.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        YamlTree t = new YamlTree(source);
        t.checkLineEnds(text);
        LoadSettings settings = LoadSettings.builder().setLabel(source).setCodePointLimit(MAX_CHARS + 1)
                .setMaxAliasesForCollections(0)
                .setAllowNonScalarKeys(true) // refused below, with the key's line
                .build();
        try {
            t.checkEvents(settings, text);
            Optional<Node> root = new Compose(settings).composeString(text);
            // a lone '---' is a document holding one empty value: as empty as no document
            if (root.isEmpty() || root.get() instanceof ScalarNode sc && sc.getValue().isEmpty()) return new LinkedHashMap<>();
            if (!(root.get() instanceof MappingNode m)) {
                throw t.error(root.get(), null, "expected 'key: value' lines at the top of the file, found "
                        + describe(root.get()));
            }
            return t.mapping(m);
        } catch (ReaderException e) {
            throw new InputException(source, lineAt(text, e.getPosition()), null, String.format(java.util.Locale.ROOT,
                    "character U+%04X is not allowed in YAML; write plain text", e.getCodePoint()));
        } catch (MarkedYamlEngineException e) {
            throw t.syntaxError(e);
                } catch (YamlEngineException e) {
            throw new InputException(source, 0, null, "not valid YAML: " + InputException.abbreviate(
                    String.valueOf(e.getMessage()), 200));
        }
    }

    /** A parser or scanner error as one line, in the words of these files rather than of the YAML grammar. */
    private InputException syntaxError(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
        Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
        String say;
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            at = e.getContextMark().or(e::getProblemMark); // where the quote opened
            say = "unterminated quoted string";
        } else if (problem.contains("(TAB)")) {
            say = "tab used for indentation; use spaces";
        } else if (problem.contains("mapping values are not allowed")) {
            say = "unexpected ':'; check the indentation, and quote a value that holds ': '";
        } else if (problem.contains("but found '-'")) {
            say = "a list item where a 'key: value' was expected";
        } else if (problem.contains("could not find expected ':'")) {
            at = e.getContextMark().or(e::getProblemMark); // the line of the key, not the next one
            say = "expected 'key: value'; a key needs a ':' after it";
        } else {
            say = (context.isEmpty() ? "" : context + ", ") + problem;
        }
        return new InputException(source, at.map(mk -> mk.getLine() + 1).orElse(0), null, say.strip());
    }

    /**
     * YAML also ends a line at a lone CR (old Mac files) and at U+0085/U+2028/U+2029; the files here are
     * LF or CRLF, and a stray one of those would make YAML's line numbers disagree with every editor's.
     */
    private void checkLineEnds(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            boolean loneCr = c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (loneCr || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new InputException(source, line, null, String.format(java.util.Locale.ROOT,
                        "character U+%04X ends a line only in some editors; save the file with LF or CRLF line ends", (int) c));
            }
        }
    }

    /**
     * A first pass over the parser's events, which keeps no stack of its own: refuses nesting beyond
     * {@link #MAX_DEPTH} before the recursive composer sees it, and anchors and aliases where they are.
     */
    private void checkEvents(LoadSettings settings, String text) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof AliasEvent) throw error(e.getStartMark(), null, "aliases (*name) are not supported; write the value out");
            if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
                throw error(e.getStartMark(), null, "anchors (&" + n.getAnchor().get().getValue() + ") are not supported; write the value out");
            }
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) throw error(e.getStartMark(), null, "nesting deeper than " + MAX_DEPTH + " levels");
                }
                case MappingEnd, SequenceEnd -> depth--;
                case DocumentStart -> depth = 0;
                default -> { }
            }
        }
    }

    private Map<String, Object> mapping(MappingNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(t.getKeyNode(), null, "a key must be a plain name, found " + describe(t.getKeyNode()));
            }
            checkTag(k, null);
            String key = k.getValue();
            int line = line(k);
            if (key.isEmpty()) throw error(k, null, "empty key");
            if (key.length() > MAX_KEY_CHARS) throw error(k, key, "key is " + key.length() + " characters; at most " + MAX_KEY_CHARS + " are allowed");
            // '@' marks the line-number entries kept in the same map, so no real key may start with it
            if (key.startsWith("@")) throw error(k, key, "a key may not start with '@'");
            if (map.containsKey(key)) throw error(k, key, "duplicate key (first defined on line " + map.get("@line:" + key) + ")");
            map.put(key, value(t.getValueNode(), key));
            map.put("@line:" + key, line);
        }
        return map;
    }

    private Object value(Node v, String key) {
        if (v instanceof MappingNode m) return mapping(m);
        if (v instanceof SequenceNode s) {
            List<Object> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                if (!(item instanceof ScalarNode sc)) throw error(item, key, "list items must be plain values, found " + describe(item));
                items.add(scalar(sc, key));
            }
            return new Seq(items, line(s));
        }
        return scalar((ScalarNode) v, key);
    }

    private Scalar scalar(ScalarNode s, String key) {
        checkTag(s, key);
        // an unquoted ~ or null is YAML's "no value", as an empty value is
        boolean none = s.getScalarStyle() == ScalarStyle.PLAIN && s.getTag().equals(Tag.NULL);
        return new Scalar(none ? "" : s.getValue(), line(s));
    }

    /** Only YAML's own tags (!!str and the ones a plain scalar resolves to); a custom tag means nothing here. */
    private void checkTag(Node n, String key) {
        String tag = n.getTag().getValue();
        if (!tag.startsWith(Tag.PREFIX)) throw error(n, key, "tag '" + InputException.abbreviate(tag, 40) + "' is not supported; write a plain value");
    }

    private static String describe(Node n) {
        if (n instanceof MappingNode) return "a mapping";
        if (n instanceof SequenceNode) return "a list";
        return "'" + InputException.abbreviate(((ScalarNode) n).getValue(), 60) + "'";
    }

    private static int line(Node n) { return n.getStartMark().map(m -> m.getLine() + 1).orElse(0); }

    private static int lineAt(String text, int codePointIndex) {
        int line = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < codePointIndex; i += Character.charCount(text.codePointAt(i)), cp++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    private InputException error(Node n, String field, String problem) {
        return new InputException(source, line(n), field, problem);
    }

    private InputException error(Optional<Mark> mark, String field, String problem) {
        return new InputException(source, mark.map(m -> m.getLine() + 1).orElse(0), field, problem);
    }
}
