package hsim.runner.store;

import java.util.Arrays;

/**
 * The present values of one column of a row group as they arrive: runs of equal values (value and
 * count) while the column repeats itself, plain values once it does not. A sweep's runs table has
 * hundreds of parameter columns that hold one value, or a few, over tens of thousands of rows; kept as
 * runs they cost bytes instead of 8 per row, which is what bounds a 50,000-row group of a wide table.
 * Numbers are 64-bit patterns, text is a String (compared with equals). Read back whole at encode time.
 */
final class PackedValues {
    /** Runs at most this dense (runs per value) stay runs; denser, the column becomes plain. */
    private static final int RUN_SHARE = 4;
    private static final int MIN_RUNS = 64;

    private final boolean text;
    private int size;
    // run mode
    private long[] runNumbers;
    private Object[] runTexts;
    private int[] runLengths = new int[16];
    private int runs;
    // plain mode (null while in run mode)
    private long[] numbers;
    private Object[] texts;

    PackedValues(boolean text) {
        this.text = text;
        if (text) runTexts = new Object[16];
        else runNumbers = new long[16];
    }

    int size() { return size; }

    void addNumber(long v) {
        if (numbers != null) {
            if (size == numbers.length) numbers = Arrays.copyOf(numbers, size * 2);
            numbers[size++] = v;
            return;
        }
        if (runs > 0 && runNumbers[runs - 1] == v) {
            runLengths[runs - 1]++;
            size++;
            return;
        }
        if (runs >= MIN_RUNS && (long) runs * RUN_SHARE > size) {
            numbers = longs(Math.max(1024, size * 2));
            runNumbers = null;
            runLengths = null;
            numbers[size++] = v;
            return;
        }
        if (runs == runLengths.length) {
            runNumbers = Arrays.copyOf(runNumbers, runs * 2);
            runLengths = Arrays.copyOf(runLengths, runs * 2);
        }
        runNumbers[runs] = v;
        runLengths[runs++] = 1;
        size++;
    }

    void addText(String v) {
        if (texts != null) {
            if (size == texts.length) texts = Arrays.copyOf(texts, size * 2);
            texts[size++] = v;
            return;
        }
        if (runs > 0 && runTexts[runs - 1].equals(v)) {
            runLengths[runs - 1]++;
            size++;
            return;
        }
        if (runs >= MIN_RUNS && (long) runs * RUN_SHARE > size) {
            texts = strings(Math.max(1024, size * 2));
            runTexts = null;
            runLengths = null;
            texts[size++] = v;
            return;
        }
        if (runs == runLengths.length) {
            runTexts = Arrays.copyOf(runTexts, runs * 2);
            runLengths = Arrays.copyOf(runLengths, runs * 2);
        }
        runTexts[runs] = v;
        runLengths[runs++] = 1;
        size++;
    }

    /** The runs so far written out as plain values, into a new array of {@code capacity}. */
    private long[] longs(int capacity) {
        long[] a = new long[capacity];
        int at = 0;
        for (int r = 0; r < runs; r++) for (int k = 0; k < runLengths[r]; k++) a[at++] = runNumbers[r];
        runs = 0;
        return a;
    }

    /** The runs so far written out as plain texts, into a new array of {@code capacity}. */
    private Object[] strings(int capacity) {
        Object[] a = new Object[capacity];
        int at = 0;
        for (int r = 0; r < runs; r++) for (int k = 0; k < runLengths[r]; k++) a[at++] = runTexts[r];
        runs = 0;
        return a;
    }

    /** The numbers in order (a new array of exactly {@link #size()} values). */
    long[] numbers() {
        if (numbers != null) return Arrays.copyOf(numbers, size);
        long[] a = new long[size];
        int at = 0;
        for (int r = 0; r < runs; r++) for (int k = 0; k < runLengths[r]; k++) a[at++] = runNumbers[r];
        return a;
    }

    /** The texts in order (a new array of exactly {@link #size()} values). */
    String[] texts() {
        String[] a = new String[size];
        if (texts != null) {
            for (int i = 0; i < size; i++) a[i] = (String) texts[i];
            return a;
        }
        int at = 0;
        for (int r = 0; r < runs; r++) for (int k = 0; k < runLengths[r]; k++) a[at++] = (String) runTexts[r];
        return a;
    }

    /** Empties the buffer for the next row group, back in run mode. */
    void clear() {
        size = 0;
        runs = 0;
        numbers = null;
        texts = null;
        runLengths = new int[16];
        if (text) runTexts = new Object[16];
        else runNumbers = new long[16];
    }
}
