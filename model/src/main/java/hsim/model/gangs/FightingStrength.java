package hsim.model.gangs;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * How a gang's armed members turn into fighting strength ({@link GangCell#strength}): full with
 * {@code roundsPerFighterFull} rounds each and tight command; with no rounds left a share
 * {@code withoutAmmunition} remains (machetes, intimidation, what is in the magazine), and a leaderless
 * gang (cohesion 0) fights at {@code withoutCohesion} of that. Both scale linearly in between.
 */
public record FightingStrength(double roundsPerFighterFull, double withoutAmmunition, double withoutCohesion)
        implements java.io.Serializable {

    public static List<Param> params() {
        return List.of(
                Param.number("gangs.strength_share_without_ammunition", 0.3, 0, 1, "share", "assumption",
                        "Share of its fighting strength an armed member keeps with no rounds left (full at gangs.rounds_per_fighter)"),
                Param.number("gangs.strength_share_without_cohesion", 0.5, 0, 1, "share", "assumption",
                        "Share of its fighting strength a gang keeps at cohesion 0 (no command), full at cohesion 1"));
    }

    public static FightingStrength from(Scenario s) {
        return new FightingStrength(s.number("gangs.rounds_per_fighter"), s.number("gangs.strength_share_without_ammunition"),
                s.number("gangs.strength_share_without_cohesion"));
    }
}
