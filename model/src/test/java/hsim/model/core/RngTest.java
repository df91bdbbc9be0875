package hsim.model.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RngTest {
    @Test
    void drawsArePureFunctionsOfTheirKey() {
        assertEquals(Rng.uniform(1, 2, 3, 4, 5), Rng.uniform(1, 2, 3, 4, 5));
        RngStream s = Rng.stream(1, 2, 3, 4);
        for (int k = 0; k < 10; k++) assertEquals(Rng.uniform(1, 2, 3, 4, k), s.nextDouble());
        assertEquals(10, s.drawn());
        s.reset(2, 3, 4);
        assertEquals(Rng.uniform(1, 2, 3, 4, 0), s.nextDouble());
    }

    @Test
    void everyKeyComponentChangesTheDraw() {
        long base = Rng.bits(1, 2, 3, 4, 5);
        assertNotEquals(base, Rng.bits(2, 2, 3, 4, 5));
        assertNotEquals(base, Rng.bits(1, 3, 3, 4, 5));
        assertNotEquals(base, Rng.bits(1, 2, 4, 4, 5));
        assertNotEquals(base, Rng.bits(1, 2, 3, 5, 5));
        assertNotEquals(base, Rng.bits(1, 2, 3, 4, 6));
        assertNotEquals(Rng.bits(1, 0, 0, 0, 0), Rng.bits(1L + (1L << 32), 0, 0, 0, 0), "all 64 seed bits count");
        // swapped id and step must not collide
        assertNotEquals(Rng.bits(1, 2, 3, 4, 0), Rng.bits(1, 3, 2, 4, 0));
        assertNotEquals(Rng.purpose("cholera.infection"), Rng.purpose("cholera.recovery"));
        assertEquals(Rng.purpose("gangs.attack"), Rng.purpose("gangs.attack"));
    }

    @Test
    void uniformLooksUniformAcrossAgents() {
        int n = 200_000;
        double sum = 0;
        int[] bins = new int[10];
        for (int id = 0; id < n; id++) {
            double u = Rng.uniform(99, id, 7, 1, 0);
            assertTrue(u >= 0 && u < 1);
            sum += u;
            bins[(int) (u * 10)]++;
        }
        assertEquals(0.5, sum / n, 0.005);
        for (int b : bins) assertEquals(n / 10.0, b, n / 10.0 * 0.05);
    }

    @Test
    void streamHelpersHaveTheRightRanges() {
        RngStream s = new RngStream(3);
        int[] counts = new int[7];
        double g = 0, g2 = 0, ex = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            s.reset(i, 0, 0);
            counts[s.nextInt(7)]++;
            double z = s.nextGaussian();
            g += z;
            g2 += z * z;
            ex += s.nextExponential(2.0);
        }
        for (int c : counts) assertEquals(n / 7.0, c, n / 7.0 * 0.05);
        assertEquals(0, g / n, 0.02);
        assertEquals(1, g2 / n, 0.03);
        assertEquals(2.0, ex / n, 0.05);
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(0));
    }
}
