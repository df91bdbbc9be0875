package hsim.model.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One way of damaging a document. Positions are fractions in [0, 1) of the document (or of its line
 * count), so the same mutation applies to any document of any size. Each record's
 * {@code toString} is what a failing case reports, so it says exactly what was done.
 */
sealed interface Mutation {
    byte[] apply(byte[] doc);

    /** Flips one bit of one byte: invalid UTF-8, odd control characters, broken keys. */
    record FlipBit(double at, int bit) implements Mutation {
        public byte[] apply(byte[] d) {
            if (d.length == 0) return d;
            byte[] c = d.clone();
            int i = index(at, d.length);
            c[i] = (byte) (c[i] ^ (1 << bit));
            return c;
        }
    }

    /** Cuts the document anywhere, including inside a multi-byte character. */
    record Truncate(double at) implements Mutation {
        public byte[] apply(byte[] d) { return Arrays.copyOf(d, index(at, d.length + 1)); }
    }

    /** Inserts raw bytes (a lone UTF-8 continuation byte, NUL, ...) anywhere. */
    record InsertBytes(double at, byte[] bytes) implements Mutation {
        public byte[] apply(byte[] d) {
            int i = index(at, d.length + 1);
            byte[] c = new byte[d.length + bytes.length];
            System.arraycopy(d, 0, c, 0, i);
            System.arraycopy(bytes, 0, c, i, bytes.length);
            System.arraycopy(d, i, c, i + bytes.length, d.length - i);
            return c;
        }
        @Override public String toString() { return "InsertBytes[at=" + at + ", bytes=" + Arrays.toString(bytes) + "]"; }
    }

    /** Inserts text (YAML punctuation, unicode, a tab) at a character position. */
    record InsertText(double at, String fragment) implements Mutation {
        public byte[] apply(byte[] d) {
            String s = text(d);
            int i = index(at, s.length() + 1);
            return bytes(s.substring(0, i) + fragment + s.substring(i));
        }
    }

    record DeleteLine(double at) implements Mutation {
        public byte[] apply(byte[] d) {
            List<String> l = lines(d);
            if (!l.isEmpty()) l.remove(index(at, l.size()));
            return join(l);
        }
    }

    /** Duplicating a "key: value" line is the commonest way to get a duplicate key. */
    record DuplicateLine(double at) implements Mutation {
        public byte[] apply(byte[] d) {
            List<String> l = lines(d);
            if (!l.isEmpty()) { int i = index(at, l.size()); l.add(i, l.get(i)); }
            return join(l);
        }
    }

    record SwapLines(double a, double b) implements Mutation {
        public byte[] apply(byte[] d) {
            List<String> l = lines(d);
            if (l.size() > 1) {
                int i = index(a, l.size()), j = index(b, l.size());
                String t = l.get(i); l.set(i, l.get(j)); l.set(j, t);
            }
            return join(l);
        }
    }

    /** Adds or removes leading spaces, or puts a tab in front. */
    record Reindent(double at, int delta, boolean tab) implements Mutation {
        public byte[] apply(byte[] d) {
            List<String> l = lines(d);
            if (l.isEmpty()) return d;
            int i = index(at, l.size());
            String s = l.get(i);
            if (tab) s = "\t" + s;
            else if (delta > 0) s = " ".repeat(delta) + s;
            else { int n = 0; while (n < -delta && n < s.length() && s.charAt(n) == ' ') n++; s = s.substring(n); }
            l.set(i, s);
            return join(l);
        }
    }

    /** Replaces the value of a "key: value" line (or appends one) with something nasty. */
    record ReplaceValue(double at, String value) implements Mutation {
        public byte[] apply(byte[] d) {
            List<String> l = lines(d);
            if (l.isEmpty()) return d;
            int i = index(at, l.size());
            String s = l.get(i);
            int colon = s.indexOf(": ");
            l.set(i, colon < 0 ? (s.endsWith(":") ? s + " " + value : s) : s.substring(0, colon + 2) + value);
            return join(l);
        }
    }

    /** Inserts a whole line: an unknown key, a nested block, a list, a YAML construct we refuse. */
    record InsertLine(double at, String line) implements Mutation {
        public byte[] apply(byte[] d) {
            List<String> l = lines(d);
            l.add(index(at, l.size() + 1), line);
            return join(l);
        }
    }

    /** Appends a chain of nested mappings, {@code levels} deep. */
    record DeepNest(int levels, int step) implements Mutation {
        public byte[] apply(byte[] d) {
            StringBuilder sb = new StringBuilder(text(d));
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
            for (int k = 0; k < levels; k++) sb.append(" ".repeat(k * step)).append("k").append(k).append(":\n");
            sb.append(" ".repeat(levels * step)).append("leaf: 1\n");
            return bytes(sb.toString());
        }
    }

    /** Grows the document to about {@code chars} characters in one of several shapes. */
    record Inflate(int chars, Shape shape) implements Mutation {
        enum Shape { COMMENT_LINES, BLANK_LINES, ONE_LONG_LINE, LONG_VALUE, LONG_KEY, MANY_KEYS }

        public byte[] apply(byte[] d) {
            StringBuilder sb = new StringBuilder(text(d));
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
            switch (shape) {
                case COMMENT_LINES -> { while (sb.length() < chars) sb.append("# padding padding padding\n"); }
                case BLANK_LINES -> sb.append("\n".repeat(chars));
                case ONE_LONG_LINE -> sb.append("x".repeat(chars)).append('\n');
                case LONG_VALUE -> sb.append("run.people_per_agent: ").append("9".repeat(chars)).append('\n');
                case LONG_KEY -> sb.append("k".repeat(chars)).append(": 1\n");
                case MANY_KEYS -> { for (int k = 0; sb.length() < chars; k++) sb.append("key").append(k).append(": ").append(k).append('\n'); }
            }
            return bytes(sb.toString());
        }
        @Override public String toString() { return "Inflate[" + chars + " chars, " + shape + "]"; }
    }

    /** Windows line ends, old-Mac lone CRs, or a byte order mark in front. */
    record LineEnds(Style style) implements Mutation {
        enum Style { CRLF, LONE_CR, BOM, NO_FINAL_NEWLINE }

        public byte[] apply(byte[] d) {
            String s = text(d);
            return bytes(switch (style) {
                case CRLF -> s.replace("\n", "\r\n");
                case LONE_CR -> s.replace("\n", "\r");
                case BOM -> "\uFEFF" + s;
                case NO_FINAL_NEWLINE -> s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            });
        }
    }

    static int index(double fraction, int size) {
        return Math.min(size - 1, Math.max(0, (int) (fraction * size)));
    }

    static String text(byte[] d) { return new String(d, StandardCharsets.UTF_8); }

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static List<String> lines(byte[] d) {
        String s = text(d);
        if (s.isEmpty()) return new ArrayList<>();
        return new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    }

    static byte[] join(List<String> l) { return bytes(String.join("\n", l)); }
}
