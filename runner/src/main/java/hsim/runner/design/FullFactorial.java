package hsim.runner.design;

/** Every combination of levels; the last factor varies fastest. */
public final class FullFactorial {
    private FullFactorial() {}

    /** Number of runs for the given level counts, or -1 past {@code Integer.MAX_VALUE}. */
    public static long size(int[] levels) {
        long n = 1;
        for (int l : levels) {
            n *= l;
            if (n > Integer.MAX_VALUE) return -1;
        }
        return n;
    }

    /** Row i holds the level index of each factor in run i. */
    public static int[][] design(int[] levels) {
        long n = size(levels);
        if (n < 0) throw new IllegalArgumentException("full factorial too large");
        int[][] d = new int[(int) n][levels.length];
        for (int i = 0; i < n; i++) {
            int rest = i;
            for (int j = levels.length - 1; j >= 0; j--) {
                d[i][j] = rest % levels[j];
                rest /= levels[j];
            }
        }
        return d;
    }
}
