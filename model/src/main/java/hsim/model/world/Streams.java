package hsim.model.world;

import hsim.model.core.Chunk;
import hsim.model.core.Rng;
import hsim.model.core.RngStream;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every keyed random stream the world uses goes through here, so a test can list the keys of a real run
 * and prove that no two purposes share one (see {@link Log}). Without a log it only resets the stream.
 */
public final class Streams implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private final RngStream rng;
    private final transient Log log;

    /** The keys a run used and the purpose that used each first; {@link #clashes} names the purposes that shared one. */
    public static final class Log {
        private final Map<Long, Stream> owner = new ConcurrentHashMap<>();
        private final Map<String, String> clashes = new java.util.concurrent.ConcurrentSkipListMap<>();

        void use(long key, Stream purpose, long id, long step) {
            Stream was = owner.putIfAbsent(key, purpose);
            if (was != null && was != purpose) {
                String pair = was.compareTo(purpose) < 0 ? was + " = " + purpose : purpose + " = " + was;
                clashes.putIfAbsent(pair, pair + " (first at id " + id + ", hour " + step + ")");
            }
        }

        /** How many distinct stream keys were used. */
        public int keys() { return owner.size(); }

        /** The purposes seen at least once. */
        public java.util.Set<Stream> purposes() { return java.util.EnumSet.copyOf(owner.values()); }

        /** Each pair of purposes that drew from the same stream, with the first key they shared; empty when none. */
        public java.util.Collection<String> clashes() { return clashes.values(); }
    }

    Streams(long seed, RngStream rng, Log log) {
        this.seed = seed;
        this.rng = rng;
        this.log = log;
    }

    /** Resets the world's shared stream to (id, step, purpose) and returns it. */
    public RngStream reset(Stream purpose, long id, long step) {
        if (log != null) log.use(Rng.key(seed, id, step, purpose.tag), purpose, id, step);
        return rng.reset(id, step, purpose.tag);
    }

    /** This worker's stream for agent {@code id} at the chunk's step (parallel rules). */
    public RngStream of(Chunk chunk, Stream purpose, long id) {
        if (log != null) log.use(Rng.key(seed, id, chunk.step(), purpose.tag), purpose, id, chunk.step());
        return chunk.rng(id, purpose.tag);
    }

    /** Draw k of the stream (id, step, purpose), without a stream object. */
    public double uniform(Stream purpose, long id, long step, long k) {
        if (log != null) log.use(Rng.key(seed, id, step, purpose.tag), purpose, id, step);
        return Rng.uniform(seed, id, step, purpose.tag, k);
    }
}
