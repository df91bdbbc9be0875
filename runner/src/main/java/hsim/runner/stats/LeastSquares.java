package hsim.runner.stats;

/**
 * Least squares by Householder QR: minimises |X b - y|. QR avoids squaring the condition number as the
 * normal equations would; design columns of a sweep can be correlated (LHS) or on very different scales.
 */
public final class LeastSquares {
    private LeastSquares() {}

    /** Coefficients b (length p) for an n-by-p X with n >= p; NaN where X is rank deficient. */
    public static double[] solve(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        if (n < p) throw new IllegalArgumentException("need at least as many rows as columns");
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = x[i].clone();
        double[] b = y.clone();
        double[] diag = new double[p];
        double scale = 0;
        for (double[] row : a) for (double v : row) scale = Math.max(scale, Math.abs(v));
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < n; i++) norm = Math.hypot(norm, a[i][k]);
            if (norm <= 1e-12 * Math.max(scale, 1e-300)) { diag[k] = 0; continue; }
            if (a[k][k] > 0) norm = -norm;
            // Householder vector v = a[k..n][k] - norm e1, stored in place
            for (int i = k; i < n; i++) a[i][k] /= -norm;
            a[k][k] += 1;
            for (int j = k + 1; j < p; j++) {
                double s = 0;
                for (int i = k; i < n; i++) s += a[i][k] * a[i][j];
                s = -s / a[k][k];
                for (int i = k; i < n; i++) a[i][j] += s * a[i][k];
            }
            double s = 0;
            for (int i = k; i < n; i++) s += a[i][k] * b[i];
            s = -s / a[k][k];
            for (int i = k; i < n; i++) b[i] += s * a[i][k];
            diag[k] = norm;
        }
        double[] coef = new double[p];
        for (int k = p - 1; k >= 0; k--) {
            if (diag[k] == 0) { coef[k] = Double.NaN; continue; }
            double s = b[k];
            for (int j = k + 1; j < p; j++) if (!Double.isNaN(coef[j])) s -= a[k][j] * coef[j];
            coef[k] = s / diag[k];
        }
        return coef;
    }
}
