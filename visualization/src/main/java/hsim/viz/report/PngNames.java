package hsim.viz.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Safe, unique PNG names from metric and outcome names (which may hold any characters). */
final class PngNames {
    private final Set<String> used = new HashSet<>();

    String png(String prefix, String name) {
        String base = prefix + "_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        if (base.length() > 80) base = base.substring(0, 80);
        String candidate = base;
        for (int i = 2; !used.add(candidate); i++) candidate = base + "-" + i;
        return candidate + ".png";
    }
}
