package hsim.runner.design;

/**
 * Nearly orthogonal Latin hypercubes with the run counts of Cioppa and Lucas (2007, Technometrics 49:45-55):
 * 17, 33, 65, 129 or 257 runs for up to 7, 11, 16, 22 or 29 factors. Each column is a permutation of the
 * n levels (Latin), and every pair of columns has |correlation| below {@link #TARGET}.
 *
 * <p>Cioppa and Lucas built theirs by a mixed-integer search; this class builds its own by a documented,
 * deterministic local search instead: start from random permutations (a fixed seed per size), then swap
 * two entries of one column whenever that lowers the sum of fourth powers of that column's inner products
 * with the others (equal moves are taken too, to cross plateaus), until the largest |correlation| is below
 * the target. Swaps keep every column a permutation, so the design stays Latin throughout. It takes
 * milliseconds, so nothing is precomputed; results are cached per (n, k).
 * Unlike Cioppa and Lucas, correlations with squared and interaction terms are not controlled.
 */
public final class Nolh {
    /** Largest pairwise |correlation| accepted, the usual threshold for "nearly orthogonal". */
    public static final double TARGET = 0.03;
    private static final int[] SIZES = {17, 33, 65, 129, 257};
    private static final int[] MAX_FACTORS = {7, 11, 16, 22, 29};
    private static final long SEARCH_SEED = 0x4E4F4C48_20070101L; // fixed: same design on every machine
    private static final java.util.Map<Long, int[][]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Nolh() {}

    /** The smallest NOLH size for {@code k} factors, or -1 when k exceeds 29. */
    public static int runsFor(int k) {
        for (int i = 0; i < SIZES.length; i++) if (k <= MAX_FACTORS[i]) return SIZES[i];
        return -1;
    }

    /** The largest factor count any NOLH here supports. */
    public static int maxFactors() { return MAX_FACTORS[MAX_FACTORS.length - 1]; }

    /**
     * An n-by-k design; entry [i][j] is the level (0..n-1) of factor j in run i. Returns a copy.
     */
    public static int[][] design(int n, int k) {
        if (k < 1 || runsFor(k) < 0 || n < runsFor(k) || java.util.Arrays.binarySearch(SIZES, n) < 0) {
            throw new IllegalArgumentException("no NOLH with " + n + " runs for " + k + " factors");
        }
        int[][] d = CACHE.computeIfAbsent(((long) n << 32) | k, key -> search(n, k));
        int[][] copy = new int[n][];
        for (int i = 0; i < n; i++) copy[i] = d[i].clone();
        return copy;
    }

    private static int[][] search(int n, int k) {
        Seeds.SplitMix rng = new Seeds.SplitMix(SEARCH_SEED + 1_000_003L * n + k);
        long[][] x = new long[k][n]; // centred levels, column-major
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            rng.shuffle(perm);
            for (int i = 0; i < n; i++) x[j][i] = 2L * perm[i] - (n - 1); // doubled so it stays integral
        }
        long[][] dot = new long[k][k];
        for (int a = 0; a < k; a++) for (int b = a + 1; b < k; b++) {
            long s = 0;
            for (int i = 0; i < n; i++) s += x[a][i] * x[b][i];
            dot[a][b] = dot[b][a] = s;
        }
        double scale = 0; // sum of squares of a column: every column has the same
        for (int i = 0; i < n; i++) scale += (double) x[0][i] * x[0][i];
        long limit = (long) Math.floor(TARGET * scale - 1e-9);
        long[] delta = new long[k];
        for (long iter = 0; iter < 50_000_000L; iter++) {
            if (iter % 256 == 0 && maxDot(dot) <= limit) return toLevels(x, n, k);
            int j = rng.nextInt(k);
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (a == b) continue;
            long dj = x[j][b] - x[j][a];
            double before = 0;
            double after = 0;
            for (int l = 0; l < k; l++) {
                if (l == j) continue;
                delta[l] = dj * (x[l][a] - x[l][b]);
                before += pow4(dot[j][l]);
                after += pow4(dot[j][l] + delta[l]);
            }
            if (after <= before) {
                long t = x[j][a]; x[j][a] = x[j][b]; x[j][b] = t;
                for (int l = 0; l < k; l++) {
                    if (l == j) continue;
                    dot[j][l] += delta[l];
                    dot[l][j] = dot[j][l];
                }
            }
        }
        throw new IllegalStateException("NOLH search did not converge for n=" + n + ", k=" + k);
    }

    private static double pow4(long v) {
        double d = v;
        return d * d * d * d;
    }

    private static long maxDot(long[][] dot) {
        long m = 0;
        for (int a = 0; a < dot.length; a++) for (int b = a + 1; b < dot.length; b++) m = Math.max(m, Math.abs(dot[a][b]));
        return m;
    }

    private static int[][] toLevels(long[][] x, int n, int k) {
        int[][] d = new int[n][k];
        for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) d[i][j] = (int) ((x[j][i] + (n - 1)) / 2);
        return d;
    }

    /** Largest |Pearson correlation| between any two columns of a design. */
    public static double maxAbsCorrelation(int[][] d) {
        int n = d.length;
        int k = d[0].length;
        double[] mean = new double[k];
        double[] ss = new double[k];
        for (int j = 0; j < k; j++) {
            for (int[] row : d) mean[j] += row[j];
            mean[j] /= n;
            for (int[] row : d) ss[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
        double worst = 0;
        for (int a = 0; a < k; a++) for (int b = a + 1; b < k; b++) {
            double s = 0;
            for (int[] row : d) s += (row[a] - mean[a]) * (row[b] - mean[b]);
            worst = Math.max(worst, Math.abs(s / Math.sqrt(ss[a] * ss[b])));
        }
        return worst;
    }
}
