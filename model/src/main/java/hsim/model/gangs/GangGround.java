package hsim.model.gangs;

import hsim.model.world.BoxSum;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Each gang's ground as of the last index: its cells, the residents living there, and the gang-presence
 * field (armed members spread over the gang's cells, summed within vision) that civilians and the
 * arrest rule read. Also holds the day's per-gang inflows that other processes book before the gangs'
 * day: road income and the recruits civilians offer.
 */
public final class GangGround implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private int[][] cells = new int[0][];
    private double[] residents = new double[0];
    private double[] income = new double[0];
    private double[] willing = new double[0];

    public GangGround(MetroState s) { this.s = s; }

    /** Re-indexes territory: per-gang cell lists, residents, and the gang-presence fields. */
    public void rebuild() {
        int n = s.gangs.size();
        int[] owner = s.territory.owners();
        int[] count = new int[n];
        residents = new double[n];
        if (income.length < n) income = Arrays.copyOf(income, n);
        if (willing.length < n) willing = Arrays.copyOf(willing, n);
        for (int c = 0; c < s.cells; c++) {
            int o = owner[c];
            if (o < 0) continue;
            count[o]++;
            residents[o] += s.residents[c];
        }
        cells = new int[n][];
        for (int i = 0; i < n; i++) cells[i] = new int[count[i]];
        int[] fill = new int[n];
        for (int c = 0; c < s.cells; c++) if (owner[c] >= 0) cells[owner[c]][fill[owner[c]]++] = c;
        for (GangCell g : s.gangs) g.territoryCells = count[g.id];
        float[] per = new float[n];
        for (GangCell g : s.gangs) per[g.id] = g.alive && g.territoryCells > 0 ? (float) (g.armed() / g.territoryCells) : 0f;
        for (int c = 0; c < s.cells; c++) s.gangPresence[c] = owner[c] >= 0 ? per[owner[c]] : 0f;
        BoxSum.apply(s.gangPresence, s.visionGang, s.width, s.height, s.ops.visionCells());
    }

    /** Gang i's cells at the last index (do not modify). */
    public int[] cellsOf(int gang) { return cells[gang]; }

    public double residentsOf(int gang) { return residents[gang]; }

    /** Road income (tolls, ransoms, loot) booked since gang i's last day. */
    double income(int gang) { return income[gang]; }

    void clearIncome(int gang) { income[gang] = 0; }

    public void addIncome(int gang, double usd) { if (gang < income.length) income[gang] += usd; }

    /** Recruits offered to each gang today (people), filled by {@code CivilianIntents}. */
    public double[] willing() { return willing; }
}
