package hsim.runner.exec;

import hsim.model.InputException;

import java.util.ArrayList;
import java.util.List;

/** {@code --shard K/N}: this process takes runs whose index i has i % N == K - 1 (K is 1-based). */
public record Shard(int k, int n) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("shard " + k + "/" + n);
    }

    /** Parses "K/N"; bad text is an {@link InputException} naming the option and the allowed range. */
    public static Shard parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                int k = Integer.parseInt(t.substring(0, slash).strip());
                int n = Integer.parseInt(t.substring(slash + 1).strip());
                if (n >= 1 && n <= 1_000_000 && k >= 1 && k <= n) return new Shard(k, n);
                throw new InputException("command line", 0, "--shard", "'" + t + "' is out of range; expected K/N with 1 <= K <= N <= 1000000");
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InputException("command line", 0, "--shard", "'" + t + "' is not K/N; expected e.g. 3/8 (1 <= K <= N)");
    }

    public boolean owns(int index) { return index % n == k - 1; }

    /** The runs of {@code all} that this shard owns, by each run's index in the full list. */
    public <T> List<T> select(List<T> all, java.util.function.ToIntFunction<T> index) {
        List<T> mine = new ArrayList<>();
        for (T t : all) if (owns(index.applyAsInt(t))) mine.add(t);
        return mine;
    }

    @Override
    public String toString() { return k + "/" + n; }
}
