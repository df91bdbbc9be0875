package hsim.model.scenario;

import java.util.List;

/** Hand-picked hostile values and lines; the fuzzers combine them with random positions. */
final class Nasty {
    private Nasty() {}

    /** Values of the wrong type, out of every range, or in a syntax that Java parses but YAML users never mean. */
    static final List<String> VALUES = List.of(
            "", "NaN", "nan", "-NaN", "Infinity", "-Infinity", ".inf", "1e309", "-1e309", "4.9e-325",
            "-1", "-0", "0", "-9223372036854775808", "9223372036854775808", "18446744073709551616",
            "9007199254740993", "1e15", "2147483648", "0x10", "0x1p3", "1d", "1f", "1L", "1_000", "1,5",
            "+5", ".5", "5.", "1e", "e1", "--1", "١٢", "１２", "true", "TRUE", "yes", "null", "~",
            "2022-02-30", "2022-13-01", "+999999999-12-31", "-999999999-01-01", "22-10-01", "2022-10-01T00:00",
            "[1, 2]", "[", "[]", "[,]", "[a,, b]", "[[1]]", "{a: 1}", "&anchor 1", "*alias", "!!int 5",
            "|", ">", "\"unterminated", "'unterminated", "\"", "'", "\"\"", "\"5\"", "'5'", "\"a\"b\"",
            "5 # comment", "5#not-a-comment", "a: b", "- 1", "\u0000", "\u00A05", "5\u200B", "\u202E5",
            "\uD83D\uDE00", "\uFFFD", "x".repeat(300), "9".repeat(400), "1" + "0".repeat(5000));

    /** Whole lines to insert: unknown and reserved keys, lists, nesting errors, YAML we refuse. */
    static final List<String> LINES = List.of(
            "unknown_key: 1", "run.unknown: 2", "run:", "  days: 10", "    days: 10", "run.days: 10",
            "name: other", "name:", "name: [a, b]", "description:", "inherits: baseline", "inherits: nope",
            "inherits: ./missing.yaml", "inherits: \"a\u0000b.yaml\"", "inherits: a\u0000b", "inherits:", "inherits: [a]", "inherits: \"\"", "- item", "-", "  - item",
            "---", "...", "%YAML 1.2", "&a run: 1", "*a", "!tag x", "{a: 1}", "? complex", ": no key",
            "\"quoted key\": 1", "'run.days': 3", "\"run.days\": 4", "\"@line:run\": 5", "@line:run: 6",
            "key: value: more", "key:value", "key :value", "key\t: 1", "\tkey: 1", "   ", "\t", "#", "# comment",
            "run: # comment", "a: 'it''s'", "a: \"x # y\"", "\u0000: 1", "\uFEFFname: x", "n\u0301ame: x",
            "\uD800: 1", "κλειδί: τιμή", "ключ: 1", "鍵: 1", "run:\r", "\r\n");

    /** Short fragments for random insertion anywhere. */
    static final List<String> FRAGMENTS = List.of(
            ":", ": ", "#", " #", "\"", "'", "-", "- ", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "@", "%",
            "`", "?", "\t", "\n", "\r", "\r\n", " ", "  ", "\\", "\u0000", "\u00A0", "\u2028", "\u0085", "\uFEFF",
            "\u202E", "\u0301", "\uD83D\uDE00", "\uFFFF", "e", ".", "0", "-1", "NaN");
}
