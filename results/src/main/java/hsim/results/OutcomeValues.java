package hsim.results;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One run's outcomes as read from runs.csv: an unmodifiable map from outcome name to value in runs.csv
 * column order, stored as a row of doubles under a key index that every run of the folder shares, so a
 * 100,000-run folder holds a few hundred bytes per run instead of a hash map of boxed numbers each.
 */
final class OutcomeValues extends AbstractMap<String, Double> {
    /** Outcome names in column order, and where each is; shared by every run of a folder. */
    static final class Keys {
        final List<String> names;
        final Map<String, Integer> at = new HashMap<>();

        Keys(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < this.names.size(); i++) at.put(this.names.get(i), i);
        }
    }

    private final Keys keys;
    private final double[] values;

    OutcomeValues(Keys keys, double[] values) {
        if (values.length != keys.names.size()) throw new IllegalArgumentException(values.length + " values for " + keys.names.size() + " outcomes");
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Double get(Object key) {
        Integer i = keys.at.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) { return keys.at.containsKey(key); }

    @Override
    public int size() { return values.length; }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() { return values.length; }

            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() { return i < values.length; }

                    @Override
                    public Entry<String, Double> next() {
                        if (i >= values.length) throw new NoSuchElementException();
                        int k = i++;
                        return new SimpleImmutableEntry<>(keys.names.get(k), values[k]);
                    }
                };
            }
        };
    }
}
