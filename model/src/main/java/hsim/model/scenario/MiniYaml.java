package hsim.model.scenario;

import hsim.model.InputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small YAML subset for scenario and design files: nested mappings by indentation,
 * scalars, inline lists {@code [a, b]}, block lists of scalars ({@code - x}), comments and quotes.
 * Anchors, multi-documents, flow mappings and tags are rejected with a clear error. Keeping the
 * parser in-house keeps the model free of extra dependencies and lets every error name its line.
 */
public final class MiniYaml {
    /** Deepest nesting accepted; deeper documents are rejected rather than risking a stack overflow. */
    public static final int MAX_DEPTH = 16;
    /** Largest document accepted, in characters. */
    public static final int MAX_CHARS = 1 << 20;
    /** Longest key accepted; real keys are a few dozen characters, and long ones make long messages. */
    public static final int MAX_KEY_CHARS = 200;

    /** A scalar with the line it came from, so validation errors can point at it. */
    public record Scalar(String text, int line) {
        @Override public String toString() { return text; }
    }

    /** A list with the line it started on. */
    public record Seq(List<Object> items, int line) {}

    private final String source;
    private final String[] lines;
    private int pos;

    private MiniYaml(String source, String text) {
        this.source = source;
        this.lines = text.split("\r?\n", -1);
    }

    /**
     * Parses {@code text}; values are {@link Scalar}, {@link Seq} or nested {@code Map<String,Object>}
     * (insertion-ordered). Line numbers of keys are kept in the map under {@code "@line:" + key}.
     */
    public static Map<String, Object> parse(String source, String text) {
        if (text.length() > MAX_CHARS) {
            throw new InputException(source, 0, null, "document is " + text.length()
                    + " characters; at most " + MAX_CHARS + " are allowed");
        }
        // Windows editors may put a byte order mark in front; it is not part of the first key.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        MiniYaml p = new MiniYaml(source, text);
        p.skipBlank();
        if (p.pos >= p.lines.length) return new LinkedHashMap<>();
        int indent = p.indentOf(p.lines[p.pos]);
        Map<String, Object> m = p.mapping(indent, 0);
        p.skipBlank();
        if (p.pos < p.lines.length) {
            throw p.error(p.pos, null, "unexpected indentation; expected a key at column " + (indent + 1));
        }
        return m;
    }

    private Map<String, Object> mapping(int indent, int depth) {
        if (depth > MAX_DEPTH) throw error(pos, null, "nesting deeper than " + MAX_DEPTH + " levels");
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipBlank();
            if (pos >= lines.length) return map;
            String raw = lines[pos];
            int ind = indentOf(raw);
            if (ind < indent) return map;
            if (ind > indent) throw error(pos, null, "unexpected indentation (column " + (ind + 1) + ", expected " + (indent + 1) + ")");
            String content = stripComment(raw.substring(ind)).strip();
            int lineNo = pos + 1;
            if (content.startsWith("- ")) throw error(pos, null, "a list item where a 'key: value' was expected");
            if (content.startsWith("---") || content.startsWith("&") || content.startsWith("*") || content.startsWith("!") || content.startsWith("{")) {
                throw error(pos, null, "unsupported YAML construct '" + abbreviate(content) + "'; use plain 'key: value' lines");
            }
            int colon = findColon(content);
            if (colon <= 0) throw error(pos, null, "expected 'key: value', found '" + abbreviate(content) + "'");
            String key = unquote(content.substring(0, colon).strip(), lineNo);
            if (key.isEmpty()) throw error(pos, null, "empty key");
            if (key.length() > MAX_KEY_CHARS) throw error(pos, key, "key is " + key.length() + " characters; at most " + MAX_KEY_CHARS + " are allowed");
            // '@' marks the line-number entries kept in the same map, so no real key may start with it
            if (key.startsWith("@")) throw error(pos, key, "a key may not start with '@'");
            if (map.containsKey(key)) throw error(pos, key, "duplicate key (first defined on line " + map.get("@line:" + key) + ")");
            String rest = content.substring(colon + 1).strip();
            pos++;
            Object value;
            if (rest.isEmpty()) {
                skipBlank();
                if (pos < lines.length && indentOf(lines[pos]) > indent) {
                    int childIndent = indentOf(lines[pos]);
                    String childContent = stripComment(lines[pos].substring(childIndent)).strip();
                    value = childContent.startsWith("- ") || childContent.equals("-")
                            ? blockList(childIndent, lineNo) : mapping(childIndent, depth + 1);
                } else {
                    value = new Scalar("", lineNo);
                }
            } else if (rest.startsWith("[")) {
                value = inlineList(rest, lineNo);
            } else if (rest.startsWith("{") || rest.startsWith("&") || rest.startsWith("*") || rest.startsWith("!") || rest.startsWith("|") || rest.startsWith(">")) {
                throw error(lineNo - 1, key, "unsupported YAML construct '" + abbreviate(rest) + "'; write a plain value");
            } else {
                value = new Scalar(unquote(rest, lineNo), lineNo);
            }
            map.put(key, value);
            map.put("@line:" + key, lineNo);
        }
    }

    private Seq blockList(int indent, int startLine) {
        List<Object> items = new ArrayList<>();
        while (true) {
            skipBlank();
            if (pos >= lines.length) break;
            String raw = lines[pos];
            int ind = indentOf(raw);
            if (ind < indent) break;
            if (ind > indent) throw error(pos, null, "unexpected indentation inside a list");
            String content = stripComment(raw.substring(ind)).strip();
            if (!content.startsWith("-")) break;
            String item = content.substring(1).strip();
            if (item.startsWith("[") || item.startsWith("{") || findColon(item) > 0) {
                throw error(pos, null, "list items must be plain values");
            }
            items.add(new Scalar(unquote(item, pos + 1), pos + 1));
            pos++;
        }
        return new Seq(items, startLine);
    }

    private Seq inlineList(String rest, int lineNo) {
        if (!rest.endsWith("]")) throw error(lineNo - 1, null, "an inline list must end with ']' on the same line");
        String inner = rest.substring(1, rest.length() - 1).strip();
        List<Object> items = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String part : inner.split(",", -1)) {
                String s = part.strip();
                if (s.isEmpty()) throw error(lineNo - 1, null, "empty item in inline list");
                if (s.startsWith("[") || s.startsWith("{")) throw error(lineNo - 1, null, "nested lists are not supported");
                items.add(new Scalar(unquote(s, lineNo), lineNo));
            }
        }
        return new Seq(items, lineNo);
    }

    private void skipBlank() {
        while (pos < lines.length) {
            String s = stripComment(lines[pos]).strip();
            if (!s.isEmpty()) return;
            pos++;
        }
    }

    private int indentOf(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        if (i < s.length() && s.charAt(i) == '\t') throw error(pos, null, "tab used for indentation; use spaces");
        return i;
    }

    private static int findColon(String s) {
        boolean inQuote = false;
        char q = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inQuote) { if (c == q) inQuote = false; continue; }
            if (c == '"' || c == '\'') { inQuote = true; q = c; continue; }
            if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) return i;
        }
        return -1;
    }

    private static String stripComment(String s) {
        boolean inQuote = false;
        char q = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inQuote) { if (c == q) inQuote = false; continue; }
            if (c == '"' || c == '\'') { inQuote = true; q = c; continue; }
            if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) return s.substring(0, i);
        }
        return s;
    }

    private String unquote(String s, int lineNo) {
        if (s.length() >= 1 && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
            char q = s.charAt(0);
            if (s.length() < 2 || s.charAt(s.length() - 1) != q) {
                throw error(lineNo - 1, null, "unterminated quoted string");
            }
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private InputException error(int lineIndex, String field, String problem) {
        return new InputException(source, lineIndex + 1, field, problem);
    }
}
