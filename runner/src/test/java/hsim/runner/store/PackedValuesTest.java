package hsim.runner.store;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Packed column values read back exactly as added, whether they stayed runs, turned plain, or were cleared in between. */
class PackedValuesTest {
    /** Values that repeat in runs of random length (1 = every value new), so both modes and the switch are exercised. */
    private static long[] sequence(Random r, int n, int maxRun) {
        long[] a = new long[n];
        long v = r.nextLong();
        for (int i = 0; i < n; ) {
            int len = 1 + r.nextInt(maxRun);
            for (int k = 0; k < len && i < n; k++) a[i++] = v;
            v = r.nextInt(3) == 0 ? v : r.nextLong();
        }
        return a;
    }

    @Test
    void numbersAndTextsComeBackInOrder() {
        Random r = new Random(15);
        PackedValues nums = new PackedValues(false);
        PackedValues texts = new PackedValues(true);
        for (int round = 0; round < 40; round++) {
            long[] want = sequence(r, r.nextInt(5000), 1 + r.nextInt(round % 4 == 0 ? 1 : 400));
            String[] wantText = new String[want.length];
            for (int i = 0; i < want.length; i++) {
                wantText[i] = new String(Long.toString(want[i] % 7)); // equal texts, distinct objects
                nums.addNumber(want[i]);
                texts.addText(wantText[i]);
            }
            assertEquals(want.length, nums.size());
            assertArrayEquals(want, nums.numbers(), "round " + round);
            assertArrayEquals(wantText, texts.texts(), "round " + round);
            nums.clear();
            texts.clear();
            assertEquals(0, nums.numbers().length);
        }
    }
}
