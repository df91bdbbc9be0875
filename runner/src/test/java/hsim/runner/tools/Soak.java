package hsim.runner.tools;

import hsim.model.engine.DayListener;
import hsim.model.run.ModelCatalog;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.runner.design.PlannedRun;
import hsim.runner.exec.RunOutcome;
import hsim.runner.exec.RunPool;
import hsim.runner.store.ResultsStore;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measurements for docs/RELIABILITY.md, run by {@code scripts/soak} (not a user command, not a test):
 * <ul>
 *   <li>{@code runs N [BLOCK]}: N short runs in this one JVM through the runner's pool and results store,
 *       printing heap after GC, live threads, open file descriptors and runs/s per block;</li>
 *   <li>{@code years Y}: one run of Y*365 days, printing heap after GC at the end of every simulated year.</li>
 * </ul>
 */
public final class Soak {
    private Soak() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Soak runs N [BLOCK] [--set k=v ...] | Soak years Y [--set k=v ...]");
            System.exit(2);
        }
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals("--set")) sets.add(args[i + 1]);
        switch (args[0]) {
            case "runs" -> runs(Integer.parseInt(args[1]), args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 100, sets);
            case "years" -> years(Integer.parseInt(args[1]), sets);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Heap in use after a full collection, in MB: what the program really holds. */
    public static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    public static long openFiles() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        } catch (Exception e) {
            return -1;
        }
    }

    static Scenario scenario(List<String> sets, String... defaults) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> all = new ArrayList<>(List.of(defaults));
        all.addAll(sets);
        return l.override(l.load("rapid-force+special-force"), all);
    }

    static void runs(int n, int block, List<String> sets) throws Exception {
        Scenario s = scenario(sets, "run.people_per_agent=5000", "rapid_force.deployment_delay_days=1", "special_force.start_day=1");
        List<PlannedRun> plan = new ArrayList<>();
        for (int i = 0; i < n; i++) plan.add(new PlannedRun(i, String.format(Locale.ROOT, "soak-%05d", i), s.name(), 0, i + 1, i + 1L, 3, s, java.util.Map.of()));
        Path dir = Files.createTempDirectory("hsim-soak");
        System.out.printf(Locale.ROOT, "soak: %d runs of 3 days (%s, %s), results in %s%n", n, s.name(), String.join(" ", sets), dir);
        System.out.printf(Locale.ROOT, "%8s %14s %9s %11s %8s%n", "runs", "heap_after_gc", "threads", "open_files", "runs/s");
        System.out.printf(Locale.ROOT, "%8d %11.1f MB %9d %11d %8s%n", 0, heapAfterGcMb(), Thread.activeCount(), openFiles(), "-");
        AtomicInteger done = new AtomicInteger();
        long[] blockStart = {System.nanoTime()};
        try (ResultsStore folder = ResultsStore.open(dir, false)) {
            new RunPool(1, 1).stream(plan, Simulation::run, (RunOutcome o) -> {
                if (!o.ok()) throw new IllegalStateException("run " + o.run().runId() + " failed: " + o.error());
                folder.append(o);
                int d = done.incrementAndGet();
                if (d % block == 0) {
                    double rate = block / ((System.nanoTime() - blockStart[0]) / 1e9);
                    System.out.printf(Locale.ROOT, "%8d %11.1f MB %9d %11d %8.2f%n", d, heapAfterGcMb(), Thread.activeCount(), openFiles(), rate);
                    blockStart[0] = System.nanoTime();
                }
            });
        }
    }

    static void years(int years, List<String> sets) {
        Scenario s = scenario(sets);
        int days = years * 365;
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "long run: %s, %d days (%s)%n", s.name(), days, String.join(" ", sets));
        System.out.printf(Locale.ROOT, "%6s %14s %10s%n", "year", "heap_after_gc", "wall_s");
        System.out.printf(Locale.ROOT, "%6d %11.1f MB %10.0f%n", 0, heapAfterGcMb(), 0.0);
        DayListener perYear = (m, d) -> {
            if (d % 365 == 0) System.out.printf(Locale.ROOT, "%6d %11.1f MB %10.0f%n", d / 365, heapAfterGcMb(), (System.nanoTime() - t0) / 1e9);
        };
        Simulation.run(new RunSpec(s, 1, days, Runtime.getRuntime().availableProcessors()), perYear);
    }
}
