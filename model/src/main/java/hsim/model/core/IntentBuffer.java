package hsim.model.core;

import java.util.Arrays;

/**
 * Intents to change shared things (move into a cell, withdraw from a stock, attack a unit), written
 * by agents during a parallel phase and resolved afterwards in one fixed order.
 *
 * <p>Each chunk appends to its own lane (plain primitive arrays, no locks). After the phase the lanes
 * are read in chunk order. Chunks are contiguous id ranges and every chunk steps its agents in id
 * order, so the merged order is "by actor id, then by the order each actor added them", whatever the
 * thread count or chunk size. An intent is (actor, kind, target, amount); the meaning of kind,
 * target and amount belongs to the mechanism that resolves them.
 *
 * <p>Pass the buffer to {@link ParallelCore#forEach(int, AgentRule, IntentBuffer...)}, which empties
 * it and sizes it for the phase; read it only after that call returns. Not serialised: it holds
 * nothing between phases.
 */
public final class IntentBuffer {
    private Lane[] lanes = new Lane[0];
    private int laneCount;

    // merged view, built lazily after the phase
    private boolean merged = true;
    private int size;
    private int[] actor = new int[0];
    private int[] kind = new int[0];
    private int[] target = new int[0];
    private double[] amount = new double[0];

    private static final class Lane {
        // arrays are allocated on the first intent: with chunk size 1 most lanes stay empty
        private static final int[] NO_INTS = new int[0];
        int n;
        int[] actor = NO_INTS;
        int[] kind = NO_INTS;
        int[] target = NO_INTS;
        double[] amount = new double[0];

        void add(int a, int k, int t, double x) {
            if (n == actor.length) {
                int cap = Math.max(4, n * 2);
                actor = Arrays.copyOf(actor, cap);
                kind = Arrays.copyOf(kind, cap);
                target = Arrays.copyOf(target, cap);
                amount = Arrays.copyOf(amount, cap);
            }
            actor[n] = a;
            kind[n] = k;
            target[n] = t;
            amount[n] = x;
            n++;
        }
    }

    /** Empties the buffer and prepares one lane per chunk. Called by the core before a phase. */
    void open(int chunks) {
        if (lanes.length < chunks) {
            Lane[] bigger = Arrays.copyOf(lanes, Math.max(chunks, lanes.length * 2));
            lanes = bigger;
        }
        for (int i = 0; i < chunks; i++) {
            if (lanes[i] == null) lanes[i] = new Lane();
            else lanes[i].n = 0;
        }
        laneCount = chunks;
        merged = false;
        size = 0;
    }

    /** Empties the buffer (for serial use with {@link #add(int, int, int, double)}). */
    public void clear() {
        open(1);
    }

    /** Adds an intent from inside a parallel rule, to the lane of the rule's chunk. */
    public void add(Chunk chunk, int actor, int kind, int target, double amount) {
        int i = chunk.index();
        if (i >= laneCount) throw new IllegalStateException("intent buffer was not passed to this phase");
        lanes[i].add(actor, kind, target, amount);
    }

    /** Adds an intent from serial code (goes to the last lane, after every chunk's intents). */
    public void add(int actor, int kind, int target, double amount) {
        if (laneCount == 0) open(1);
        lanes[laneCount - 1].add(actor, kind, target, amount);
        merged = false;
    }

    private void merge() {
        if (merged) return;
        int total = 0;
        for (int i = 0; i < laneCount; i++) total += lanes[i].n;
        if (actor.length < total) {
            int cap = Math.max(total, actor.length * 2);
            actor = new int[cap];
            kind = new int[cap];
            target = new int[cap];
            amount = new double[cap];
        }
        int at = 0;
        for (int i = 0; i < laneCount; i++) {
            Lane l = lanes[i];
            System.arraycopy(l.actor, 0, actor, at, l.n);
            System.arraycopy(l.kind, 0, kind, at, l.n);
            System.arraycopy(l.target, 0, target, at, l.n);
            System.arraycopy(l.amount, 0, amount, at, l.n);
            at += l.n;
        }
        size = total;
        merged = true;
    }

    /** Number of intents, in merged order 0..size-1. */
    public int size() { merge(); return size; }

    public int actor(int i) { merge(); check(i); return actor[i]; }

    public int kind(int i) { merge(); check(i); return kind[i]; }

    public int target(int i) { merge(); check(i); return target[i]; }

    public double amount(int i) { merge(); check(i); return amount[i]; }

    private void check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("intent " + i + " of " + size);
    }

    /** Visits every intent in merged order. */
    public void forEach(IntentVisitor v) {
        merge();
        for (int i = 0; i < size; i++) v.visit(actor[i], kind[i], target[i], amount[i]);
    }

    /**
     * Groups intents by target with a stable counting sort: for target t in [0, targetBound), the
     * intents are {@code order[start[t]] .. order[start[t+1]-1]} (indices into the merged order),
     * in merged order. Use it to resolve contention, e.g. moves into a cell with limited room.
     */
    public Grouping groupByTarget(int targetBound) {
        merge();
        int[] start = new int[targetBound + 1];
        for (int i = 0; i < size; i++) {
            int t = target[i];
            if (t < 0 || t >= targetBound) {
                throw new IllegalArgumentException("intent target " + t + " outside [0, " + targetBound + ")");
            }
            start[t + 1]++;
        }
        for (int t = 0; t < targetBound; t++) start[t + 1] += start[t];
        int[] fill = Arrays.copyOf(start, targetBound);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) order[fill[target[i]]++] = i;
        return new Grouping(start, order);
    }

    /** Intents grouped by target; see {@link #groupByTarget(int)}. */
    public record Grouping(int[] start, int[] order) {
        public int count(int t) { return start[t + 1] - start[t]; }
    }

    @FunctionalInterface
    public interface IntentVisitor {
        void visit(int actor, int kind, int target, double amount);
    }
}
