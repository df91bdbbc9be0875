package hsim.model.world;

import hsim.model.gangs.GangGround;
import hsim.model.people.CareAccess;
import hsim.model.people.CholeraPrevalence;
import hsim.model.supply.SupplyNetwork;

import java.io.Serializable;
import java.util.Map;

/**
 * The start of each day (00:00, INDEX): violence and harm decay (gang rule keeps a floor of everyday
 * violence), needs met per commune from last night's distribution, distribution points close where it is
 * unsafe and origins where a gang holds them, then {@link CareAccess}, {@link CholeraPrevalence} and the
 * {@link GangGround} index that the day's processes read.
 */
public final class Morning implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final CareAccess care;
    private final CholeraPrevalence prevalence;
    private final GangGround gangGround;

    public Morning(MetroState s, CareAccess care, CholeraPrevalence prevalence, GangGround gangGround) {
        this.s = s;
        this.care = care;
        this.prevalence = prevalence;
        this.gangGround = gangGround;
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
        for (Map.Entry<Integer, Integer> e : s.communeIndexMap().entrySet()) {
            SupplyNetwork.Node wp = supply.waterPointOf(e.getKey());
            if (wp == null) continue;
            int i = e.getValue();
            s.waterMet[i] = supply.waterMet(wp);
            s.foodMet[i] = supply.foodMet(wp);
            s.safeWater[i] = supply.safeWater(wp);
        }
        double unsafe = supply.settings().unsafeViolence();
        for (SupplyNetwork.Node n : supply.allNodes()) n.open = violence[n.facility.cell()] < unsafe;
        for (SupplyNetwork.Origin o : supply.origins) o.open = s.territory.owner(o.facility.cell()) < 0;
        care.update();
        prevalence.update();
        gangGround.rebuild();
    }
}
