package hsim.model.core;

/**
 * A cheap, reusable stream of draws for one (agent, step, purpose). Draw k equals
 * {@code Rng.bits(seed, id, step, purpose, k)}, so a stream gives the same numbers whichever thread
 * holds it. One instance is reset for each agent; it is not thread-safe (each worker has its own).
 * Transcendental functions use {@link StrictMath} so results are identical on every JVM and JIT tier.
 */
public final class RngStream implements java.io.Serializable {
    private final long seed;
    private long key;
    private long k;

    public RngStream(long seed) { this.seed = seed; }

    /** Points the stream at a new (id, step, purpose) and rewinds it to draw 0. */
    public RngStream reset(long id, long step, long purpose) {
        this.key = Rng.key(seed, id, step, purpose);
        this.k = 0;
        return this;
    }

    public long seed() { return seed; }

    /** How many draws were taken since the last reset. */
    public long drawn() { return k; }

    public long nextLong() { return Rng.bits(key, k++); }

    /** Uniform in [0, 1). */
    public double nextDouble() { return Rng.toUnit(Rng.bits(key, k++)); }

    /** True with probability {@code p} (p outside [0,1] is clamped by the comparison). */
    public boolean chance(double p) { return nextDouble() < p; }

    /** Uniform in [0, bound), without modulo bias (Lemire's multiply-shift with rejection). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be > 0: " + bound);
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Standard normal (Box-Muller; uses two draws, no cached spare so the draw count stays simple). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1], log is finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Exponential waiting time with the given mean. */
    public double nextExponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }
}
