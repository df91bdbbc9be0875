package hsim.model.scenario;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static Arbitrary<Doc> valid(ParameterCatalog catalog) {
        List<Arbitrary<Entry>> each = new ArrayList<>();
        for (Param p : catalog.all()) {
            each.add(Combinators.combine(value(p), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                    Arbitraries.of(true, false)).as((v, dotted, q, c) -> new Entry(p, v, dotted, q, c)));
        }
        Arbitrary<List<Entry>> entries = Combinators.combine(each).as(List::copyOf)
                .flatMap(all -> Arbitraries.subsetOf(all).map(ArrayList::new).map(l -> sortLike(all, l)));
        return Combinators.combine(entries, Arbitraries.of(2, 4), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(ScenarioDocs::write);
    }

    private static List<Entry> sortLike(List<Entry> order, List<Entry> subset) {
        List<Entry> out = new ArrayList<>(order);
        out.retainAll(subset);
        return out;
    }

    static Arbitrary<String> value(Param p) {
        return switch (p.kind()) {
            case NUMBER -> Arbitraries.oneOf(
                    Arbitraries.doubles().between(p.min(), p.max()).map(d -> Double.toString(d)),
                    Arbitraries.of(p.min(), p.max()).map(Param::fmt),
                    Arbitraries.longs().between((long) Math.ceil(p.min()), (long) Math.floor(p.max())).map(l -> Long.toString(l)));
            case INTEGER -> Arbitraries.longs().between((long) p.min(), (long) p.max()).edgeCases(c -> c.includeOnly((long) p.min(), (long) p.max()))
                    .map(l -> Long.toString(l));
            case BOOLEAN -> Arbitraries.of("true", "false", "True", "FALSE");
            case CHOICE -> Arbitraries.of(p.choices());
            case DATE -> Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                    .map(d -> LocalDate.ofEpochDay(d).toString());
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
