package hsim.runner.stats;

import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.ArrayList;
import java.util.List;

/**
 * Standardised regression coefficients (Saltelli et al. 2008, Global Sensitivity Analysis, ch. 1): regress
 * the standardised outcome on the standardised factors; each coefficient is the change in outcome, in sd,
 * per sd of the factor. With a nearly orthogonal design they are close to the correlation of each factor
 * with the outcome. Meaningful when R^2 is high (a near-linear response); R^2 is reported so that readers
 * can judge.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /** One factor's SRC and its rank by |SRC| (1 = most influential; 0 when undefined). */
    public record Src(String factor, double src, int rank) {}

    public record Result(List<Src> factors, double r2, int n) {}

    /** Rows with a NaN outcome are dropped; constant factors get NaN and no rank. */
    public static Result src(double[][] x, double[] y, List<String> names) {
        int k = names.size();
        // row and factor indices as primitive lists: a 100,000-run sweep would box every row index
        IntArrayList rows = new IntArrayList(y.length);
        for (int i = 0; i < y.length; i++) if (!Double.isNaN(y[i])) rows.add(i);
        int n = rows.size();
        double[] mean = new double[k + 1];
        double[] sd = new double[k + 1];
        for (int j = 0; j <= k; j++) {
            double s = 0;
            for (int r = 0; r < n; r++) s += j < k ? x[rows.getInt(r)][j] : y[rows.getInt(r)];
            mean[j] = n == 0 ? Double.NaN : s / n;
            double ss = 0;
            for (int r = 0; r < n; r++) {
                int i = rows.getInt(r);
                double v = (j < k ? x[i][j] : y[i]) - mean[j];
                ss += v * v;
            }
            sd[j] = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        }
        IntArrayList used = new IntArrayList(k);
        for (int j = 0; j < k; j++) if (sd[j] > 0) used.add(j);
        double[] coef = new double[k];
        java.util.Arrays.fill(coef, Double.NaN);
        double r2 = Double.NaN;
        if (sd[k] > 0 && !used.isEmpty() && n > used.size()) {
            double[][] z = new double[n][used.size()];
            double[] zy = new double[n];
            for (int r = 0; r < n; r++) {
                int i = rows.getInt(r);
                for (int c = 0; c < used.size(); c++) {
                    int j = used.getInt(c);
                    z[r][c] = (x[i][j] - mean[j]) / sd[j];
                }
                zy[r] = (y[i] - mean[k]) / sd[k];
            }
            double[] b = LeastSquares.solve(z, zy);
            double sse = 0;
            double sst = 0;
            for (int r = 0; r < n; r++) {
                double fit = 0;
                for (int c = 0; c < used.size(); c++) if (!Double.isNaN(b[c])) fit += b[c] * z[r][c];
                sse += (zy[r] - fit) * (zy[r] - fit);
                sst += zy[r] * zy[r];
            }
            r2 = 1 - sse / sst;
            for (int c = 0; c < used.size(); c++) coef[used.getInt(c)] = b[c];
        }
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) order[j] = j;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(abs(coef[b]), abs(coef[a])));
        int[] rank = new int[k];
        int next = 1;
        for (int j : order) if (!Double.isNaN(coef[j])) rank[j] = next++;
        List<Src> out = new ArrayList<>();
        for (int j : order) out.add(new Src(names.get(j), coef[j], rank[j]));
        return new Result(out, r2, n);
    }

    private static double abs(double v) { return Double.isNaN(v) ? -1 : Math.abs(v); }
}
