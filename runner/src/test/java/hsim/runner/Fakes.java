package hsim.runner;

import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.runner.exec.RunFunction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stand-in model for testing the runner machinery: outputs are a fixed function of parameters and seed. */
public final class Fakes {
    private Fakes() {}

    /** y = people_per_agent / 100 + noise(seed); fails for people_per_agent above {@code failAbove}. */
    public static RunFunction model(double failAbove) {
        return (RunSpec spec) -> {
            double ppa = spec.scenario().number("run.people_per_agent");
            if (ppa > failAbove) throw new IllegalStateException("planted failure at " + ppa);
            double noise = (spec.seed() >>> 11) * 0x1.0p-53;
            List<double[]> rows = new ArrayList<>();
            for (int d = 1; d <= spec.days(); d++) rows.add(new double[] {d, ppa * d + noise, d % 2 == 0 ? Double.NaN : 0.1 * d});
            Map<String, Double> summary = new LinkedHashMap<>();
            summary.put("y", ppa / 100 + noise);
            summary.put("z", noise);
            return new RunResult(List.of("day", "x", "w"), rows, summary);
        };
    }
}
