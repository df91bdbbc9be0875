package hsim.model.epstein;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The shape of a vision neighbourhood on the Epstein torus: sites with dx² + dy² &lt;= v²
 * ({@code euclidean}, NetLogo's {@code in-radius}) or |dx| + |dy| &lt;= v ({@code von_neumann}, Mesa's
 * grid), the own site excluded.
 */
public enum Neighbourhood {
    EUCLIDEAN, VON_NEUMANN;

    /**
     * The (dx, dy) offsets of a neighbourhood of {@code radius}, own site excluded, each torus site at most
     * once (a radius wider than half the torus would otherwise list a site twice).
     */
    int[] offsets(double radius, int width, int height) {
        int r = (int) Math.floor(radius);
        LinkedHashSet<Integer> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (dx == 0 && dy == 0) continue;
                boolean in = this == EUCLIDEAN ? dx * dx + dy * dy <= radius * radius + 1e-9
                        : Math.abs(dx) + Math.abs(dy) <= r;
                if (!in) continue;
                int key = Math.floorMod(dy, height) * width + Math.floorMod(dx, width);
                if (key == 0 || !seen.add(key)) continue;
                out.add(new int[] {dx, dy});
            }
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) { flat[2 * i] = out.get(i)[0]; flat[2 * i + 1] = out.get(i)[1]; }
        return flat;
    }

    /** For each site of the torus, the sites at {@code offsets} from it ({@code site * k + j}, k offsets). */
    static int[] siteTable(int[] offsets, int width, int height) {
        int k = offsets.length / 2;
        int sites = width * height;
        int[] t = new int[sites * k];
        for (int site = 0; site < sites; site++) {
            for (int j = 0; j < k; j++) {
                int x = Math.floorMod(site % width + offsets[2 * j], width);
                int y = Math.floorMod(site / width + offsets[2 * j + 1], height);
                t[site * k + j] = y * width + x;
            }
        }
        return t;
    }
}
