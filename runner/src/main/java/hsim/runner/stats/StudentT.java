package hsim.runner.stats;

/**
 * Student's t distribution: CDF through the regularised incomplete beta function (continued fraction
 * evaluated with the modified Lentz method), quantile by bracketing and bisection. Written here so the
 * runner needs no statistics library; accurate to about 1e-12, far beyond what a CI needs.
 */
public final class StudentT {
    private StudentT() {}

    /** P(T <= t) for {@code df} degrees of freedom. */
    public static double cdf(double t, double df) {
        if (!(df > 0)) throw new IllegalArgumentException("df must be > 0: " + df);
        if (Double.isNaN(t)) return Double.NaN;
        if (Double.isInfinite(t)) return t > 0 ? 1 : 0;
        double x = df / (df + t * t);
        double tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /** The t with P(T <= t) = p, for 0 < p < 1. */
    public static double quantile(double p, double df) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("p must be in (0, 1): " + p);
        if (p == 0.5) return 0;
        if (p < 0.5) return -quantile(1 - p, df);
        double hi = 1;
        while (cdf(hi, df) < p) hi *= 2;
        double lo = 0;
        for (int i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid, df) < p) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        // the continued fraction converges fast only on one side of the mean; use symmetry on the other
        if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * betaFraction(x, a, b) / a;
        return 1 - Math.exp(lnFront) * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        if (Math.abs(d) < tiny) d = tiny;
        d = 1 / d;
        double f = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            if (Math.abs(d) < tiny) d = tiny;
            c = 1 + even / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            f *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            if (Math.abs(d) < tiny) d = tiny;
            c = 1 + odd / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double step = d * c;
            f *= step;
            if (Math.abs(step - 1) < 1e-15) break;
        }
        return f;
    }

    /** ln Gamma(x) for x > 0 (Lanczos approximation, g = 7, n = 9). */
    static double lnGamma(double x) {
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        final double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        double xm = x - 1;
        double s = c[0];
        for (int i = 1; i < 9; i++) s += c[i] / (xm + i);
        double t = xm + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
