package hsim.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random damage to a text document for fuzzing file readers other than scenarios (design files, data
 * CSVs): flipped characters, truncation, deleted or duplicated lines, nasty values pasted over a field,
 * stray separators and quotes, tabs and CRLF. Deterministic for a given random stream.
 */
public final class TextMutator {
    private static final String[] NASTY = {"NaN", "-Infinity", "1e309", "-1", "0", "", "\"", "\"unterminated",
            ",,,,", "9223372036854775808", "abc", "\u0000", "\u202e", "-0", "1e-400", "  ", "[", "{", ": :", "#",
            "999999999999999999999999", "0x10", "\t"};

    private TextMutator() {}

    /** Applies 1 to 3 mutations. */
    public static String mutate(String text, SplittableRandom r) {
        String s = text;
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) s = once(s, r);
        return s;
    }

    private static String once(String s, SplittableRandom r) {
        if (s.isEmpty()) return Fuzz.oneOf(r, NASTY);
        int at = r.nextInt(s.length());
        switch (r.nextInt(7)) {
            case 0: // flip one character
                return s.substring(0, at) + (char) (s.charAt(at) ^ (1 << r.nextInt(7))) + s.substring(at + 1);
            case 1: // truncate
                return s.substring(0, at);
            case 2: { // delete or duplicate a line
                List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                int k = r.nextInt(lines.size());
                if (r.nextBoolean()) lines.remove(k); else lines.add(k, lines.get(k));
                return String.join("\n", lines);
            }
            case 3: { // replace a field (text between separators) with a nasty value
                int start = Math.max(Math.max(s.lastIndexOf(',', at), s.lastIndexOf(' ', at)), s.lastIndexOf('\n', at)) + 1;
                int end = at;
                while (end < s.length() && ",\n ".indexOf(s.charAt(end)) < 0) end++;
                return s.substring(0, start) + Fuzz.oneOf(r, NASTY) + s.substring(end);
            }
            case 4: // insert a separator, quote or tab
                return s.substring(0, at) + Fuzz.oneOf(r, ",", "\"", "\t", "\n", ": ", "- ") + s.substring(at);
            case 5: // CRLF line ends
                return s.replace("\n", "\r\n");
            default: // paste a nasty value
                return s.substring(0, at) + Fuzz.oneOf(r, NASTY) + s.substring(at);
        }
    }
}
