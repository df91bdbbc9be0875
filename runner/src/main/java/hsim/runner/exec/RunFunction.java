package hsim.runner.exec;

import hsim.model.RunResult;
import hsim.model.RunSpec;

/** What executes one run; the commands pass {@code hsim.model.Simulation::run}. */
@FunctionalInterface
public interface RunFunction {
    RunResult run(RunSpec spec) throws Exception;
}
