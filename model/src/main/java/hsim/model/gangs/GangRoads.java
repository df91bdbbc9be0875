package hsim.model.gangs;

import hsim.model.conflict.Battles;
import hsim.model.security.Deployment;
import hsim.model.supply.Cargo;
import hsim.model.supply.Roads;
import hsim.model.world.MetroState;

import java.io.Serializable;

/**
 * The roads as the supply network sees them: which living gang holds a cell, the strength of its
 * checkpoint (a share of its local fighters up to a post's size, {@link hsim.model.supply.CheckpointSettings}), where its road income goes, and the escort a
 * convoy gets under the escort policy.
 */
public final class GangRoads implements Roads, Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final GangGround gangGround;
    private final Battles battles;
    private final Deployment deployment;

    public GangRoads(MetroState s, GangGround gangGround, Battles battles, Deployment deployment) {
        this.s = s;
        this.gangGround = gangGround;
        this.battles = battles;
        this.deployment = deployment;
    }

    @Override public int gangAt(int cell) {
        int o = s.territory.owner(cell);
        return o >= 0 && s.gangs.get(o).alive ? o : -1;
    }

    @Override public double checkpointStrength(int gang) {
        return s.supply.checkpointSettings().strength(battles.gangSide(s.gangs.get(gang), 1, false).fighters());
    }

    @Override public void gangIncome(int gang, double usd) { gangGround.addIncome(gang, usd); }

    @Override public double escort(Cargo cargo) {
        boolean covered = switch (s.ops.escortPolicy()) {
            case "all" -> true;
            case "fuel" -> cargo == Cargo.FUEL;
            default -> false;
        };
        return covered ? deployment.escortStrength() : 0;
    }
}
