package hsim.bench;

import ec.util.MersenneTwisterFast;
import hsim.model.core.ParallelCore;
import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import hsim.model.core.demo.DemoWorld;
import hsim.model.people.Civilians;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap used by a 1:1 Port-au-Prince population (about 2.8 million civilians; the communes total
 * ~2.76 M, IHSI 2015), measured as used heap after several full GCs (median of 3) before and after
 * building it. Usage: {@code java -Xmx2g -cp benchmarks.jar hsim.bench.Footprint hsim [agents]} and
 * {@code java -Xmx4g ... Footprint mason [agents]}; run each in its own JVM.
 */
public final class Footprint {
    static final int PORT_AU_PRINCE = 2_800_000;
    private static Object keep; // keeps the measured structure reachable across the GCs

    private Footprint() {}

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "hsim";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : PORT_AU_PRINCE;
        System.out.printf(Locale.ROOT, "max heap %d MB, %d agents%n", Runtime.getRuntime().maxMemory() >> 20, n);
        if (what.equals("hsim")) hsim(n);
        else mason(n);
    }

    private static void hsim(int n) {
        long base = usedAfterGc();
        Civilians c = new Civilians(n, 1); // exact capacity, as a scenario of known size allocates it
        RngStream r = new RngStream(CivilianHour.SEED);
        int side = CivilianHour.side(n);
        for (int i = 0; i < n; i++) {
            r.reset(i, -1, Rng.purpose("bench.footprint"));
            c.add(r.nextInt(side * side), (float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble());
        }
        keep = c;
        long civ = usedAfterGc() - base;
        System.out.printf(Locale.ROOT, "hsim Civilians: %.1f MB, %.1f bytes per civilian (declared %d)%n", civ / 1e6, civ / (double) n, Civilians.BYTES_PER_AGENT);
        keep = null;

        // The whole running world: civilians, spatial index, cell aggregates, intent lanes after a few hours.
        base = usedAfterGc();
        DemoWorld world = new DemoWorld(CivilianHour.SEED, side, side, n);
        try (ParallelCore core = new ParallelCore(CivilianHour.SEED, Runtime.getRuntime().availableProcessors(), ParallelCore.DEFAULT_CHUNK_SIZE)) {
            for (int hour = 0; hour < 3; hour++) {
                core.beginStep(hour);
                world.stepHour(core);
            }
        }
        keep = world;
        long all = usedAfterGc() - base;
        System.out.printf(Locale.ROOT, "hsim DemoWorld after 3 hours (%dx%d cells): %.1f MB, %.1f bytes per civilian; ran in a %d MB heap%n",
                side, side, all / 1e6, all / (double) n, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void mason(int n) {
        long base = usedAfterGc();
        int side = CivilianHour.side(n);
        MasonCity city = new MasonCity(CivilianHour.SEED, n, side, side, 1);
        city.start();
        city.schedule.step(city); // one hour, so the grid's location bags have seen moves; each hour takes ~25 s here
        keep = city;
        long serial = usedAfterGc() - base;
        System.out.printf(Locale.ROOT, "plain MASON (agent objects + SparseGrid2D + RandomSequence) after 1 hour: %.1f MB, %.1f bytes per civilian%n",
                serial / 1e6, serial / (double) n);

        // ParallelSequence also needs one MersenneTwisterFast per agent; measured on 100,000 and scaled.
        int m = 100_000;
        base = usedAfterGc();
        List<MersenneTwisterFast> rngs = new ArrayList<>(m);
        for (int i = 0; i < m; i++) rngs.add(new MersenneTwisterFast(i));
        long rng = usedAfterGc() - base;
        System.out.printf(Locale.ROOT, "per-agent MersenneTwisterFast: %.1f bytes each; plain MASON parallel at %d agents: ~%.1f MB, %.1f bytes per civilian%n",
                rng / (double) m, n, (serial + rng / (double) m * n) / 1e6, serial / (double) n + rng / (double) m);
        if (rngs.size() != m || keep == null) throw new AssertionError();
    }

    /** Used heap after full GCs: the median of three readings (a full GC of the MASON city takes seconds). */
    static long usedAfterGc() {
        long[] v = new long[3];
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < v.length; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            v[i] = rt.totalMemory() - rt.freeMemory();
        }
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }
}
