package hsim.runner.calibrate;

import hsim.runner.design.Seeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ABC-SMC population arithmetic (Toni et al. 2009; Beaumont et al. 2009, "adaptive ABC" PMC), on
 * uniform priors. Wave 1 is a space-filling design over the priors whose best {@code accept_share} are
 * accepted with equal weights. Wave t moves the accepted particles of wave t-1 with a Gaussian kernel of
 * twice their weighted variance, drawn from the previous population by weight and redrawn until inside the
 * prior; it accepts candidates whose distance is at most the accept_share-quantile of the previous accepted
 * distances (the tolerance shrinks each wave) and weights them by prior / kernel mixture density. Pure
 * functions of their inputs and a seed, so every resume and every shard plans the same waves.
 */
public final class Abc {
    private Abc() {}

    /** A particle: its parameter values (prior order), distance and normalised weight. */
    public record Particle(double[] theta, double distance, double weight) {}

    /** The tolerance of wave 1: the distance ranking {@code ceil(share * n)} among the finite ones. */
    public static double firstTolerance(double[] distances, double share, int minAccepted) {
        double[] d = Arrays.stream(distances).filter(Double::isFinite).sorted().toArray();
        if (d.length == 0) return Double.NaN;
        int k = Math.max(minAccepted, (int) Math.ceil(share * distances.length));
        return d[Math.min(d.length, k) - 1];
    }

    /**
     * The tolerance of a later wave: the share-quantile of the previous accepted distances, relaxed to the
     * {@code minAccepted}-th smallest of this wave's when fewer would pass (so a wave never empties).
     */
    public static double nextTolerance(List<Particle> previous, double[] distances, double share, int minAccepted) {
        double[] prev = previous.stream().mapToDouble(Particle::distance).sorted().toArray();
        double eps = prev[Math.max(0, (int) Math.ceil(share * prev.length) - 1)];
        double[] d = Arrays.stream(distances).filter(Double::isFinite).sorted().toArray();
        if (d.length == 0) return Double.NaN;
        int passing = 0;
        for (double x : d) if (x <= eps) passing++;
        if (passing < Math.min(minAccepted, d.length)) eps = d[Math.min(minAccepted, d.length) - 1];
        return eps;
    }

    /** Per-parameter kernel sd: sqrt(2 x weighted variance) (Beaumont et al. 2009), at least 1 % of the prior. */
    public static double[] kernelSd(List<Particle> pop, List<Prior> priors) {
        int k = priors.size();
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            double mean = 0, var = 0;
            for (Particle p : pop) mean += p.weight() * p.theta()[j];
            for (Particle p : pop) var += p.weight() * (p.theta()[j] - mean) * (p.theta()[j] - mean);
            sd[j] = Math.max(Math.sqrt(2 * var), 0.01 * priors.get(j).width());
        }
        return sd;
    }

    /** {@code n} candidates for the next wave, moved from {@code pop} and kept inside the priors. */
    public static List<double[]> propose(List<Particle> pop, List<Prior> priors, int n, long seed, int wave) {
        Seeds.SplitMix rng = new Seeds.SplitMix(Seeds.mix(seed ^ (0xABCL * wave + 0x5EED)));
        double[] sd = kernelSd(pop, priors);
        double[] cum = new double[pop.size()];
        double c = 0;
        for (int i = 0; i < pop.size(); i++) cum[i] = c += pop.get(i).weight();
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble() * c;
            int pick = 0;
            while (pick < cum.length - 1 && cum[pick] <= u) pick++;
            double[] from = pop.get(pick).theta();
            double[] th = new double[priors.size()];
            for (int j = 0; j < th.length; j++) {
                Prior pr = priors.get(j);
                double v = Double.NaN;
                for (int tries = 0; tries < 1000 && !pr.contains(v); tries++) v = from[j] + sd[j] * gaussian(rng);
                // after 1000 misses (a particle pressed against a bound with a wide kernel) reflect it in
                if (!pr.contains(v)) v = Math.max(pr.lo(), Math.min(pr.hi(), from[j]));
                th[j] = v;
            }
            out.add(th);
        }
        return out;
    }

    /** Importance weights of accepted candidates: prior (uniform, constant) over the kernel mixture density. */
    public static double[] weights(List<double[]> accepted, List<Particle> previous, List<Prior> priors) {
        if (previous == null) {
            double[] w = new double[accepted.size()];
            Arrays.fill(w, 1.0 / Math.max(1, accepted.size()));
            return w;
        }
        double[] sd = kernelSd(previous, priors);
        double[] w = new double[accepted.size()];
        double sum = 0;
        for (int i = 0; i < accepted.size(); i++) {
            double dens = 0;
            for (Particle p : previous) {
                double logK = 0;
                for (int j = 0; j < sd.length; j++) {
                    // kernel truncated to the prior: normalise by its mass inside [lo, hi]
                    double z = (accepted.get(i)[j] - p.theta()[j]) / sd[j];
                    Prior pr = priors.get(j);
                    double mass = phi((pr.hi() - p.theta()[j]) / sd[j]) - phi((pr.lo() - p.theta()[j]) / sd[j]);
                    logK += -0.5 * z * z - Math.log(sd[j]) - Math.log(Math.max(mass, 1e-300));
                }
                dens += p.weight() * Math.exp(logK);
            }
            w[i] = dens > 0 ? 1 / dens : 0;
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) w[i] = sum > 0 ? w[i] / sum : 1.0 / w.length;
        return w;
    }

    /** Effective sample size 1 / sum w^2 of normalised weights. */
    public static double ess(double[] w) {
        double s = 0;
        for (double x : w) s += x * x;
        return s > 0 ? 1 / s : 0;
    }

    private static double gaussian(Seeds.SplitMix rng) {
        double u1 = Math.max(rng.nextDouble(), 1e-300), u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Standard normal cdf (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
    static double phi(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }
}
