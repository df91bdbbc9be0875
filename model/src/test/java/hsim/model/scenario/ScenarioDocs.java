package hsim.model.scenario;

import hsim.model.testing.Fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates valid scenario documents from the parameter catalog (so the generator grows with it):
 * a random subset of parameters, each written nested or dotted, quoted or not, with comments and
 * blank lines, plus the canonical values the loader must produce for them.
 */
final class ScenarioDocs {
    private ScenarioDocs() {}

    record Doc(String text, Map<String, String> expected) {
        @Override public String toString() { return "Doc[\n" + text + "]"; }
    }

    /** One parameter's entry: value text as written, whether dotted, quoting, trailing comment. */
    private record Entry(Param param, String written, boolean dotted, int quote, boolean comment) {}

    /** A random subset of the catalog's parameters (in catalog order), each with a random valid value. */
    static Fuzz.Gen<Doc> valid(ParameterCatalog catalog) {
        return r -> {
            List<Entry> entries = new ArrayList<>();
            for (Param p : catalog.all()) {
                Entry e = new Entry(p, value(p, r), r.nextBoolean(), r.nextInt(3), r.nextBoolean());
                if (r.nextBoolean()) entries.add(e);
            }
            return write(entries, Fuzz.oneOf(r, 2, 4), r.nextBoolean(), r.nextBoolean());
        };
    }

    /** A number in [lo, hi] with at most two decimals (never in exponent notation inside small ranges). */
    static double twoDecimals(SplittableRandom r, double lo, double hi) {
        double d = Math.round(Fuzz.doubleBetween(r, lo, hi) * 100) / 100.0;
        return Math.max(lo, Math.min(hi, d));
    }

    static String value(Param p, SplittableRandom r) {
        return switch (p.kind()) {
            case NUMBER -> switch (r.nextInt(3)) {
                case 0 -> Double.toString(twoDecimals(r, p.min(), p.max()));
                case 1 -> Param.fmt(Fuzz.oneOf(r, p.min(), p.max()));
                default -> Long.toString(Fuzz.longBetween(r, (long) Math.ceil(p.min()), (long) Math.floor(p.max())));
            };
            case INTEGER -> Long.toString(Fuzz.longBetween(r, (long) p.min(), (long) p.max()));
            case BOOLEAN -> Fuzz.oneOf(r, "true", "false", "True", "FALSE");
            case CHOICE -> Fuzz.oneOf(r, p.choices());
            case DATE -> LocalDate.ofEpochDay(Fuzz.longBetween(r, LocalDate.of(1990, 1, 1).toEpochDay(),
                    LocalDate.of(2100, 12, 31).toEpochDay())).toString();
        };
    }

    private static Doc write(List<Entry> entries, int step, boolean header, boolean blankLines) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> expected = new LinkedHashMap<>();
        if (header) sb.append("# generated scenario\nname: generated\ndescription: \"a generated, valid scenario\"\n");
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Entry e : entries) {
            expected.put(e.param().key(), e.param().canonical(e.written(), "generator", 0));
            String text = switch (e.quote()) {
                case 1 -> '"' + e.written() + '"';
                case 2 -> "'" + e.written() + "'";
                default -> e.written();
            } + (e.comment() ? "  # " + e.param().unit() : "");
            if (e.dotted()) {
                sb.append(e.param().key()).append(": ").append(text).append('\n');
                if (blankLines) sb.append('\n');
            } else {
                put(tree, e.param().key().split("\\."), 0, text);
            }
        }
        emit(tree, 0, step, sb);
        return new Doc(sb.toString(), expected);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, int i, String text) {
        if (i == path.length - 1) { tree.put(path[i], text); return; }
        Map<String, Object> child = (Map<String, Object>) tree.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
        put(child, path, i + 1, text);
    }

    @SuppressWarnings("unchecked")
    private static void emit(Map<String, Object> tree, int indent, int step, StringBuilder sb) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            sb.append(" ".repeat(indent)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> m) {
                sb.append('\n');
                emit((Map<String, Object>) m, indent + step, step, sb);
            } else {
                sb.append(' ').append(e.getValue()).append('\n');
            }
        }
    }
}
