package hsim.model.world;

import hsim.model.core.RngStream;
import hsim.model.people.Cholera;
import hsim.model.people.Civilians;
import hsim.model.people.Displacement;
import hsim.model.people.EpsteinRule;
import hsim.model.people.Hardship;
import hsim.model.people.Legitimacy;

/**
 * For the benchmarks only (it lives in the benchmarks module, in the model's package, to read what
 * {@link CivilianDay} reads): the per-cell and per-commune inputs of one civilian day, copied from a
 * running {@link Metro}, and the real sub-models. The plain-MASON port of the civilian rule steps its
 * agents against this frozen world, as hsim's rule does within one day.
 */
public final class WorldSnapshot {
    public final int width, cells;
    public final int[] communeIndexOfCell, owner;
    public final double[] waterMet, foodMet, safeWater, protection, localInfectiousShare;
    public final float[] violence, harm, visionSec, visionGang;
    public final boolean[] treated;
    public final double metroInfectiousShare, willingPerActiveAgent;
    public final Hardship hardship;
    public final Legitimacy legitimacy;
    public final Cholera cholera;
    public final Displacement displacement;
    public final EpsteinRule epstein;
    /** The civilians (structure of arrays) at the time of the snapshot. */
    public final Civilians civilians;
    private final Metro metro;
    private final double[] baseline;

    public WorldSnapshot(Metro m) {
        metro = m;
        width = m.width;
        cells = m.cells;
        communeIndexOfCell = new int[cells];
        owner = new int[cells];
        protection = new double[cells];
        localInfectiousShare = new double[cells];
        treated = new boolean[cells];
        for (int c = 0; c < cells; c++) {
            communeIndexOfCell[c] = m.communeIndexOfCell(c);
            owner[c] = m.territory.owner(c);
            protection[c] = m.protection(c);
            localInfectiousShare[c] = m.localInfectiousShare(c);
            treated[c] = m.treated(c);
        }
        waterMet = m.waterMet.clone();
        foodMet = m.foodMet.clone();
        safeWater = m.safeWater.clone();
        violence = m.violence.clone();
        harm = m.harm.clone();
        visionSec = m.visionSec.clone();
        visionGang = m.visionGang.clone();
        metroInfectiousShare = m.metroInfectiousShare();
        willingPerActiveAgent = m.willingPerActiveAgent();
        hardship = m.hardship;
        legitimacy = m.legitimacy;
        cholera = m.cholera;
        displacement = m.displacement;
        epstein = m.epstein;
        civilians = m.civ;
        baseline = new double[m.civ.size()];
        for (int i = 0; i < baseline.length; i++) baseline[i] = m.baseline(i);
    }

    /** Agent i's chronic hardship (a fixed draw). */
    public double baseline(int i) { return baseline[i]; }

    /** Where a civilian fleeing {@code cell} goes (-1: nowhere), by the model's own refuge search. */
    public int refuge(int agent, int cell, RngStream r) { return metro.refuge(agent, cell, r); }

    /** Metro's purpose numbers of the civilian and flight streams. */
    public static long civilianPurpose() { return Metro.P_CIV; }

    public static long fleePurpose() { return Metro.P_FLEE; }
}
