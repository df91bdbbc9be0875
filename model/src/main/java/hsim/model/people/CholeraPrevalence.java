package hsim.model.people;

import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Cholera prevalence each morning: the infectious share of the living by block ({@code cholera.local_block_cells}
 * square, ~1 km) and metro-wide, which the force of infection mixes (see {@link Cholera#forceOfInfection}).
 *
 * <p>It also keeps the day's infection chance of each cell where a susceptible stands: that chance depends
 * only on the cell's safe-water share, its block's and the metro's prevalence, which are all fixed from
 * the morning to the next, and most cells of a block share one safe-water share. So the {@code exp} is
 * taken once per (block, safe-water share) met, not once per susceptible agent, with the same inputs and
 * hence the same bits.
 */
public final class CholeraPrevalence implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final int block, bw;
    private final float[] blockInf, blockAlive;
    private double metroShare;
    /** The day's infection chance by cell, valid where {@code riskDay[cell] == day}; memo by block of the last share met. */
    private transient double[] risk, blockRisk;
    private transient int[] riskDay, blockRiskDay;
    private transient float[] blockSafe;
    private int day;

    public CholeraPrevalence(MetroState s) {
        this.s = s;
        block = (int) s.cholera.settings().localBlockCells();
        bw = (s.width + block - 1) / block;
        int bh = (s.height + block - 1) / block;
        blockInf = new float[bw * bh];
        blockAlive = new float[bw * bh];
    }

    public void update() {
        Arrays.fill(blockInf, 0);
        Arrays.fill(blockAlive, 0);
        Civilians civ = s.civ;
        double inf = 0, alive = 0;
        for (int i = 0; i < civ.size(); i++) {
            if (!civ.alive(i)) continue;
            int b = block(civ.cell(i));
            float w = (float) s.cholera.infectiousness(civ.cholera(i));
            blockInf[b] += w;
            blockAlive[b] += 1;
            inf += w;
            alive++;
        }
        metroShare = alive > 0 ? inf / alive : 0;
        prepareRisk();
    }

    /** The infection chance of every cell where a living susceptible stands this morning. */
    private void prepareRisk() {
        if (risk == null) {
            risk = new double[s.cells];
            riskDay = new int[s.cells];
            blockRisk = new double[blockInf.length];
            blockRiskDay = new int[blockInf.length];
            blockSafe = new float[blockInf.length];
        }
        day++;
        Civilians civ = s.civ;
        for (int i = 0; i < civ.size(); i++) {
            if (!civ.alive(i) || civ.cholera(i) != Cholera.SUSCEPTIBLE) continue;
            int cell = civ.cell(i);
            if (riskDay[cell] == day) continue;
            int b = block(cell);
            float safe = s.safeWater[cell];
            if (blockRiskDay[b] != day || Float.floatToRawIntBits(blockSafe[b]) != Float.floatToRawIntBits(safe)) {
                blockRisk[b] = computeRisk(cell);
                blockSafe[b] = safe;
                blockRiskDay[b] = day;
            }
            risk[cell] = blockRisk[b];
            riskDay[cell] = day;
        }
    }

    private double computeRisk(int cell) {
        return s.cholera.infectionProbability(s.cholera.forceOfInfection(s.safeWater[cell], localShare(cell), metroShare));
    }

    /**
     * Today's infection chance of a susceptible in {@code cell}: from the morning's table, or computed the
     * same way for a cell nobody susceptible stood in this morning. Read-only, so safe from the parallel day.
     */
    public double infectionProbability(int cell) {
        return risk != null && riskDay[cell] == day ? risk[cell] : computeRisk(cell);
    }

    private int block(int cell) { return (cell / s.width / block) * bw + (cell % s.width) / block; }

    public double localShare(int cell) {
        int b = block(cell);
        return blockAlive[b] > 0 ? blockInf[b] / blockAlive[b] : 0;
    }

    public double metroShare() { return metroShare; }
}
