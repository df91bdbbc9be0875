package hsim.model.core;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Serialises a {@link HashMap} so that it iterates in the same order after a checkpoint restore.
 *
 * <p>Why: a HashMap iterates bucket by bucket, so its order depends on its table size. HashMap's own
 * deserialisation sizes the table from the entry count alone ({@code size / 0.75 + 1}), which is one
 * doubling larger than a map grown by puts whenever the count is exactly 0.75 times a power of two
 * (12, 24, 48, ...). A restored run would then sum doubles or pick routes in another order and drift
 * from the run that never stopped. Writing the entries in iteration order and putting them back into a
 * fresh default map reproduces the original table: same size (it grows by the same puts) and, within a
 * bucket, the same relative order. Valid for maps created with {@code new HashMap<>()} that never had
 * entries removed, which is how the model uses them.
 */
public final class SerialMaps {
    private SerialMaps() {}

    public static <K, V> void write(ObjectOutputStream out, Map<K, V> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<K, V> e : map.entrySet()) {
            out.writeObject(e.getKey());
            out.writeObject(e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    public static <K, V> HashMap<K, V> read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        int n = in.readInt();
        if (n < 0) throw new java.io.InvalidObjectException("negative map size " + n);
        HashMap<K, V> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            K k = (K) in.readObject();
            m.put(k, (V) in.readObject());
        }
        return m;
    }
}
