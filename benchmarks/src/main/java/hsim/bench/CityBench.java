package hsim.bench;

import hsim.model.city.City;
import hsim.model.city.CityLoader;
import hsim.model.city.CostOverlay;
import hsim.model.city.Facility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Costs of the city layer on the built-in Port-au-Prince map (430 x 340 cells): loading it, one
 * travel-time field (what the router caches per facility), one A* query with an overlay, and placing
 * 100,000 civilians. Run: {@code java -jar benchmarks/target/benchmarks.jar CityBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CityBench {
    City city;
    Facility port;
    Facility airport;
    double[] checkpoints;

    @Setup
    public void setup() {
        city = CityLoader.loadBuiltIn();
        port = city.facility("apn_port");
        airport = city.facility("airport");
        checkpoints = new double[city.cells()];
        // a band of 30-minute checkpoints across the airport road, as a convoy would meet them
        for (int y = 0; y < city.height(); y++) checkpoints[city.cell(city.xOf(-72.31), y)] = 30;
    }

    @Benchmark
    public City loadBuiltInCity() { return CityLoader.loadBuiltIn(); }

    @Benchmark
    public float[] travelTimeField() { return city.router().field(port.cell(), CostOverlay.NONE); }

    @Benchmark
    public double portToAirportAStarWithCheckpoints() {
        return city.router().path(port.cell(), airport.cell(), CostOverlay.penalties(checkpoints)).minutes();
    }

    @Benchmark
    public int[] place100kCivilians() { return city.homeCells(100_000, 1); }
}
