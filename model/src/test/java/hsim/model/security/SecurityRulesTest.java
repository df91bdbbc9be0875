package hsim.model.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SecurityRulesTest {
    private static ForeignForce.Settings force(ForeignForce.Withdrawal w) {
        // units of 100 troops; 2 armoured vehicles each, 4 per operation
        return new ForeignForce.Settings(true, 1000, 10, 200, 30, w, 20, 1000, 0.8, 0.08, 3, 0.05, 0.2, 100, 50, 2, 4, 1, 60, 1);
    }

    @Test
    void forceArrivesAfterDelayRampsThroughOpenAirportAndLeavesOnDate() {
        ForeignForce f = new ForeignForce(force(ForeignForce.Withdrawal.DATE));
        for (int d = 0; d < 10; d++) f.day(d, true, false, 7);
        assertEquals(0, f.troops);
        f.day(10, false, false, 7);
        assertEquals(0, f.troops, "closed airport blocks the airlift");
        for (int d = 11; d < 15; d++) f.day(d, true, false, 7);
        assertEquals(800, f.troops);
        assertEquals(8, f.units().size(), "troops land as units of 100");
        assertEquals(7, f.units().get(0).cell, "units land at the airport");
        for (int d = 15; d < 40; d++) f.day(d, true, false, 7);
        assertEquals(1000, f.troops);
        f.day(40, true, false, 7);
        assertEquals(0, f.troops);
        assertEquals(40, f.leftDay);
        assertEquals(0.08 * 0.9, f.effectivenessPerTroopHour(), 1e-12);
    }

    @Test
    void conditionsBasedExitWaitsForTheHnpButNotForever() {
        ForeignForce f = new ForeignForce(force(ForeignForce.Withdrawal.CONDITIONS));
        for (int d = 0; d < 60; d++) f.day(d, true, false, 7);
        assertEquals(1000, f.troops, "stays past the term while conditions are unmet");
        f.day(60, true, false, 7);
        assertEquals(0, f.troops, "leaves at the maximum extension");
        ForeignForce g = new ForeignForce(force(ForeignForce.Withdrawal.CONDITIONS));
        for (int d = 0; d < 45; d++) g.day(d, true, d >= 42, 7);
        assertEquals(42, g.leftDay);
    }

    @Test
    void mandateFollowsTheProposalsOrderAndHandoverNeedsEnoughHnp() {
        assertEquals(Mandate.Task.SECURE_PORT, Mandate.current(false, false, false, false));
        assertEquals(Mandate.Task.SECURE_VARREUX, Mandate.current(true, true, false, false));
        assertEquals(Mandate.Task.SUPPORT_HNP, Mandate.current(true, true, true, true));
        assertTrue(Mandate.hnpCanHold(100, 0.5, 20, 2, 30));
        assertFalse(Mandate.hnpCanHold(100, 0.5, 30, 2, 30));
        assertFalse(Mandate.hnpCanHold(20, 1, 0, 2, 30));
    }

    @Test
    void trainingMissionEffectsBuildUpOverMonthsAndStop() {
        TrainingMission m = new TrainingMission(new TrainingMission.Settings(true, 300, 0, 365, 120, 300, 0.35, 1.5, 0.4, 3, 0.5));
        assertTrue(m.effect(30).trainingBoost() < 0.25 * 0.35);
        assertTrue(m.effect(240).trainingBoost() > 0.8 * 0.35);
        assertEquals(TrainingMission.Effect.NONE, m.effect(400));
        TrainingMission half = new TrainingMission(new TrainingMission.Settings(true, 150, 0, 365, 120, 300, 0.35, 1.5, 0.4, 3, 0.5));
        assertEquals(m.buildUp(100) / 2, half.buildUp(100), 1e-12);
    }

    @Test
    void specialForceIntelligenceGrowsWithLegitimacyAndRaisesRaidSuccess() {
        SpecialForce sf = new SpecialForce(new SpecialForce.Settings(true, 400, 10, 100, 20, 1, 0.1, 0.7, 0.3, 0.7, 30, 0.6, 0.2,
                100, 0.3, 0.9, 0.25, 0.5, 0.2, 2, 0.5, 2, 1));
        assertEquals(0, sf.intelligence(0.2), 1e-12);
        assertEquals(0.5, sf.intelligence(0.5), 1e-12);
        assertEquals(1, sf.intelligence(0.9), 1e-12);
        assertEquals(0.4, sf.raidSuccess(0.5), 1e-12);
        assertTrue(sf.deploy(5, 3).isEmpty(), "no team before the start day");
        assertEquals(20, sf.deploy(20, 3).size(), "400 operators make 20 teams of 20");
        assertEquals(7, sf.settings().raidIntervalDays());
        int[] first = new int[7];
        for (SpecialForceTeam t : sf.teamList()) first[t.readyDay - 20]++;
        for (int k : first) assertTrue(k >= 2 && k <= 3, "first raids staggered over a week");
        assertTrue(sf.deploy(110, 3).isEmpty(), "teams stand down after the term");
    }
}
