package hsim.model.world;

/**
 * Sums of a per-cell field over a square window of radius r around every cell, in O(cells) with a
 * summed-area table. Used for "within vision" counts (security forces and gang members an agent can
 * see) without looping over neighbours for each agent.
 */
public final class BoxSum {
    private BoxSum() {}

    /** out[c] = sum of in over the (2r+1)^2 window around c, clipped at the grid edges. */
    public static void apply(float[] in, float[] out, int width, int height, int r) {
        double[] sat = new double[(width + 1) * (height + 1)];
        int w1 = width + 1;
        for (int y = 0; y < height; y++) {
            double row = 0;
            for (int x = 0; x < width; x++) {
                row += in[y * width + x];
                sat[(y + 1) * w1 + x + 1] = sat[y * w1 + x + 1] + row;
            }
        }
        for (int y = 0; y < height; y++) {
            int y0 = Math.max(0, y - r), y1 = Math.min(height - 1, y + r) + 1;
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - r), x1 = Math.min(width - 1, x + r) + 1;
                out[y * width + x] = (float) (sat[y1 * w1 + x1] - sat[y0 * w1 + x1] - sat[y1 * w1 + x0] + sat[y0 * w1 + x0]);
            }
        }
    }
}
