package hsim.runner.design;

/**
 * Common random numbers: replicate r gets the same seed in every option and design point, so option
 * differences are not blurred by different random draws. The seed is SplitMix64 (Steele, Lea and Flood
 * 2014) of the base seed and r, so nearby base seeds or replicates still give unrelated streams.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /** The seed of replicate {@code r} (1-based) under {@code baseSeed}. */
    public static long replicateSeed(long baseSeed, int r) {
        return mix(mix(baseSeed) + GOLDEN * r);
    }

    /** SplitMix64's output function. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A small deterministic generator for design construction (never for model randomness). */
    public static final class SplitMix {
        private long state;

        public SplitMix(long seed) { this.state = seed; }

        public long nextLong() { return mix(state += GOLDEN); }

        /** Uniform in [0, 1) with 53 random bits. */
        public double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

        /** Uniform in [0, bound). */
        public int nextInt(int bound) { return (int) Math.floorMod(nextLong(), (long) bound); }

        /** Fisher-Yates shuffle in place. */
        public void shuffle(int[] a) {
            for (int i = a.length - 1; i > 0; i--) {
                int j = nextInt(i + 1);
                int t = a[i]; a[i] = a[j]; a[j] = t;
            }
        }
    }
}
