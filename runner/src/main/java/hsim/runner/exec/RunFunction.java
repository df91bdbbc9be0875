package hsim.runner.exec;

import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;

/** What executes one run; the commands pass {@code hsim.model.run.Simulation::run}. */
@FunctionalInterface
public interface RunFunction {
    RunResult run(RunSpec spec) throws Exception;
}
