package hsim.model.scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable, validated set of parameter values: every key of the catalog has a value (its default
 * unless a scenario file, a parent scenario or a {@code --set} override gave one). A run is fully
 * determined by its scenario, its seed and its day count.
 */
public final class Scenario implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String description;
    private final String origin;
    private final Map<String, String> values; // canonical text, in catalog order

    Scenario(String name, String description, String origin, Map<String, String> values) {
        this.name = name;
        this.description = description;
        this.origin = origin;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The scenario with only catalog defaults, named "defaults". */
    public static Scenario defaults(ParameterCatalog catalog) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Param p : catalog.all()) v.put(p.key(), p.defaultText());
        return new Scenario("defaults", "catalog defaults", "built-in", v);
    }

    public String name() { return name; }

    public String description() { return description; }

    /** Where the scenario came from: a file path, a built-in resource, plus any overrides. */
    public String origin() { return origin; }

    /** Every parameter's canonical text, in catalog order. */
    public Map<String, String> values() { return values; }

    /** Parameters sorted by key, for stable output columns. */
    public Map<String, String> sortedValues() { return new TreeMap<>(values); }

    public String text(String key) {
        String v = values.get(key);
        if (v == null) throw new IllegalArgumentException("unknown parameter " + key);
        return v;
    }

    public double number(String key) { return Double.parseDouble(text(key)); }

    public int integer(String key) { return Math.toIntExact(Long.parseLong(text(key))); }

    public boolean flag(String key) { return Boolean.parseBoolean(text(key)); }

    public LocalDate date(String key) { return LocalDate.parse(text(key)); }

    /** A copy with some keys replaced by already-validated canonical values. */
    Scenario with(String newOrigin, Map<String, String> canonicalOverrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.putAll(canonicalOverrides);
        return new Scenario(name, description, newOrigin, v);
    }

    Scenario renamed(String newName, String newDescription, String newOrigin) {
        return new Scenario(newName, newDescription, newOrigin, values);
    }

    @Override
    public String toString() { return "Scenario[" + name + " from " + origin + "]"; }
}
