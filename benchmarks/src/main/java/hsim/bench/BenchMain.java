package hsim.bench;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;

/**
 * Runs {@link CivilianHour} side by side (hsim and the plain-MASON baseline in one run, since the
 * machine is shared and timings drift) and prints medians, agent-steps per second and the ratios.
 * Usage: {@code java -cp benchmarks.jar hsim.bench.BenchMain [quick]}; quick = 10^4 only, one iteration.
 */
public final class BenchMain {
    private BenchMain() {}

    private static final int[] SIZES = {10_000, 100_000, 1_000_000, 3_000_000};

    /** Median ms per hour, keyed "method threads n". */
    private static final Map<String, Double> MEDIANS = new TreeMap<>();
    /** Median CPU ns (whole JVM) per agent-step, same keys. */
    private static final Map<String, Double> CPU = new TreeMap<>();

    public static void main(String[] args) throws RunnerException {
        boolean quick = args.length > 0 && args[0].equals("quick");
        int cpus = Runtime.getRuntime().availableProcessors();
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        if (quick) {
            run(base("hsim|masonSerial|masonParallel", 0, 1).param("n", "10000"));
        } else {
            // ParallelSequence needs one MersenneTwisterFast (~2.5 KB) per agent: 3x10^6 would need ~8 GB, so it stops at 10^6.
            run(base("hsim|masonSerial|masonParallel", 2, 5).param("n", "10000", "100000", "1000000"));
            run(base("hsim|masonSerial", 1, 3).param("n", "3000000"));
        }
        double minutes = (System.nanoTime() - t0) / 6e10;

        System.out.printf(Locale.ROOT, "%n== Civilian hour: hsim core + DemoCivilianRule vs plain MASON 18 (medians of JMH iterations) ==%n");
        System.out.printf(Locale.ROOT, "machine: %d available processors; load average before %s, after %s; JMH run %.1f min%n",
                cpus, loadBefore, loadAverage(), minutes);
        System.out.printf(Locale.ROOT, "%-14s %7s %9s %12s %16s %12s %18s%n", "variant", "threads", "agents", "ms/hour",
                "M agent-steps/s", "CPU ns/step", "M steps/CPU-second");
        for (int n : SIZES) {
            for (String v : new String[] {"hsim 1", "hsim " + cpus, "masonSerial 1", "masonParallel " + cpus}) {
                Double ms = MEDIANS.get(v + " " + n), cpu = CPU.get(v + " " + n);
                if (ms == null) continue;
                System.out.printf(Locale.ROOT, "%-14s %7s %9d %12.2f %16.2f %12.0f %18.2f%n", v.split(" ")[0], v.split(" ")[1], n, ms,
                        rate(n, ms), cpu, 1e3 / cpu);
            }
        }
        System.out.printf(Locale.ROOT, "%n%9s %12s %15s %15s %15s %16s %14s%n", "agents", "hsim/1 wall", "hsim1/masonSer",
                "same, CPU time", "hsim" + cpus + "/masonPar", "hsim" + cpus + "/masonSer", "efficiency@" + cpus);
        for (int n : SIZES) {
            Double h1 = MEDIANS.get(key("hsim", 1, n)), hN = MEDIANS.get(key("hsim", cpus, n));
            Double ms = MEDIANS.get(key("masonSerial", 1, n)), mp = MEDIANS.get(key("masonParallel", cpus, n));
            if (h1 == null) continue;
            System.out.printf(Locale.ROOT, "%9d %11.1fM %15s %15s %15s %16s %14s%n", n, rate(n, h1), ratio(ms, h1),
                    ratio(CPU.get(key("masonSerial", 1, n)), CPU.get(key("hsim", 1, n))), ratio(mp, hN), ratio(ms, hN),
                    hN == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * h1 / hN / cpus));
        }
        System.out.println("targets: >= 50 M agent-steps/s per core at 10^6; >= 5x plain MASON; parallel efficiency >= 80% at 16 threads");
    }

    private static ChainedOptionsBuilder base(String methods, int warmups, int iterations) {
        return new OptionsBuilder()
                .include(CivilianHour.class.getName() + ".(" + methods + ")$")
                .forks(1)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xms1g", "-Xmx6g");
    }

    private static void run(ChainedOptionsBuilder options) throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            int n = Integer.parseInt(r.getParams().getParam("n"));
            String t = r.getParams().getParam("threads");
            int threads = method.equals("masonSerial") ? 1
                    : CivilianHour.threads(t == null ? 0 : Integer.parseInt(t));
            List<Double> scores = new ArrayList<>(), cpu = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    scores.add(i.getPrimaryResult().getScore());
                    var ns = i.getSecondaryResults().get("cpuNs");
                    var steps = i.getSecondaryResults().get("agentSteps");
                    if (ns != null && steps != null && steps.getScore() > 0) cpu.add(ns.getScore() / steps.getScore());
                }
            }
            MEDIANS.put(key(method, threads, n), median(scores));
            CPU.put(key(method, threads, n), median(cpu));
        }
    }

    private static String key(String method, int threads, int n) { return method + " " + threads + " " + n; }

    private static double rate(int n, double msPerHour) { return n / msPerHour / 1e3; }

    private static String ratio(Double baselineMs, Double oursMs) {
        return baselineMs == null || oursMs == null ? "-" : String.format(Locale.ROOT, "%.1fx", baselineMs / oursMs);
    }

    static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) return Double.NaN;
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
