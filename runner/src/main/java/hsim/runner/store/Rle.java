package hsim.runner.store;

import java.io.ByteArrayOutputStream;

/**
 * Parquet's RLE / bit-packing hybrid (parquet-format Encodings.md), used for definition levels and
 * dictionary indices: a run of 8 or more equal values becomes one RLE run, everything else is bit-packed
 * in groups of 8. Only the last group of a page may be padded, so literals that precede a long run are
 * topped up to a multiple of 8 from that run.
 */
final class Rle {
    /** Readers (parquet-mr, Arrow) expect a bit-packed run of at most 63 groups of 8. */
    private static final int MAX_LITERAL = 63 * 8;

    private Rle() {}

    /** Encodes {@code values[0..n)}, each below {@code 1 << bitWidth}. */
    static void encode(ByteArrayOutputStream out, int[] values, int n, int bitWidth) {
        int litStart = 0;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && values[j] == values[i]) j++;
            if (j - i >= 8) {
                int topUp = (8 - (i - litStart) % 8) % 8;
                i += topUp;
                literals(out, values, litStart, i, bitWidth);
                if (j > i) run(out, values[i], j - i, bitWidth);
                litStart = j;
            }
            i = j;
        }
        literals(out, values, litStart, n, bitWidth);
    }

    /** Bit width that holds every value up to {@code max} (at least 1). */
    static int bitWidth(int max) { return Math.max(1, 32 - Integer.numberOfLeadingZeros(max)); }

    private static void run(ByteArrayOutputStream out, int value, int count, int bitWidth) {
        Thrift.varint(out, (long) count << 1);
        for (int b = 0; b < (bitWidth + 7) / 8; b++) out.write(value >>> (8 * b));
    }

    private static void literals(ByteArrayOutputStream out, int[] values, int from, int to, int bitWidth) {
        while (from < to) {
            int count = Math.min(MAX_LITERAL, to - from);
            int groups = (count + 7) / 8;
            Thrift.varint(out, ((long) groups << 1) | 1);
            long acc = 0;
            int bits = 0;
            for (int k = 0; k < groups * 8; k++) {
                long v = k < count ? values[from + k] : 0;
                acc |= v << bits;
                bits += bitWidth;
                while (bits >= 8) { out.write((int) acc); acc >>>= 8; bits -= 8; }
            }
            from += count;
        }
    }
}
