package hsim.bench;

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

import java.util.concurrent.TimeUnit;

/**
 * One op = one civilian day of the real model: hsim's {@code CivilianDay} over every agent through the
 * parallel core, then the serial resolution of its intents (the model's processes {@value #RULE} and
 * {@value #RESOLVE}, run by the model's schedule), on a rapid-force world warmed for {@value #WARM_DAYS} days
 * and then held (the other processes are skipped, so both sides see the same frozen world); and the same day in plain MASON
 * ({@link MasonMetro}). Agents: people_per_agent is set so the bundled map holds about n.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealCivilianDay {
    static final long SEED = 1;
    static final int WARM_DAYS = 5;
    static final String RULE = "civilians", RESOLVE = "civilian_intents";

    static TimedModel warmed(int n, int threads) {
        TimedModel m = new TimedModel(TimedModel.scenario("rapid-force",
                "run.people_per_agent=" + TimedModel.peoplePerAgent(n)), SEED, threads);
        m.start();
        m.days(WARM_DAYS);
        return m;
    }

    /** hsim: the model's own civilian processes. */
    @State(Scope.Benchmark)
    public static class Hsim {
        @Param({"10000", "100000", "2800000"}) public int n;
        @Param({"1", "0"}) public int threads;
        TimedModel model;
        int agents;

        @Setup(Level.Trial)
        public void setUp() {
            model = warmed(n, CivilianHour.threads(threads));
            if (!model.processes.keySet().containsAll(java.util.Set.of(RULE, RESOLVE))) {
                throw new IllegalStateException("the model registers no " + RULE + "/" + RESOLVE + ": " + model.processes.keySet());
            }
            model.only = java.util.Set.of(RULE, RESOLVE);
            agents = model.civilians().size();
        }

        @TearDown(Level.Trial)
        public void tearDown() { model.finish(); }
    }

    /** Plain MASON, serial (RandomSequence) or parallel (ParallelSequence, per-agent MersenneTwisterFast). */
    @State(Scope.Benchmark)
    public static class Mason {
        @Param({"10000", "100000", "2800000"}) public int n;
        @Param({"1", "0"}) public int threads;
        MasonMetro world;

        @Setup(Level.Trial)
        public void setUp() {
            TimedModel m = warmed(n, 1);
            world = new MasonMetro(SEED, new WorldSnapshot(m), CivilianHour.threads(threads));
            m.finish();
            world.start();
        }

        @TearDown(Level.Trial)
        public void tearDown() { world.finish(); }
    }

    @Benchmark
    public int hsim(Hsim s, CivilianHour.Cpu cpu) {
        long c0 = CivilianHour.Cpu.now();
        s.model.days(1); // 24 hours, of which only the two civilian processes run: each day draws afresh
        cpu.cpuNs += CivilianHour.Cpu.now() - c0;
        cpu.agentSteps += s.agents;
        return s.model.civilians().cell(0);
    }

    @Benchmark
    public boolean mason(Mason s, CivilianHour.Cpu cpu) {
        long c0 = CivilianHour.Cpu.now();
        boolean more = s.world.schedule.step(s.world);
        cpu.cpuNs += CivilianHour.Cpu.now() - c0;
        cpu.agentSteps += s.world.civilians.length;
        return more;
    }
}
