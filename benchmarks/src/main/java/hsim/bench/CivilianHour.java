package hsim.bench;

import hsim.model.core.ParallelCore;
import hsim.model.core.demo.DemoWorld;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * One op = one simulated hour of the whole civilian population: index/aggregates, every civilian's
 * rule, moves. {@link BenchMain} turns the time per op into agent-steps per second (n / time) and
 * prints the ratios; run it rather than JMH's Main to get the table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CivilianHour {
    static final long SEED = 20260101L;
    /** Agents per grid cell, kept constant so every size has the same neighbourhood density. */
    static final int DENSITY = 64;

    static int side(int n) { return Math.max(4, (int) Math.ceil(Math.sqrt(n / (double) DENSITY))); }

    /** "0" means all available processors. */
    static int threads(int param) { return param > 0 ? param : Runtime.getRuntime().availableProcessors(); }

    /** hsim: structure-of-arrays civilians stepped by the ParallelCore, DemoWorld.stepHour. */
    @State(Scope.Benchmark)
    public static class Hsim {
        @Param({"10000", "100000", "1000000", "3000000"}) public int n;
        @Param({"1", "0"}) public int threads;
        DemoWorld world;
        ParallelCore core;
        long hour;

        @Setup(Level.Trial)
        public void setUp() {
            int side = side(n);
            world = new DemoWorld(SEED, side, side, n);
            core = new ParallelCore(SEED, threads(threads), ParallelCore.DEFAULT_CHUNK_SIZE);
        }

        @TearDown(Level.Trial)
        public void tearDown() { core.close(); }
    }

    /** Plain MASON, serial: one Steppable per agent, SparseGrid2D, RandomSequence. */
    @State(Scope.Benchmark)
    public static class MasonSerial {
        @Param({"10000", "100000", "1000000", "3000000"}) public int n;
        MasonCity city;

        @Setup(Level.Trial)
        public void setUp() {
            int side = side(n);
            city = new MasonCity(SEED, n, side, side, 1);
            city.start();
        }

        @TearDown(Level.Trial)
        public void tearDown() { city.finish(); }
    }

    /** Plain MASON, parallel: ParallelSequence over all processors, per-agent MersenneTwisterFast. */
    @State(Scope.Benchmark)
    public static class MasonParallel {
        @Param({"10000", "100000", "1000000"}) public int n;
        MasonCity city;

        @Setup(Level.Trial)
        public void setUp() {
            int side = side(n);
            city = new MasonCity(SEED, n, side, side, threads(0));
            city.start();
        }

        @TearDown(Level.Trial)
        public void tearDown() { city.finish(); }
    }

    /**
     * CPU time of the whole JVM (all threads, GC included) spent in the measured hours. The machine is
     * shared and oversubscribed, so wall time per hour overstates the cost; agent-steps per CPU-second
     * is the per-core figure. Reported as JMH secondary results (summed per iteration).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        public long cpuNs;
        public long agentSteps;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNs = 0;
            agentSteps = 0;
        }

        static long now() { return OS.getProcessCpuTime(); }
    }

    @Benchmark
    public int hsim(Hsim s, Cpu cpu) {
        long c0 = Cpu.now();
        s.core.beginStep(s.hour++);
        s.world.stepHour(s.core);
        cpu.cpuNs += Cpu.now() - c0;
        cpu.agentSteps += s.n;
        return s.world.civilians().cell(0);
    }

    @Benchmark
    public boolean masonSerial(MasonSerial s, Cpu cpu) {
        long c0 = Cpu.now();
        boolean more = s.city.schedule.step(s.city);
        cpu.cpuNs += Cpu.now() - c0;
        cpu.agentSteps += s.n;
        return more;
    }

    @Benchmark
    public boolean masonParallel(MasonParallel s, Cpu cpu) {
        long c0 = Cpu.now();
        boolean more = s.city.schedule.step(s.city);
        cpu.cpuNs += Cpu.now() - c0;
        cpu.agentSteps += s.n;
        return more;
    }
}
