package hsim.model.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter a scenario may set. Mechanism classes contribute their parameters where the model
 * is composed ({@code hsim.model.run.ModelCatalog}); nothing may read a scenario key that is not
 * registered here.
 */
public final class ParameterCatalog {
    private final Map<String, Param> byKey = new LinkedHashMap<>();
    /** Keys that were parameters once, with why they went and what to do instead (scenario files may still set them). */
    private final Map<String, String> removed = new LinkedHashMap<>();

    public ParameterCatalog add(Param p) {
        if (byKey.putIfAbsent(p.key(), p) != null) {
            throw new IllegalStateException("parameter registered twice: " + p.key());
        }
        return this;
    }

    public ParameterCatalog addAll(List<Param> ps) {
        ps.forEach(this::add);
        return this;
    }

    /** Refuses {@code key} with {@code reason} (why it was removed, what replaces it) instead of "unknown parameter". */
    public ParameterCatalog removed(String key, String reason) {
        if (byKey.containsKey(key)) throw new IllegalStateException("parameter both registered and removed: " + key);
        removed.put(key, reason);
        return this;
    }

    /** Why {@code key} was removed, or null if it never was. */
    public String removedReason(String key) { return removed.get(key); }

    public Param get(String key) { return byKey.get(key); }

    public boolean contains(String key) { return byKey.containsKey(key); }

    public List<Param> all() { return Collections.unmodifiableList(new ArrayList<>(byKey.values())); }

    /** Keys sharing the longest prefix with {@code key}, to suggest in "unknown key" errors. */
    public List<String> closest(String key, int n) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort((a, b) -> Integer.compare(distance(a, key), distance(b, key)));
        return keys.subList(0, Math.min(n, keys.size()));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
