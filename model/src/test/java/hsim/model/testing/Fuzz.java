package hsim.model.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A minimal property-testing harness on plain JUnit. {@link #forAll} runs a check on {@code tries}
 * generated inputs; try {@code i} draws from a {@link SplittableRandom} seeded from (base seed, i), so
 * a failure names both and replays exactly with {@code -Dhsim.fuzz.seed=S -Dhsim.fuzz.try=I}. Each case
 * runs on its own thread with a {@value #LIMIT_SECONDS} s limit, so a hang fails the case instead of the
 * build. {@code -Dhsim.fuzz.tries=N} runs N tries per property instead of the default;
 * {@code -Dhsim.fuzz.seed=random} draws a fresh base seed. There is no shrinking.
 */
public final class Fuzz {
    /** Generous on purpose: the target is well under a second, but the build shares two cores. */
    public static final long LIMIT_SECONDS = 5;
    private static final int SHOWN_CHARS = 2000;

    /** Draws one input. */
    @FunctionalInterface public interface Gen<T> { T next(SplittableRandom r); }

    /** Checks one input; throws (an assertion error or anything else) to fail it. */
    @FunctionalInterface public interface Check<T> { void accept(T input) throws Exception; }

    private Fuzz() {}

    public static <T> void forAll(int tries, Gen<T> gen, Check<T> check) {
        String seedProp = System.getProperty("hsim.fuzz.seed", "");
        long seed = seedProp.isEmpty() ? 0x4853494DL
                : seedProp.equals("random") ? new SplittableRandom().nextLong() : Long.decode(seedProp);
        int n = Integer.getInteger("hsim.fuzz.tries", tries);
        Integer only = Integer.getInteger("hsim.fuzz.try");
        for (int i = only == null ? 0 : only; i < (only == null ? n : only + 1); i++) {
            T input = gen.next(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i));
            Throwable failure = runBounded(input, check);
            if (failure != null) {
                throw new AssertionError("fuzz case failed at base seed " + seed + ", try " + i
                        + " (replay: -Dhsim.fuzz.seed=" + seed + " -Dhsim.fuzz.try=" + i + ")\ninput: "
                        + truncate(String.valueOf(input)) + "\n" + failure, failure);
            }
        }
    }

    private static <T> Throwable runBounded(T input, Check<T> check) {
        FutureTask<Void> task = new FutureTask<>(() -> { check.accept(input); return null; });
        Thread t = new Thread(task, "fuzz-case");
        t.setDaemon(true); // a hung case must not keep the test JVM alive
        t.start();
        try {
            task.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            task.cancel(true);
            return new AssertionError("no answer within " + LIMIT_SECONDS + " s (hang?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    static String truncate(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "... (" + s.length() + " chars in all)";
    }

    // --- generators: plain methods; the edge cases (bounds, 0, extremes) come up about one time in eight

    @SafeVarargs public static <T> T oneOf(SplittableRandom r, T... values) { return values[r.nextInt(values.length)]; }

    public static <T> T oneOf(SplittableRandom r, List<T> values) { return values.get(r.nextInt(values.size())); }

    /** A generator with its weight, for {@link #weighted}. */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {}

    public static <T> Weighted<T> w(int weight, Gen<? extends T> gen) { return new Weighted<>(weight, gen); }

    /** Draws from one of the generators, picked in proportion to its weight. */
    @SafeVarargs
    public static <T> T weighted(SplittableRandom r, Weighted<? extends T>... choices) {
        int total = 0;
        for (Weighted<? extends T> c : choices) total += c.weight();
        int pick = r.nextInt(total);
        for (Weighted<? extends T> c : choices) {
            pick -= c.weight();
            if (pick < 0) return c.gen().next(r);
        }
        throw new IllegalStateException("unreachable");
    }

    public static <T> List<T> list(SplittableRandom r, int min, int max, Gen<T> gen) {
        int size = min + r.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) out.add(gen.next(r));
        return out;
    }

    private static boolean edge(SplittableRandom r) { return r.nextInt(8) == 0; }

    public static int intBetween(SplittableRandom r, int lo, int hi) {
        return edge(r) ? (r.nextBoolean() ? lo : hi) : (int) r.nextLong(lo, (long) hi + 1);
    }

    public static long longBetween(SplittableRandom r, long lo, long hi) {
        if (edge(r)) return r.nextBoolean() ? lo : hi;
        return hi == Long.MAX_VALUE ? (lo == Long.MIN_VALUE ? r.nextLong() : r.nextLong(lo - 1, hi) + 1) : r.nextLong(lo, hi + 1);
    }

    public static long anyLong(SplittableRandom r) {
        return edge(r) ? oneOf(r, 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE) : r.nextBoolean() ? r.nextLong() : r.nextLong(-1000, 1000);
    }

    public static double doubleBetween(SplittableRandom r, double lo, double hi) {
        if (edge(r)) return r.nextBoolean() ? lo : hi;
        return lo == hi ? lo : Math.min(hi, lo + r.nextDouble() * (hi - lo));
    }

    /** Any finite double: extremes, tiny and huge magnitudes, ordinary values. */
    public static double anyDouble(SplittableRandom r) {
        if (edge(r)) return oneOf(r, 0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
        double d = r.nextBoolean() ? r.nextDouble(-1e6, 1e6) : Math.scalb(r.nextDouble(1, 2), r.nextInt(-1074, 1024));
        return Double.isFinite(d) ? (r.nextBoolean() ? d : -d) : Double.MAX_VALUE;
    }

    public static BigInteger bigIntegerBetween(SplittableRandom r, BigInteger lo, BigInteger hi) {
        if (edge(r)) return r.nextBoolean() ? lo : hi;
        BigInteger span = hi.subtract(lo).add(BigInteger.ONE);
        BigInteger v;
        do { v = new BigInteger(span.bitLength(), new java.util.Random(r.nextLong())); } while (v.compareTo(span) >= 0);
        return lo.add(v);
    }
}
