package hsim.runner.design;

/**
 * A random Latin hypercube (McKay, Beckman and Conover 1979): n runs, each factor's [0, 1) span cut into
 * n equal strata and each stratum used exactly once, at a uniform point inside it. Seeded, so the same
 * design file always gives the same points.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** n-by-k fractions in [0, 1); run i of factor j lies in stratum floor(u * n). */
    public static double[][] design(int n, int k, long seed) {
        Seeds.SplitMix rng = new Seeds.SplitMix(Seeds.mix(seed ^ 0x4C48534C48534CL));
        double[][] u = new double[n][k];
        int[] perm = new int[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) perm[i] = i;
            rng.shuffle(perm);
            for (int i = 0; i < n; i++) u[i][j] = Math.min((perm[i] + rng.nextDouble()) / n, Math.nextDown(1.0));
        }
        return u;
    }
}
