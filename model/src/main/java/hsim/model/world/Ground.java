package hsim.model.world;

import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;

import java.io.Serializable;

/**
 * Who holds the ground, as operations on the grid that several processes share: taking or clearing
 * the cells around a point, adding violence, distances, and the strongest gang near a point.
 */
public final class Ground implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final int width, height;
    private transient boolean[] landMask;

    public Ground(MetroState s) {
        this.s = s;
        this.width = s.width;
        this.height = s.height;
    }

    public double dist(int a, int b) {
        return StrictMath.hypot(a % width - b % width, a / width - b / width);
    }

    /** Gives the land within r of center to {@code owner}. */
    public void setRadius(int center, int r, int owner) {
        int cx = center % width, cy = center / width;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int c = y * width + x;
                if (s.city.isLand(c) && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) s.territory.set(c, owner);
            }
        }
    }

    /** Clears gang {@code g}'s control (or any gang's when g < 0) within r of center, remembering who held it. */
    public void clearRadius(int center, int r, int g) {
        int cx = center % width, cy = center / width;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int c = y * width + x;
                int o = s.territory.owner(c);
                if (o >= 0 && (g < 0 || o == g) && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    s.territory.set(c, Territory.STATE);
                    s.formerOwner[c] = o;
                }
            }
        }
    }

    public void addViolence(int center, double intensity, int r) {
        int cx = center % width, cy = center / width;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int c = y * width + x;
                s.violence[c] = (float) Math.min(1, s.violence[c] + intensity);
            }
        }
    }

    /** Gives the area around a site to the gang whose base is nearest: the blockade of Oct 2022. */
    public void blockade(CriticalSite site) { blockade(site, s.scenario.integer("gangs.blockade_radius_cells")); }

    /** Gives the land within {@code radius} of a site to the gang whose base is nearest. */
    public void blockade(CriticalSite site, int radius) {
        GangCell best = null;
        double bd = Double.MAX_VALUE;
        for (GangCell g : s.gangs) {
            double d = dist(g.baseCell, site.cell());
            if (d < bd) { bd = d; best = g; }
        }
        if (best != null) setRadius(site.cell(), radius, best.id);
    }

    /** The strongest living gang with ground within r cells of {@code cell}, or -1. */
    public int strongestNear(int cell, int r) {
        int cx = cell % width, cy = cell / width, best = -1;
        double bs = 0;
        for (int y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
                int o = s.territory.owner(y * width + x);
                if (o < 0) continue;
                GangCell g = s.gangs.get(o);
                double st = g.alive ? g.strength(s.fighting) : 0;
                if (st > bs) { bs = st; best = o; }
            }
        }
        return best;
    }

    /** Which cells are land (cached; the map never changes). */
    public boolean[] landMask() {
        if (landMask == null) {
            landMask = new boolean[s.cells];
            for (int c = 0; c < s.cells; c++) landMask[c] = s.city.isLand(c);
        }
        return landMask;
    }
}
