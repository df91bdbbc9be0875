package hsim.bench;

import hsim.model.city.City;
import hsim.model.city.CityLoader;
import hsim.model.city.CostOverlay;
import hsim.model.city.Facility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up and the cost of a simulated day by process, on the real model (rapid-force at its default
 * scale unless people_per_agent is given): every process the model registers is timed by {@link TimedModel}.
 * Usage: {@code ProcessCost [days] [threads] [people_per_agent]} (defaults 120, all processors, the scenario's).
 * Wall-clock timing inside one JVM on a shared machine: read it as shares and orders of magnitude.
 */
public final class ProcessCost {
    private ProcessCost() {}

    private static final int WARM_DAYS = 10;

    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        String ppa = args.length > 2 ? args[2] : null;
        startUp();
        perProcess(days, threads, ppa);
    }

    static void startUp() {
        List<Double> load = new ArrayList<>();
        City city = null;
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            city = CityLoader.loadBuiltIn();
            load.add((System.nanoTime() - t0) / 1e6);
        }
        List<Double> field = new ArrayList<>();
        for (Facility f : city.facilities()) {
            long t0 = System.nanoTime();
            city.router().field(f.cell(), CostOverlay.NONE);
            field.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%n== Start-up (bundled Port-au-Prince map, %d x %d cells) ==%n", city.width(), city.height());
        System.out.printf(Locale.ROOT, "city load (CityLoader.loadBuiltIn), median of 3: %.0f ms (first %.0f ms)%n", BenchMain.median(load), load.get(0));
        System.out.printf(Locale.ROOT, "one free-flow travel-time field (Dijkstra), median of the last %d of %d facilities (JIT warm): %.1f ms%n",
                field.size() - field.size() / 2, field.size(), BenchMain.median(field.subList(field.size() / 2, field.size())));
        // a model start computes the fields of every distribution point and hospital; later starts in the JVM share them
        for (int k = 1; k <= 3; k++) {
            TimedModel m = new TimedModel(TimedModel.scenario("rapid-force"), k, Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            m.start();
            double ms = (System.nanoTime() - t0) / 1e6;
            m.finish();
            System.out.printf(Locale.ROOT, "model start %d (rapid-force, default scale)%s: %.0f ms%n", k,
                    k == 1 ? ", computes the travel-time fields" : ", fields shared in the JVM", ms);
        }
    }

    static void perProcess(int days, int threads, String ppa) {
        TimedModel m = ppa == null ? new TimedModel(TimedModel.scenario("rapid-force"), 1, threads)
                : new TimedModel(TimedModel.scenario("rapid-force", "run.people_per_agent=" + ppa), 1, threads);
        m.start();
        m.days(WARM_DAYS);
        m.resetTimes();
        long t0 = System.nanoTime();
        m.days(days);
        double wallMs = (System.nanoTime() - t0) / 1e6;
        m.finish();
        long sum = 0;
        for (long[] t : m.nanos.values()) sum += t[0];
        System.out.printf(Locale.ROOT, "%n== Cost of a simulated day by process (rapid-force, %d civilian agents, %s people/agent, %d threads, days %d-%d) ==%n",
                m.civilians().size(), ppa == null ? "default" : ppa, threads, WARM_DAYS + 1, WARM_DAYS + days);
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %7s%n", "process", "ms/day", "calls/day", "share");
        for (Map.Entry<String, long[]> e : m.nanos.entrySet()) {
            long[] t = e.getValue();
            System.out.printf(Locale.ROOT, "%-28s %10.3f %10.1f %6.1f%%%n", e.getKey(), t[0] / 1e6 / days, t[1] / (double) days,
                    100.0 * t[0] / Math.max(1, sum));
        }
        System.out.printf(Locale.ROOT, "%-28s %10.3f%n%-28s %10.3f%n", "all processes", sum / 1e6 / days,
                "whole day (wall)", wallMs / days);
    }
}
