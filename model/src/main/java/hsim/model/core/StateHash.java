package hsim.model.core;

import java.util.Locale;

/**
 * A 64-bit running hash of model state (agent fields, metrics) for determinism checks and regression
 * tests: equal states give equal hashes on any platform; doubles are hashed by their exact bits.
 */
public final class StateHash {
    private long h = 0x243F6A8885A308D3L;
    private long count;

    public StateHash add(long v) {
        h = Rng.mix(h ^ Rng.mix(v + (++count) * Rng.GOLDEN));
        return this;
    }

    public StateHash add(int v) { return add((long) v); }

    public StateHash add(double v) { return add(Double.doubleToRawLongBits(v)); }

    public StateHash add(float v) { return add((long) Float.floatToRawIntBits(v)); }

    public StateHash add(int[] a, int n) { for (int i = 0; i < n; i++) add(a[i]); return this; }

    public StateHash add(float[] a, int n) { for (int i = 0; i < n; i++) add(a[i]); return this; }

    public StateHash add(double[] a, int n) { for (int i = 0; i < n; i++) add(a[i]); return this; }

    public StateHash add(byte[] a, int n) { for (int i = 0; i < n; i++) add(a[i]); return this; }

    public StateHash add(short[] a, int n) { for (int i = 0; i < n; i++) add(a[i]); return this; }

    public long value() { return h; }

    @Override
    public String toString() { return String.format(Locale.ROOT, "%016x", h); }
}
