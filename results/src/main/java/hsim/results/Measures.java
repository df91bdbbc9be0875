package hsim.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the model's outputs mean ({@code measures.csv}): for every daily metric and end-of-run outcome its
 * label, unit, accumulation, better direction, headline rank and the submodel that produces it. The report
 * takes labels and headline order from here, the runner its ranking direction, the data dictionary
 * everything. A name not listed still works: it gets a label made from the name and no direction.
 */
public final class Measures {
    public enum Kind { DAILY, OUTCOME }

    public enum Better {
        HIGHER(1), LOWER(-1), NONE(0);
        /** +1 when higher is better, -1 when lower is better, 0 when neither. */
        public final int sign;

        Better(int sign) { this.sign = sign; }
    }

    /**
     * One listed measure. A key may hold one placeholder such as {@code {commune}}, standing for any name.
     * {@code headline} is the rank among the headline measures, 0 when not a headline; {@code metric} is
     * the daily metric an outcome derives from, empty for others.
     */
    public record Measure(String key, Kind kind, String label, String unit, String accumulation, String statistic,
                          Better better, int headline, String metric, String submodel) {
        public boolean isTemplate() { return key.indexOf('{') >= 0; }

        /** The placeholder's value when {@code name} is this template's instance, else null. */
        String matchPart(String name) {
            int open = key.indexOf('{');
            if (open < 0) return key.equals(name) ? "" : null;
            int close = key.indexOf('}', open);
            Matcher m = Pattern.compile(Pattern.quote(key.substring(0, open)) + "([a-z0-9_]+)"
                    + Pattern.quote(key.substring(close + 1))).matcher(name);
            return m.matches() ? m.group(1) : null;
        }

        String labelFor(String part) {
            int open = key.indexOf('{');
            if (open < 0) return label;
            return label.replace(key.substring(open, key.indexOf('}', open) + 1), part.replace('_', ' '));
        }
    }

    private static final String RESOURCE = "measures.csv";
    private static volatile Measures standard;

    private final List<Measure> all;

    public Measures(List<Measure> all) {
        this.all = List.copyOf(all);
    }

    /** The bundled list. */
    public static Measures standard() {
        Measures m = standard;
        if (m == null) standard = m = read();
        return m;
    }

    private static Measures read() {
        String text;
        try (InputStream in = Measures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> recs = new ArrayList<>();
        for (String[] r : Csv.records(RESOURCE, text)) if (!r[0].startsWith("#") && !(r.length == 1 && r[0].isBlank())) recs.add(r);
        List<String> head = List.of(recs.get(0));
        List<Measure> out = new ArrayList<>();
        for (String[] r : recs.subList(1, recs.size())) {
            if (r.length != head.size()) throw new IllegalStateException(RESOURCE + ": '" + r[0] + "' has " + r.length + " fields");
            String h = r[head.indexOf("headline")];
            out.add(new Measure(r[0], Kind.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)), r[2], r[3], r[4], r[5],
                    Better.valueOf(r[6].toUpperCase(java.util.Locale.ROOT)), h.isEmpty() ? 0 : Integer.parseInt(h), r[8], r[9]));
        }
        return new Measures(out);
    }

    public List<Measure> all() { return all; }

    public List<Measure> of(Kind kind) { return all.stream().filter(m -> m.kind() == kind).toList(); }

    /** The entry {@code name} belongs to (an exact key first, then a template), or null. */
    public Measure find(Kind kind, String name) {
        for (Measure m : all) if (m.kind() == kind && !m.isTemplate() && m.key().equals(name)) return m;
        for (Measure m : all) if (m.kind() == kind && m.isTemplate() && m.matchPart(name) != null) return m;
        return null;
    }

    /** An outcome's entry, else a daily metric's of that name, else null. */
    public Measure find(String name) {
        Measure m = find(Kind.OUTCOME, name);
        return m != null ? m : find(Kind.DAILY, name);
    }

    /** A readable label: the listed one (placeholder filled in), or the name with spaces for underscores. */
    public String label(Kind kind, String name) {
        Measure m = find(kind, name);
        return m == null ? humanize(name) : m.labelFor(m.matchPart(name));
    }

    public String label(String name) {
        Measure m = find(name);
        return m == null ? humanize(name) : m.labelFor(m.matchPart(name));
    }

    /** +1 when higher is better, -1 when lower is better, 0 when neither or not listed. */
    public int direction(String name) {
        Measure m = find(name);
        return m == null ? 0 : m.better().sign;
    }

    private int headline(String name) {
        Measure m = find(name);
        return m == null ? 0 : m.headline();
    }

    /** The headline names among those available, by headline rank (ties in given order); all when none is. */
    public List<String> pick(List<String> available) {
        List<String> out = new ArrayList<>();
        for (String a : available) if (headline(a) > 0 && !out.contains(a)) out.add(a);
        out.sort(Comparator.comparingInt(this::headline));
        return out.isEmpty() ? List.copyOf(available) : out;
    }

    /** The statistics of a headline outcome that get charts of their own. */
    private static final List<String> CHARTED = List.of("end of run", "run mean", "180 days after the foreign force left");

    /**
     * The outcomes that get box and forest plots: each headline's end-of-run value, its run mean and its
     * value 180 days after the foreign force left, by headline rank. By-commune and secondary outcomes stay
     * in the tables; charting all of them would bury the headline. Everything, when nothing is listed.
     */
    public List<String> chartable(List<String> available) {
        List<String> out = new ArrayList<>();
        for (String a : available) {
            Measure m = find(Kind.OUTCOME, a);
            if (m != null && m.headline() > 0 && !m.isTemplate() && CHARTED.contains(m.statistic()) && !out.contains(a)) out.add(a);
        }
        out.sort(Comparator.comparingInt((String a) -> headline(a)).thenComparingInt(a -> CHARTED.indexOf(find(Kind.OUTCOME, a).statistic())));
        return out.isEmpty() ? List.copyOf(available) : out;
    }

    static String humanize(String name) {
        String s = name.replace('_', ' ').strip();
        return s.isEmpty() ? name : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
