package hsim.runner.exec;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Memory evidence for long sweeps and merges (scripts/soak, SweepMemoryIT): when the environment variable
 * {@code HSIM_HEAP_SAMPLE_EVERY} is a positive N, every N-th run logged forces a full collection and prints
 * {@code hsim heap: <what> runs=<n> heap_after_gc_mb=<MB>} to stderr. The collection costs a few tens of
 * milliseconds, so it is off unless asked for; with {@code -Xlog:gc} the same collections show in the GC
 * log as {@code Pause Full (System.gc())}.
 */
public final class HeapSampler {
    public static final String ENV = "HSIM_HEAP_SAMPLE_EVERY";
    private static final HeapSampler OFF = new HeapSampler("", 0, null);

    private final String what;
    private final int every;
    private final PrintStream out;
    private long count;

    private HeapSampler(String what, int every, PrintStream out) {
        this.what = what;
        this.every = every;
        this.out = out;
    }

    /** A sampler for {@code what} (sweep, merge) as the environment asks; one that does nothing by default. */
    public static HeapSampler fromEnv(String what) {
        String v = System.getenv(ENV);
        if (v == null || v.isBlank()) return OFF;
        try {
            int n = Integer.parseInt(v.trim());
            return n > 0 ? new HeapSampler(what, n, System.err) : OFF;
        } catch (NumberFormatException e) {
            return OFF;
        }
    }

    /** Counts one run logged; every N-th, samples the heap after a full collection. */
    public synchronized void tick() {
        if (every <= 0 || ++count % every != 0) return;
        System.gc();
        double mb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        out.printf(Locale.ROOT, "hsim heap: %s runs=%d heap_after_gc_mb=%.1f%n", what, count, mb);
        out.flush();
    }
}
