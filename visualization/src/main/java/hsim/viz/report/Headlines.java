package hsim.viz.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline measures listed in {@code headline.txt}: which metrics and outcomes the report leads
 * with, their labels and which direction is better. Names not listed are still reported, with a
 * label made from the name, so new model outputs need no code change.
 */
public final class Headlines {
    /** One listed measure. */
    public record Entry(String name, boolean higherIsBetter, String label) {}

    private final List<Entry> entries;

    public Headlines(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Headlines standard() {
        try (InputStream in = Headlines.class.getResourceAsStream("headline.txt")) {
            if (in == null) throw new IllegalStateException("headline.txt is missing from the classpath");
            List<Entry> list = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+", 3);
                if (f.length < 3 || !(f[1].equals("higher") || f[1].equals("lower"))) {
                    throw new IllegalStateException("headline.txt: bad line '" + line + "'; expected: name higher|lower label");
                }
                list.add(new Entry(f[0], f[1].equals("higher"), f[2]));
            }
            return new Headlines(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listed entry a metric or outcome name belongs to, or null. */
    public Entry match(String name) {
        for (Entry e : entries) if (name.equals(e.name()) || name.startsWith(e.name() + "_")) return e;
        return null;
    }

    /** The headline names among those available, in list order; all of them when none is listed. */
    public List<String> pick(List<String> available) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) for (String a : available) if (match(a) == e && !out.contains(a)) out.add(a);
        return out.isEmpty() ? List.copyOf(available) : out;
    }

    /** Suffixes of summary outcomes worth a chart of their own: end of run, run mean, after the force left. */
    static final List<String> CHART_SUFFIXES = List.of("", "_mean", "_180d_after_exit");

    /**
     * The outcomes that get box and forest plots: each headline's end-of-run value, its run mean and its
     * value 180 days after the foreign force left, in list order. By-commune and secondary outcomes stay
     * in the tables; charting all of them would bury the headline. Everything, when nothing is listed.
     */
    public List<String> chartable(List<String> available) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            for (String suffix : CHART_SUFFIXES) {
                String name = e.name() + suffix;
                if (available.contains(name) && !out.contains(name)) out.add(name);
            }
        }
        return out.isEmpty() ? List.copyOf(available) : out;
    }

    /** Headline names first (list order), then the rest in their original order. */
    public List<String> headlineFirst(List<String> available) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) for (String a : available) if (match(a) == e && !out.contains(a)) out.add(a);
        for (String a : available) if (!out.contains(a)) out.add(a);
        return out;
    }

    /** A readable label: the listed label plus any suffix, or the name with spaces for underscores. */
    public String label(String name) {
        Entry e = match(name);
        if (e == null) return humanize(name);
        String rest = name.substring(e.name().length());
        return rest.isEmpty() ? e.label() : e.label() + " (" + rest.substring(1).replace('_', ' ') + ")";
    }

    /** +1 when higher is better, -1 when lower is better, 0 when not listed. */
    public int direction(String name) {
        Entry e = match(name);
        return e == null ? 0 : (e.higherIsBetter() ? 1 : -1);
    }

    static String humanize(String name) {
        String s = name.replace('_', ' ').strip();
        return s.isEmpty() ? name : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
