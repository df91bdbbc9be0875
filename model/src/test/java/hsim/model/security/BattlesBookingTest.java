package hsim.model.security;

import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.gangs.GangCell;
import hsim.model.world.Tallies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What {@link Battles#fight} books after an engagement, on the 60 x 20 {@link SecurityWorld} (in this package
 * for its fixtures and the HNP's attack list): each side's losses on the gang's members and guns or on the
 * force that fought, the rounds fired, the violence around the cell and, for a security operation, the
 * collateral harm.
 */
class BattlesBookingTest {
    private static final double KILLED_SHARE = 0.4, WOUNDED_LEAVE = 0.25, GUNS_PER_LOSS = 0.4;

    @Test
    void aGangClashCostsBothGangsMembersGunsAndRoundsAndLeavesViolenceButNoHarm() {
        SecurityWorld w = new SecurityWorld();
        GangCell a = w.gang(0, 20, 10, 300, 2), b = w.gang(1, 26, 10, 300, 2);
        double roundsA = a.ammunition, roundsB = b.ammunition;
        int cell = w.cell(23, 10);
        Engagement.Side sa = w.battles.gangSide(a, 1, false), sb = w.battles.gangSide(b, 1, true);
        Engagement.Result r = w.battles.fight(cell, sa, sb, 0, 1, Tallies.GANG_CLASHES, false, null, null);
        assertTrue(r.lossesA() > 0 && r.lossesB() > 0, "a real fight: " + r);
        double leaveA = r.lossesA() * KILLED_SHARE + WOUNDED_LEAVE * r.lossesA() * (1 - KILLED_SHARE);
        assertEquals(300 - leaveA, a.members, 1e-9, "the killed and a quarter of the wounded leave");
        assertEquals(300 - r.lossesB() * (KILLED_SHARE + WOUNDED_LEAVE * (1 - KILLED_SHARE)), b.members, 1e-9);
        assertEquals(300 - r.lossesA() * GUNS_PER_LOSS, a.weapons, 1e-9, "guns lost with the fallen");
        assertEquals(roundsA - sa.fighters() * r.hours() * 20, a.ammunition, 1e-6, "rounds fired by the attackers");
        assertEquals(roundsB - sb.fighters() * r.hours() * 20, b.ammunition, 1e-6, "and by the defenders");
        double casualties = r.lossesA() + r.lossesB() + r.civiliansKilled() + r.civiliansInjured();
        float v = (float) Math.min(1, 0.05 + casualties / 40);
        assertEquals(v, w.s.violence[cell], 1e-6);
        assertEquals(v, w.s.violence[w.cell(25, 12)], 1e-6, "within the violence radius of 2 (a square)");
        assertEquals(0, w.s.violence[w.cell(26, 10)], 0, "3 cells away: untouched");
        for (float h : w.s.harm) assertEquals(0, h, 0, "gang fights are not collateral harm by security forces");
        assertTrue(w.s.hnp.takeAttacks().isEmpty(), "no attack on the HNP");
    }

    @Test
    void aGangAttackOnTheHnpLandsOnTheSquadsThereAndIsReportedForTheResponse() {
        SecurityWorld w = new SecurityWorld();
        GangCell g = w.gang(0, 20, 10, 400, 2);
        int cell = w.cell(30, 10); // the station, where every squad stands
        double officers = w.s.hnp.officers;
        Engagement.Side hnp = w.battles.hnpSide(100, cell, true);
        Engagement.Result r = w.battles.fight(cell, w.battles.gangSide(g, 1, false), hnp, 0, -1, Tallies.GANG_ATTACKS, false,
                null, Battles.Security.HNP);
        assertTrue(r.lossesB() > 0, "officers were hit: " + r);
        double killed = r.lossesB() * KILLED_SHARE;
        assertEquals(killed, w.s.hnp.killedCum, 1e-9);
        assertEquals(officers - killed - (r.lossesB() - killed) * 0.3, w.s.hnp.officers, 1e-6, "70 % of the wounded return");
        assertEquals(List.of(cell), w.s.hnp.takeAttacks(), "the attack is reported for tomorrow's tasking");
        for (float h : w.s.harm) assertEquals(0, h, 0);
        SecurityWorld none = new SecurityWorld();
        GangCell g2 = none.gang(0, 20, 10, 400, 2);
        none.battles.fight(cell, none.battles.gangSide(g2, 1, false), none.battles.hnpSide(0, cell, true), 0, -1, Tallies.GANG_ATTACKS, false,
                null, Battles.Security.HNP);
        assertTrue(none.s.hnp.takeAttacks().isEmpty(), "no officers there, nothing to respond to");
        assertEquals(0, none.s.hnp.killedCum, 0);
    }

    @Test
    void aSecurityOperationSpreadsCollateralHarmOverItsRadiusAndForceLossesLandOnTheEngagedUnits() {
        SecurityWorld w = new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=300", "rapid_force.ramp_troops_per_day=300",
                "rapid_force.deployment_delay_days=0", "rapid_force.unit_troops=150");
        w.landForce();
        RapidForceUnit in = w.s.force.units().get(0), out = w.s.force.units().get(1);
        w.s.force.engage(List.of(in));
        GangCell g = w.gang(0, 40, 10, 2000, 3);
        int cell = w.cell(40, 10);
        Engagement.Result r = w.battles.fight(cell, w.battles.forceSide(150, false), w.battles.gangSide(g, 1, true), -1, 0,
                Tallies.SECURITY_OPERATIONS, true, Battles.Security.RAPID_FORCE, Battles.Security.HNP);
        double civ = r.civiliansKilled() + r.civiliansInjured();
        assertTrue(civ > 0, "a fight among residents hurts some: " + r);
        float h = (float) Math.min(1, civ / 5);
        assertEquals(h, w.s.harm[cell], 1e-6);
        assertEquals(h, w.s.harm[w.cell(44, 14)], 1e-6, "the corner of the harm radius of 4");
        assertEquals(0, w.s.harm[w.cell(45, 10)], 0, "5 cells away: none");
        assertTrue(r.lossesA() > 0, "troops were hit: " + r);
        assertEquals(150, out.strength, 1e-9, "the unit not in the fight loses nobody");
        double killed = r.lossesA() * KILLED_SHARE;
        assertEquals(killed, w.s.force.killedCum, 1e-9);
        assertTrue(in.strength < 150 - killed + 1e-9, "the engaged unit loses its killed");
        assertEquals(2000 - g.members, r.lossesB() * (KILLED_SHARE + WOUNDED_LEAVE * (1 - KILLED_SHARE)), 1e-6);
    }
}
