package hsim.model.core;

/**
 * The context a rule sees: which chunk of the population it is in ({@code [from, to)}, chunk
 * {@code index}), the current step, and a random stream. Each worker thread owns one Chunk object and
 * re-points it at every chunk it claims, so rules must not keep it beyond the call.
 */
public final class Chunk {
    private final RngStream rng;
    private int index;
    private int from;
    private int to;
    private long step;

    Chunk(long seed) { this.rng = new RngStream(seed); }

    void point(int index, int from, int to, long step) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.step = step;
    }

    /** Position of this chunk among the phase's chunks; intents and partial results are merged in this order. */
    public int index() { return index; }

    public int from() { return from; }

    public int to() { return to; }

    /** The current step: the simulated hour since the start of the run. */
    public long step() { return step; }

    /** This worker's stream, reset to (agent {@code id}, current step, {@code purpose}). Valid until the next call. */
    public RngStream rng(long id, long purpose) { return rng.reset(id, step, purpose); }
}
