package hsim.model.core;

/**
 * Counter-based random numbers: every draw is a pure function of (run seed, agent id, step, purpose,
 * draw index), so no draw depends on which thread made it, in what order agents ran, or how the work
 * was chunked. The mixing is the SplitMix64 finalizer (Steele, Lea &amp; Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014) applied to each key word in turn, which is the
 * "hash the counter" idea of Salmon et al., "Parallel random numbers: as easy as 1, 2, 3" (SC 2011).
 *
 * <p>Purposes are 64-bit tags made from a stable name with {@link #purpose(String)}, so two mechanisms
 * never share draws by accident. For several draws per agent and step use a {@link RngStream}.
 */
public final class Rng {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private Rng() {}

    /** SplitMix64 finalizer: a bijective avalanche mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The stream key for one (seed, id, step, purpose); draw k of that stream is {@code bits(key, k)}. */
    public static long key(long seed, long id, long step, long purpose) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (id + 0x632BE59BD9B4E019L));
        h = mix(h ^ (step * GOLDEN + 0x8CB92BA72F3D8DD7L));
        return mix(h ^ purpose);
    }

    /** 64 random bits: draw {@code k} of the stream {@code key}. */
    public static long bits(long key, long k) {
        return mix(key + (k + 1) * GOLDEN);
    }

    /** Draw {@code k} as a double uniform in [0, 1). */
    public static double uniform(long seed, long id, long step, long purpose, long k) {
        return toUnit(bits(key(seed, id, step, purpose), k));
    }

    /** 64 random bits for (seed, id, step, purpose, k). */
    public static long bits(long seed, long id, long step, long purpose, long k) {
        return bits(key(seed, id, step, purpose), k);
    }

    static double toUnit(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }

    /**
     * A stable 64-bit purpose tag for a name such as "cholera.infection" (FNV-1a over the UTF-16
     * chars, then mixed). Compute it once into a {@code static final long}.
     */
    public static long purpose(String name) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** A new stream for one agent, step and purpose (allocates; inside rules use {@link Chunk#rng}). */
    public static RngStream stream(long seed, long id, long step, long purpose) {
        RngStream s = new RngStream(seed);
        s.reset(id, step, purpose);
        return s;
    }

    /** A derived 64-bit seed, e.g. for a replicate or a sub-model: distinct inputs give unrelated seeds. */
    public static long derive(long seed, long salt) {
        return mix(mix(seed ^ 0x5851F42D4C957F2DL) + salt * GOLDEN);
    }
}
