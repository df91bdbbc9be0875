package hsim.model.gangs;

import hsim.model.conflict.Battles;
import hsim.model.security.Deployment;
import hsim.model.supply.Cargo;
import hsim.model.supply.Roads;
import hsim.model.world.MetroState;

import java.io.Serializable;

/**
 * The roads as the supply network sees them: which living gang holds a cell, the strength of its
 * checkpoint ({@code min(gangs.checkpoint_max_fighters, gangs.checkpoint_fighter_share x local fighters)}), where its road income goes, and the escort a
 * convoy gets under the escort policy.
 */
public final class GangRoads implements Roads, Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final GangGround gangGround;
    private final Battles battles;
    private final Deployment deployment;
    private final double maxFighters, fighterShare;

    public static java.util.List<hsim.model.scenario.Param> params() {
        return java.util.List.of(
                hsim.model.scenario.Param.number("gangs.checkpoint_max_fighters", 30, 0, 1e4, "fighters", "assumption",
                        "Most fighters a gang keeps at one road checkpoint"),
                hsim.model.scenario.Param.number("gangs.checkpoint_fighter_share", 0.25, 0, 1, "share", "assumption",
                        "Share of a gang's local fighters posted at a checkpoint (up to the maximum)"));
    }

    public GangRoads(MetroState s, GangGround gangGround, Battles battles, Deployment deployment) {
        this.s = s;
        this.gangGround = gangGround;
        this.battles = battles;
        this.deployment = deployment;
        this.maxFighters = s.scenario.number("gangs.checkpoint_max_fighters");
        this.fighterShare = s.scenario.number("gangs.checkpoint_fighter_share");
    }

    @Override public int gangAt(int cell) {
        int o = s.territory.owner(cell);
        return o >= 0 && s.gangs.get(o).alive ? o : -1;
    }

    @Override public double checkpointStrength(int gang) {
        return Math.min(maxFighters, battles.gangSide(s.gangs.get(gang), 1, false).fighters() * fighterShare);
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
