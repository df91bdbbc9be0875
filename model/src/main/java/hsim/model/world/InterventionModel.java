package hsim.model.world;

import hsim.model.engine.HaitiModel;
import hsim.model.engine.ProcessOrder;
import hsim.model.city.City;
import hsim.model.city.CityLoader;
import hsim.model.core.Rate;
import hsim.model.metrics.DailyMetrics;
import hsim.model.people.Civilians;
import hsim.model.scenario.Scenario;

/**
 * The full hsim model: a {@link HaitiModel} whose mechanisms are the intervention world ({@link Metro})
 * on Port-au-Prince (or a given city), rebuilt at every start so a GUI restart begins from October
 * 2022 again, plus the daily metrics recorded at the end of each day.
 */
public class InterventionModel extends HaitiModel {
    private static final long serialVersionUID = 1L;
    private static volatile City builtIn;

    private final transient City city;
    private Metro metro;
    private DailyMetrics metrics;

    public InterventionModel(Scenario scenario, long seed, int threads, int chunkSize, City city) {
        super(scenario, seed, threads, chunkSize);
        this.city = city;
    }

    public InterventionModel(Scenario scenario, long seed, int threads) {
        this(scenario, seed, threads, hsim.model.core.ParallelCore.DEFAULT_CHUNK_SIZE, null);
    }

    /** The bundled Port-au-Prince map, loaded once per JVM (it is immutable). */
    public static City portAuPrince() {
        City c = builtIn;
        if (c == null) {
            synchronized (InterventionModel.class) {
                c = builtIn;
                if (c == null) builtIn = c = CityLoader.loadBuiltIn();
            }
        }
        return c;
    }

    @Override
    protected void installMechanisms() {
        City c = city != null ? city : portAuPrince();
        Civilians civ = new Civilians(0, scenario().number("run.people_per_agent"));
        metro = new Metro(scenario(), c, civ, runSeed());
        metro.install(this);
        metrics = new DailyMetrics();
        addProcess("metrics.daily", Rate.daily().atHour(23), ProcessOrder.METRICS, (m, h) -> metrics.record(metro, (int) (h / 24) + 1));
    }

    public Metro metro() { return metro; }

    public DailyMetrics metrics() { return metrics; }
}
