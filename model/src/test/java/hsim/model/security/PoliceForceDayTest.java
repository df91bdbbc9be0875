package hsim.model.security;

import hsim.model.conflict.Engagement;
import hsim.model.metrics.UnitRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static hsim.model.security.HnpSquadsTest.force;
import static hsim.model.security.HnpSquadsTest.scenario;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The HNP's day squad by squad, on the three stations of {@link HnpSquadsTest} (250 officers, squads of 10):
 * desertion by morale, morale towards its target (support, retention, recent losses), training towards the
 * cap, the academy's pipeline, and the fighting side a group of squads makes.
 */
class PoliceForceDayTest {
    private static final TrainingMission.Settings TS = TrainingMission.from(scenario());

    @Test
    void desertionFollowsAttritionPlusLowMoraleAndRetentionCutsIt() {
        PoliceForce f = force("hnp.academy_intake_per_year=0", "hnp.attrition_per_year=0.365", "hnp.morale_desertion_per_year=0.73");
        f.day(0, TrainingMission.Effect.NONE, TS);
        // per day: (0.365 + 0.73 x (1 - 0.4)) / 365 = 0.0022
        assertEquals(10 * (1 - 0.0022), f.squads().get(0).strength(), 1e-9);
        assertEquals(250 * 0.0022, f.desertedCum, 1e-9);
        assertEquals(250 * (1 - 0.0022), f.officers, 1e-9, "the totals follow the squads");
        PoliceForce kept = force("hnp.academy_intake_per_year=0", "hnp.attrition_per_year=0.365", "hnp.morale_desertion_per_year=0.73");
        kept.day(0, new TrainingMission.Effect(0, 1, 0.5), TS);
        assertEquals(250 * 0.0011, kept.desertedCum, 1e-9, "a mission's retention of one half halves desertion");
        PoliceForce keen = force("hnp.academy_intake_per_year=0", "hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0.73",
                "hnp.initial_morale=1");
        keen.day(0, TrainingMission.Effect.NONE, TS);
        assertEquals(0, keen.desertedCum, 1e-12, "motivated officers do not desert");
    }

    @Test
    void moraleRelaxesTowardsSupportAndRetentionAndFallsWithRecentLosses() {
        double step = 1 - Math.exp(-1 / 30.0);
        PoliceForce calm = force("hnp.academy_intake_per_year=0");
        calm.day(0, TrainingMission.Effect.NONE, TS);
        assertEquals(0.4, calm.squads().get(0).morale(), 1e-12, "at its target without support or losses");
        PoliceForce supported = force("hnp.academy_intake_per_year=0");
        supported.day(1, TrainingMission.Effect.NONE, TS);
        assertEquals(0.4 + (0.7 - 0.4) * step, supported.squads().get(0).morale(), 1e-12, "full support raises the target by 0.3");
        PoliceForce retained = force("hnp.academy_intake_per_year=0");
        retained.day(0, new TrainingMission.Effect(0, 1, 1), TS);
        assertEquals(0.4 + 0.2 * step, retained.squads().get(0).morale(), 1e-12, "full retention raises it by 0.2");
        PoliceForce hit = force("hnp.academy_intake_per_year=0", "hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0");
        Squad q = hit.squads().get(0);
        q.recentLosses = 1;
        hit.day(0, TrainingMission.Effect.NONE, TS);
        // target 0.4 - 3 x 1/10 = 0.1
        assertEquals(0.4 + (0.1 - 0.4) * step, q.morale(), 1e-12);
        assertEquals(Math.exp(-1 / 30.0), q.recentLosses(), 1e-12, "losses fade over hnp.loss_memory_days");
        assertEquals(0.4, hit.squads().get(1).morale(), 1e-12, "a squad that lost nobody keeps its morale");
        Squad r = hit.squads().get(2);
        r.recentLosses = 10;
        hit.day(1, TrainingMission.Effect.NONE, TS);
        assertEquals(0.4 - 0.4 * step, r.morale(), 1e-12, "the target never falls below 0");
    }

    @Test
    void trainingRisesTowardsTheCapAndTheMissionRaisesCapAndSpeed() {
        double step = 1 - Math.exp(-1 / 365.0);
        PoliceForce f = force("hnp.academy_intake_per_year=0");
        f.day(0, TrainingMission.Effect.NONE, TS);
        assertEquals(0.4 + 0.1 * step, f.squads().get(0).training(), 1e-12, "towards hnp.training_cap 0.5");
        PoliceForce m = force("hnp.academy_intake_per_year=0");
        m.day(0, new TrainingMission.Effect(0.3, 1, 0), TS);
        assertEquals(0.4 + 0.4 * step * TS.inServiceSpeedup(), m.squads().get(0).training(), 1e-12,
                "cap 0.8 and the in-service speed-up");
        assertTrue(TS.inServiceSpeedup() > 1);
        PoliceForce top = force("hnp.academy_intake_per_year=0", "hnp.initial_training=0.95");
        top.day(0, new TrainingMission.Effect(0.9, 1, 0), TS);
        assertEquals(0.95 + 0.05 * step * TS.inServiceSpeedup(), top.squads().get(0).training(), 1e-12, "the cap is at most 1");
        PoliceForce over = force("hnp.academy_intake_per_year=0", "hnp.initial_training=0.8");
        over.day(0, TrainingMission.Effect.NONE, TS);
        assertTrue(over.squads().get(0).training() < 0.8, "without help skills decay towards what the HNP sustains");
    }

    @Test
    void cadetsGraduateAfterTheAcademyDaysAndTheMissionsThroughputComesLater() {
        // 365 a year, all to the metro: one a day, graduating after 3 days
        PoliceForce f = force("hnp.academy_intake_per_year=365", "hnp.metro_intake_share=1", "hnp.academy_days=3",
                "hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0");
        TrainingMission.Effect doubled = new TrainingMission.Effect(0, 2, 0);
        double[] grads = new double[6];
        double before = 0;
        for (int d = 0; d < 6; d++) {
            f.day(0, doubled, TS);
            grads[d] = f.graduatedCum - before;
            before = f.graduatedCum;
        }
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2}, grads, 1e-9, "the cadets already in the academy, then the doubled intake");
        PoliceForce half = force("hnp.academy_intake_per_year=365", "hnp.metro_intake_share=0.5", "hnp.academy_days=3",
                "hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0");
        half.day(0, TrainingMission.Effect.NONE, TS);
        assertEquals(0.5, half.graduatedCum, 1e-9, "only the metro's share");
    }

    @Test
    void graduatesBringTheAcademysLevelAndTheEquipmentAndMoraleOfNewOfficers() {
        // squads of 10 with 5 officers lost: the day's 4 graduates at a commissariat join at the academy level
        PoliceForce f = force("hnp.academy_intake_per_year=3650", "hnp.metro_intake_share=1", "hnp.attrition_per_year=0",
                "hnp.morale_desertion_per_year=0", "hnp.initial_training=0.5", "hnp.initial_equipment=0.5", "hnp.initial_morale=0.4");
        Squad q = f.squads().get(0);
        q.strength = 6;
        q.equipment = 1;
        f.day(0, TrainingMission.Effect.NONE, TS);
        double level = 0.5 * 0.8; // hnp.training_cap x hnp.academy_level_share
        assertEquals(10, q.strength(), 1e-9);
        assertEquals((6 * 0.5 + 4 * level) / 10, q.training(), 1e-9);
        assertEquals((6 * 1 + 4 * 0.5) / 10, q.equipment(), 1e-9, "new officers come with the initial equipment");
        PoliceForce m = force("hnp.academy_intake_per_year=3650", "hnp.metro_intake_share=1", "hnp.attrition_per_year=0",
                "hnp.morale_desertion_per_year=0", "hnp.initial_training=0.5");
        Squad p = m.squads().get(0);
        p.strength = 6;
        m.day(0, new TrainingMission.Effect(0.3, 1, 0), TS);
        double boosted = Math.min(1, level + 0.3 * TS.academyBoostShare());
        assertTrue(boosted > level);
        double t0 = 0.5 + (Math.min(1, 0.5 + 0.3) - 0.5) * (1 - Math.exp(-1 / 365.0)) * TS.inServiceSpeedup();
        assertEquals((6 * t0 + 4 * boosted) / 10, p.training(), 1e-9, "the mission raises the academy's level too");
    }

    @Test
    void aSideFieldsTheOnDutyOfficersAtTheirQualityAndSurvival() {
        PoliceForce f = force();
        Engagement e = new Engagement(Engagement.from(scenario()));
        Squad a = f.squads().get(0), b = f.squads().get(1);
        a.setTraining(1);
        a.setEquipment(1);
        b.strength = 30;
        Engagement.Side side = f.side(List.of(a, b), 0.5, true, 0.4, e);
        double eff = f.settings().effectivenessPerHour();
        assertEquals(20, side.fighters(), 1e-9, "half of 10 + 30 on duty");
        assertEquals((5 * eff * f.quality(a) + 15 * eff * f.quality(b)) / 20, side.effectiveness(), 1e-12);
        assertEquals((5 * e.survival(1, 1) + 15 * e.survival(b.training(), b.equipment())) / 20, side.survival(), 1e-12);
        assertEquals(0.3, side.cover(), 1e-12, "defending: hnp.cover_defending");
        assertEquals(0.4, side.restraint(), 1e-12);
        assertEquals(0.1, f.side(List.of(a), 0.5, false, 0, e).cover(), 1e-12, "attacking: hnp.cover_attacking");
        Engagement.Side none = f.side(List.of(), 0.5, true, 0, e);
        assertEquals(0, none.fighters(), 0);
        assertEquals(0, none.effectiveness(), 0);
        Engagement.Side mean = f.side(-5, List.of(), false, 0.2, e);
        assertEquals(0, mean.fighters(), 0, "no negative side");
        f.recount();
        assertEquals(eff * f.quality(), f.side(100, List.of(), false, 0, e).effectiveness(), 1e-12);
        assertEquals(eff * f.quality(), f.effectivenessPerOfficerHour(), 1e-12);
        assertEquals(e.survival(f.training, f.equipment), f.side(100, List.of(), true, 0, e).survival(), 1e-12);
    }

    @Test
    void theForcesMeansAreStrengthWeightedAndAForceWithoutStationsKeepsItsInitialLevels() {
        PoliceForce f = force();
        Squad a = f.squads().get(0);
        a.strength = 40;
        a.training = 1;
        a.equipment = 0;
        a.morale = 1;
        f.recount();
        assertEquals(280, f.officers, 1e-9);
        assertEquals((40 * 1 + 240 * 0.4) / 280, f.training, 1e-12);
        assertEquals((40 * 0 + 240 * 0.5) / 280, f.equipment, 1e-12);
        assertEquals((40 * 1 + 240 * 0.4) / 280, f.morale, 1e-12);
        assertEquals((40 * f.quality(a) + 240 * f.quality(f.squads().get(1))) / 280, f.quality(), 1e-12);
        assertEquals(280 * 0.25, f.availableForHolding(0.25), 1e-9);
        PoliceForce empty = new PoliceForce(PoliceForce.from(scenario()), List.of());
        assertEquals(0, empty.officers, 0);
        assertEquals(0.4, empty.training, 1e-12);
        assertEquals(0.5, empty.equipment, 1e-12);
        assertEquals(0.4, empty.morale, 1e-12);
        assertEquals(empty.quality(0.4, 0.5, 0.4), empty.quality(), 1e-12);
        empty.day(0, TrainingMission.Effect.NONE, TS);
        assertEquals(0, empty.graduatedCum, 0, "no station, nobody to graduate into");
    }

    @Test
    void casualtiesNeverExceedTheSquadAndAttacksAreReportedOnce() {
        PoliceForce f = force();
        Squad q = f.squads().get(0);
        f.casualties(q, 4, 20);
        assertEquals(4, f.killedCum, 1e-12);
        assertEquals(6, f.injuredCum, 1e-12, "only the 6 left can be wounded");
        assertEquals(6 * 0.7, q.strength(), 1e-12, "the wounded who return");
        f.casualties(q, 100, 0);
        assertEquals(0, q.strength(), 1e-12);
        assertEquals(4 + 6 * 0.7, f.killedCum, 1e-12, "nobody is killed twice");
        f.reportAttack(7);
        f.reportAttack(9);
        f.reportAttack(7);
        assertEquals(List.of(7, 9), f.takeAttacks());
        assertTrue(f.takeAttacks().isEmpty(), "taken once");
        // the squad wiped out stands nearest nobody: the two others at station A do
        List<Squad> near = f.nearest(HnpSquadsTest.cell(10, 10), HnpSquadsTest.W);
        assertEquals(9, near.size(), "all the standing squads at the nearest station");
        assertFalse(near.contains(q));
        assertEquals(25, PoliceForce.dist2(HnpSquadsTest.cell(3, 4), HnpSquadsTest.cell(0, 0), HnpSquadsTest.W));
    }

    @Test
    void aMergedSquadBringsItsLossesAndTasksShowInTheUnitList() {
        PoliceForce f = force("hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0", "hnp.academy_intake_per_year=0");
        Squad weak = f.squads().get(0);
        weak.strength = 2;
        weak.recentLosses = 8;
        f.day(0, TrainingMission.Effect.NONE, TS);
        double losses = 0;
        for (Squad q : f.squads()) losses += q.recentLosses();
        assertEquals(8 * Math.exp(-1 / 30.0), losses, 1e-9, "the merged squad's losses weigh on the squad it joined");
        Squad into = f.squads().stream().filter(q -> q.strength() > 10).findFirst().orElseThrow();
        assertEquals(12, into.strength(), 1e-9);
        f.squads().get(1).task = Tasking.Duty.PATROL;
        List<UnitRow> rows = new ArrayList<>();
        f.units(rows::add);
        assertEquals("reserve", rows.get(0).task());
        assertEquals("patrol", rows.get(1).task());
        assertEquals(f.squads().get(1).strength(), rows.get(1).strength(), 1e-12);
    }
}
