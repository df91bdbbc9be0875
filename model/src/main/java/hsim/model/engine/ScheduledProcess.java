package hsim.model.engine;

import hsim.model.core.Rate;
import sim.engine.SimState;
import sim.engine.Steppable;

/** A registered process as MASON sees it: a Steppable that runs the process at the current hour. */
final class ScheduledProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    final String name;
    final Rate rate;
    final int order;
    final int masonOrdering;
    final ModelProcess process;
    final boolean fromStart;

    ScheduledProcess(String name, Rate rate, int order, int masonOrdering, ModelProcess process, boolean fromStart) {
        this.name = name;
        this.rate = rate;
        this.order = order;
        this.masonOrdering = masonOrdering;
        this.process = process;
        this.fromStart = fromStart;
    }

    @Override
    public void step(SimState state) {
        HaitiModel model = (HaitiModel) state;
        process.run(model, model.hour());
    }

    @Override
    public String toString() { return name + " (" + rate + ", order " + order + ")"; }
}
