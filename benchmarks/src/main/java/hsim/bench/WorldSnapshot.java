package hsim.bench;

import hsim.model.core.RngStream;
import hsim.model.people.CareAccess;
import hsim.model.people.Cholera;
import hsim.model.people.CholeraPrevalence;
import hsim.model.people.CivilianDay;
import hsim.model.people.CivilianIntents;
import hsim.model.people.Civilians;
import hsim.model.people.Displacement;
import hsim.model.people.EpsteinRule;
import hsim.model.people.Hardship;
import hsim.model.people.Legitimacy;
import hsim.model.world.InterventionModel;
import hsim.model.world.MetroState;

/**
 * The per-cell and per-commune inputs of one civilian day, copied from a running model's
 * {@link MetroState} (what {@link CivilianDay} reads), and the real sub-models. The plain-MASON port of
 * the civilian rule steps its agents against this frozen world, as hsim's rule does within one day.
 */
final class WorldSnapshot {
    final int width, cells;
    final int[] communeIndexOfCell, owner;
    final float[] waterMet, foodMet, safeWater;
    final double[] protection, localInfectiousShare, careShare;
    final float[] violence, harm, visionSec, visionGang;
    final double metroInfectiousShare, willingPerActiveAgent;
    final Hardship hardship;
    final Legitimacy legitimacy;
    final Cholera cholera;
    final Displacement displacement;
    final EpsteinRule epstein;
    /** The civilians (structure of arrays) at the time of the snapshot. */
    final Civilians civilians;
    private final MetroState state;

    MetroState state() { return state; }
    private final double[] baseline;

    WorldSnapshot(InterventionModel model) {
        MetroState m = model.state();
        state = m;
        width = m.width;
        cells = m.cells;
        CareAccess care = model.careAccess();
        CholeraPrevalence prevalence = new CholeraPrevalence(m);
        prevalence.update(); // as the morning computed it
        communeIndexOfCell = new int[cells];
        owner = new int[cells];
        protection = new double[cells];
        localInfectiousShare = new double[cells];
        careShare = new double[cells];
        for (int c = 0; c < cells; c++) {
            communeIndexOfCell[c] = m.communeIndexOfCell(c);
            owner[c] = m.territory.owner(c);
            protection[c] = Math.min(1, m.visionSec[c] / m.ops.protectionReference());
            localInfectiousShare[c] = prevalence.localShare(c);
            careShare[c] = care.at(c);
        }
        waterMet = m.waterMet.clone();
        foodMet = m.foodMet.clone();
        safeWater = m.safeWater.clone();
        violence = m.violence.clone();
        harm = m.harm.clone();
        visionSec = m.visionSec.clone();
        visionGang = m.visionGang.clone();
        metroInfectiousShare = prevalence.metroShare();
        willingPerActiveAgent = m.ppa * m.ops.recruitableShare() * m.ops.joinPerDay();
        hardship = m.hardship;
        legitimacy = m.legitimacy;
        cholera = m.cholera;
        displacement = m.displacement;
        epstein = m.epstein;
        civilians = m.civ;
        baseline = new double[m.civ.size()];
        for (int i = 0; i < baseline.length; i++) baseline[i] = CivilianDay.baseline(m, i);
    }

    /** Agent i's chronic hardship (a fixed draw). */
    double baseline(int i) { return baseline[i]; }

    /** Where a civilian fleeing {@code cell} goes (-1: nowhere), by the model's own refuge search. */
    int refuge(int cell, RngStream r) { return CivilianIntents.refuge(state, cell, r); }
}
