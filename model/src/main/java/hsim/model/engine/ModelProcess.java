package hsim.model.engine;

import java.io.Serializable;

/**
 * A mechanism the model runs on a schedule ({@link HaitiModel#addProcess}). {@code hour} is the
 * simulated hour since the run began (day = hour / 24 + 1). Serializable so a checkpoint can hold it:
 * a lambda or method reference typed as ModelProcess is serialised with the model, so keep state in
 * the model's fields, not in captured locals that cannot be serialised.
 */
@FunctionalInterface
public interface ModelProcess extends Serializable {
    void run(HaitiModel model, long hour);
}
