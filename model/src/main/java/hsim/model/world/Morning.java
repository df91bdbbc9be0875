package hsim.model.world;

import hsim.model.gangs.GangGround;
import hsim.model.people.CareAccess;
import hsim.model.people.CholeraPrevalence;
import hsim.model.people.Civilians;
import hsim.model.supply.Cargo;
import hsim.model.supply.Catchment;
import hsim.model.supply.SupplyNetwork;
import hsim.model.supply.SupplySettings;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The start of each day (00:00, INDEX): violence and harm decay (gang rule keeps a floor of everyday
 * violence); the people standing in each cell are counted (the displaced where they stay); each cell's
 * water, food and safe water come from last night's service at the points within its reach
 * ({@link Catchment}) and its care from the hospitals in reach ({@link CareAccess}); distribution points
 * close where it is unsafe and origins where a gang holds them; tonight's demand at each point is set from
 * the people who can reach it; then {@link CholeraPrevalence} and the {@link GangGround} index that the
 * day's processes read.
 */
public final class Morning implements Serializable {
    private static final long serialVersionUID = 2L;
    private final MetroState s;
    private final CareAccess care;
    private final CholeraPrevalence prevalence;
    private final GangGround gangGround;
    private final Catchment water, markets;

    public Morning(MetroState s, CareAccess care, CholeraPrevalence prevalence, GangGround gangGround) {
        this.s = s;
        this.care = care;
        this.prevalence = prevalence;
        this.gangGround = gangGround;
        Catchment.Settings reach = Catchment.from(s.scenario);
        this.water = new Catchment(s.city, s.supply.waterPoints, reach.waterMinutes(), Cargo.FUEL);
        this.markets = new Catchment(s.city, s.supply.markets, reach.foodMinutes(), Cargo.FOOD);
    }

    public void run() {
        SupplyNetwork supply = s.supply;
        supply.newDay();
        Operations ops = s.ops;
        float[] violence = s.violence, harm = s.harm;
        double keep = StrictMath.pow(0.5, 1 / ops.violenceHalfLifeDays());
        for (int c = 0; c < s.cells; c++) {
            violence[c] *= (float) keep;
            harm[c] *= (float) keep;
            if (s.territory.owner(c) >= 0 && violence[c] < ops.ruleViolence()) violence[c] = (float) ops.ruleViolence();
        }
        int[] populated = s.populatedCells();
        int[] occupied = countPeople() ? populated : null; // null: someone stands off the populated cells
        s.displacement.morning(violence, s.displacedPresent);

        // what last night's service gave each cell, from the points that were open when its demand was set
        SupplySettings st = supply.settings();
        water.shareService(populated, supply::waterMet, st.waterWithoutFuelShare(), s.waterMet);
        water.shareService(populated, supply::safeWater, st.safeWaterWithoutFuel(), s.safeWater);
        markets.shareService(populated, supply::foodMetAt, st.foodLocalShare(), s.foodMet);
        care.update(populated);

        double unsafe = st.unsafeViolence();
        for (SupplyNetwork.Node n : supply.allNodes()) n.open = violence[n.facility.cell()] < unsafe;
        for (SupplyNetwork.Origin o : supply.origins) o.open = s.territory.owner(o.facility.cell()) < 0;

        // tonight's demand: everyone shares the open points within their reach
        water.setDemand(s.present, occupied, st.fuelNeedGalPerResidentPerDay());
        markets.setDemand(s.present, occupied, st.foodNeedTPerResidentPerDay() * (1 - st.foodLocalShare()));
        care.setDemand(s.present, occupied);
        prevalence.update();
        gangGround.rebuild();
    }

    /**
     * People standing in each cell (alive agents times ppa), and the displaced among them. Returns whether
     * all of them stand on populated cells ({@code residents > 0}: homes and refuges), so that the daily
     * passes over people can visit those cells only.
     */
    private boolean countPeople() {
        Civilians civ = s.civ;
        double[] present = s.present, displaced = s.displacedPresent, residents = s.residents;
        Arrays.fill(present, 0);
        Arrays.fill(displaced, 0);
        boolean populated = true;
        for (int i = 0, n = civ.size(); i < n; i++) {
            if (!civ.alive(i)) continue;
            int c = civ.cell(i);
            present[c] += s.ppa;
            if (civ.has(i, Civilians.DISPLACED)) displaced[c] += s.ppa;
            if (!(residents[c] > 0)) populated = false;
        }
        return populated;
    }
}
