package hsim.model.people;

import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Cholera prevalence each morning: the infectious share of the living by block ({@code cholera.local_block_cells}
 * square, ~1 km) and metro-wide, which the force of infection mixes (see {@link Cholera#forceOfInfection}).
 */
public final class CholeraPrevalence implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final int block, bw;
    private final float[] blockInf, blockAlive;
    private double metroShare;

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
    }

    private int block(int cell) { return (cell / s.width / block) * bw + (cell % s.width) / block; }

    public double localShare(int cell) {
        int b = block(cell);
        return blockAlive[b] > 0 ? blockInf[b] / blockAlive[b] : 0;
    }

    public double metroShare() { return metroShare; }
}
