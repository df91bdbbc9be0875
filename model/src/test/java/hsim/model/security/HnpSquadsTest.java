package hsim.model.security;

import hsim.model.city.City;
import hsim.model.city.PoliceStation;
import hsim.model.conflict.Engagement;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * HNP squads on a hand-built 60x60 grid with three stations: commissariats A (10,10) and C (10,50), and
 * sub-commissariat B (50,50). 250 metro officers, squads of 10, a sub-commissariat weighing half.
 */
class HnpSquadsTest {
    static final int W = 60;
    static final City CITY = City.builder(W, W)
            .policeStation("a", PoliceStation.Kind.COMMISSARIAT, 10, 10)
            .policeStation("c", PoliceStation.Kind.COMMISSARIAT, 10, 50)
            .policeStation("b", PoliceStation.Kind.SUB_COMMISSARIAT, 50, 50)
            .build();

    static Scenario scenario(String... more) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new ArrayList<>(List.of("hnp.available_officers_national=250", "hnp.metro_share=1", "hnp.squad_size=10",
                "hnp.squad_min_strength=4", "hnp.sub_station_weight=0.5"));
        o.addAll(List.of(more));
        return l.override(l.load("baseline"), o);
    }

    static PoliceForce force(String... more) {
        return new PoliceForce(PoliceForce.from(scenario(more)), CITY.policeStations());
    }

    static int cell(int x, int y) { return y * W + x; }

    static int[] stationCells(PoliceForce f) {
        int[] c = new int[f.stations().size()];
        for (int k = 0; k < c.length; k++) c[k] = f.stations().get(k).cell();
        return c;
    }

    static Tasking tasking() { return new Tasking(Tasking.from(scenario())); }

    /** Demand with no site to hold, patrols at every station at half their squads. */
    static Tasking.Demand demand(List<Integer> sites, double guards, List<Integer> attacks, int escortOrigin, double escortOfficers) {
        return new Tasking.Demand(W, 0.5, sites, guards, List.of(), attacks, escortOrigin, escortOfficers, List.of(0, 1, 2), 0.5);
    }

    static long count(List<Squad> l, int station) { return l.stream().filter(q -> q.station == station).count(); }

    @Test
    void officersAreSpreadOverStationsByKindWeightInSquadsOfTheCatalogSize() {
        PoliceForce f = force();
        assertEquals(250, f.officers, 1e-9);
        assertEquals(25, f.squads().size());
        int[] per = new int[3];
        for (Squad q : f.squads()) { per[q.station]++; assertEquals(10, q.strength(), 1e-9); assertEquals(f.stations().get(q.station).cell(), q.cell()); }
        assertArrayEquals(new int[] {10, 10, 5}, per, "commissariats 1, sub-commissariat 0.5");
        assertEquals("hnp-a-1", f.squads().get(0).id);
        List<hsim.model.metrics.UnitRow> rows = new ArrayList<>();
        f.units(rows::add);
        assertEquals(25, rows.size());
        assertEquals(hsim.model.metrics.UnitKind.HNP_SQUAD, rows.get(0).kind());
        assertEquals("hnp-b-5", rows.get(24).id());
    }

    @Test
    void aSiteAttackPullsRespondersFromNearbyStationsOnly() {
        PoliceForce f = force();
        Tasking t = tasking();
        Tasking.Plan calm = t.assign(f, stationCells(f), demand(List.of(), 0, List.of(), -1, 0));
        assertEquals(5, count(calm.patrol(), 0));
        assertEquals(5, count(calm.offensive(), 0));
        int attacked = cell(14, 12), far = cell(58, 2);
        Tasking.Plan p = t.assign(f, stationCells(f), demand(List.of(), 0, List.of(attacked, far), -1, 0));
        List<Squad> responders = p.byAttack().get(0);
        assertEquals(2, responders.size(), "hnp.response_squads_per_attack");
        for (Squad q : responders) {
            assertEquals(0, q.station, "from the nearest station");
            assertEquals(attacked, q.cell(), "moved to the attacked cell");
            assertEquals(Tasking.Duty.RESPOND, q.task());
        }
        assertTrue(p.byAttack().get(1).isEmpty(), "no station within hnp.response_reach_cells of the far cell");
        assertEquals(5, count(p.patrol(), 0), "patrol (lower priority) keeps its squads: the offensive pool pays");
        assertEquals(3, count(p.offensive(), 0));
    }

    @Test
    void escortsTakeSquadsAwayFromPatrolAndHoldingTakesPrecedenceOverAll() {
        PoliceForce f = force();
        Tasking t = tasking();
        Tasking.Plan p = t.assign(f, stationCells(f), demand(List.of(), 0, List.of(), cell(10, 10), 40));
        assertEquals(8, p.escort().size(), "40 officers on duty at 5 a squad");
        assertEquals(8, count(p.escort(), 0), "the squads nearest the escort origin");
        assertEquals(2, count(p.patrol(), 0), "station A's patrol loses squads to the escort");
        assertEquals(0, count(p.offensive(), 0));
        assertEquals(5, count(p.patrol(), 1), "station C is untouched");

        Tasking.Plan all = t.assign(f, stationCells(f), demand(List.of(cell(30, 30)), 1000, List.of(cell(12, 12)), cell(10, 10), 40));
        assertEquals(25, all.bySite().get(0).size(), "holding a site comes first and can take every squad");
        assertTrue(all.byAttack().get(0).isEmpty() && all.escort().isEmpty() && all.patrol().isEmpty() && all.offensive().isEmpty());

        Tasking.Plan hold = t.assign(f, stationCells(f), demand(List.of(cell(48, 48)), 20, List.of(), -1, 0));
        assertEquals(4, hold.bySite().get(0).size());
        assertEquals(4, count(hold.bySite().get(0), 2), "the nearest station guards the site");
        assertEquals(1, count(hold.patrol(), 2), "its patrol gets what is left");
        for (Squad q : hold.bySite().get(0)) assertEquals(cell(48, 48), q.cell());
    }

    @Test
    void graduatesJoinTheWeakestSquadOfTheirStationThenFormNewSquads() {
        // 3650 recruits a year all posted to the metro: 10 graduates a day, 4 to each commissariat, 2 to the sub
        PoliceForce f = force("hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0", "hnp.academy_intake_per_year=3650",
                "hnp.metro_intake_share=1");
        TrainingMission.Settings ts = TrainingMission.from(scenario());
        Squad weak = f.squads().get(3);
        new HnpLosses().land(f, List.of(weak), weak.cell(), W, 5, 0);
        assertEquals(5, weak.strength(), 1e-9);
        f.day(0, TrainingMission.Effect.NONE, ts);
        assertEquals(9, weak.strength(), 1e-9, "the station's 4 graduates join its weakest squad");
        assertEquals(10, f.squads().get(0).strength(), 1e-9);
        assertEquals(10, f.squads().get(24).strength(), 1e-9, "station B's squads are full: its 2 graduates wait to form a squad");
        f.day(1, TrainingMission.Effect.NONE, ts);
        assertEquals(13, weak.strength(), 1e-9, "a squad below full strength takes the day's graduates");
        int before = f.squads().size();
        for (int d = 2; d < 6; d++) f.day(d, TrainingMission.Effect.NONE, ts);
        assertTrue(f.squads().size() > before, "once all are full, graduates gather into new squads");
        assertTrue(f.squads().stream().anyMatch(q -> q.id.equals("hnp-a-11")), "new squad of station A");
        double trainedBefore = f.squads().get(0).training();
        assertTrue(f.squads().stream().filter(q -> q.id.equals("hnp-a-11")).findFirst().orElseThrow().training()
                != trainedBefore, "a new squad carries the academy's training level");
    }

    @Test
    void aSquadBelowTheMinimumMergesIntoAnotherOfItsStation() {
        PoliceForce f = force("hnp.attrition_per_year=0", "hnp.morale_desertion_per_year=0", "hnp.academy_intake_per_year=0");
        TrainingMission.Settings ts = TrainingMission.from(scenario());
        f.day(0, TrainingMission.Effect.NONE, ts); // drains the academy's day-0 pipeline of nothing
        Squad q = f.squads().get(2);
        q.setTraining(0.9);
        new HnpLosses().land(f, List.of(q), q.cell(), W, 7, 0);
        double total = f.officers;
        f.day(1, TrainingMission.Effect.NONE, ts);
        assertFalse(f.squads().contains(q), "3 officers are below hnp.squad_min_strength=4");
        assertEquals(24, f.squads().size());
        assertEquals(total, f.officers, 1e-9, "nobody is lost in a merge");
        Squad into = f.squads().stream().filter(o -> o.strength() > 12).findFirst().orElseThrow();
        assertEquals(0, into.station);
        assertTrue(into.training() > f.squads().get(1).training(), "the merged officers' training comes with them");
    }

    @Test
    void casualtiesLandOnTheSquadsThatFoughtOrElseOnThoseNearestTheFight() {
        PoliceForce f = force();
        Squad a1 = f.squads().get(0), a2 = f.squads().get(1);
        HnpLosses losses = new HnpLosses();
        losses.land(f, List.of(a1), a1.cell(), W, 2, 4);
        assertEquals(10 - 2 - 4 * (1 - 0.7), a1.strength(), 1e-9, "killed leave, 70 % of the wounded return");
        assertEquals(10, a2.strength(), 1e-9, "a squad that did not fight loses nobody");
        assertEquals(2, f.killedCum, 1e-9);
        assertEquals(6, a1.recentLosses(), 1e-9);
        losses.land(f, null, cell(49, 49), W, 5, 0);
        for (Squad q : f.squads()) {
            if (q.station == 2) assertEquals(9, q.strength(), 1e-9, "the five squads of station B share the loss");
            else if (q != a1) assertEquals(10, q.strength(), 1e-9);
        }
        assertEquals(250 - 2 - 4 * 0.3 - 5, f.officers, 1e-9);
    }

    @Test
    void qualityRisesWithTrainingEquipmentAndMorale() {
        PoliceForce f = force();
        double q = f.quality(0.4, 0.5, 0.4);
        assertTrue(f.quality(0.9, 0.5, 0.4) > q + 0.1, "training");
        assertTrue(f.quality(0.4, 0.9, 0.4) > q, "equipment");
        assertTrue(f.quality(0.4, 0.5, 0.9) > q, "morale");
        assertEquals((0.3 + 0.7 * 0.4) * (0.5 + 0.5 * 0.5) * (0.5 + 0.5 * 0.4), q, 1e-12);
        Squad s0 = f.squads().get(0);
        s0.setTraining(1);
        f.recount();
        assertTrue(f.quality() > q, "the force's mean follows its squads");
    }

    /** Win rate and officers lost per fight of 6 squads (150 on duty) attacking 20 gang fighters for 6 hours. */
    static double[] fights(String training, String... more) {
        Scenario sc = scenario(more);
        PoliceForce f = new PoliceForce(PoliceForce.from(sc), CITY.policeStations());
        Engagement e = new Engagement(Engagement.from(sc));
        List<Squad> group = new ArrayList<>(f.squads().subList(0, 6));
        for (Squad q : group) { q.setTraining(Double.parseDouble(training)); q.strength = 50; }
        Engagement.Side hnp = f.side(group, 0.5, false, 0.4, e);
        Engagement.Side gang = new Engagement.Side(20, 0.03, 0.3, 0);
        int won = 0;
        double lost = 0;
        int n = 400;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = new SplittableRandom(i);
            Engagement.Result res = e.fight(hnp, gang, 6, 10000, r::nextDouble);
            if (res.aWon()) won++;
            lost += res.lossesA();
        }
        return new double[] {won / (double) n, lost / n};
    }

    @Test
    void trainingRaisesWinRateAndSurvivalInEngagements() {
        double[] raw = fights("0.2"), trained = fights("0.9");
        assertTrue(trained[0] > raw[0] + 0.2, "win rate " + raw[0] + " -> " + trained[0]);
        assertTrue(trained[1] < 0.8 * raw[1], "officers lost per fight " + raw[1] + " -> " + trained[1]);
        // through effectiveness alone (no protection from training): trained squads still win more
        double[] rawE = fights("0.2", "conflict.training_protection=0"), trainedE = fights("0.9", "conflict.training_protection=0");
        assertTrue(trainedE[0] > rawE[0] + 0.2, "effectiveness route: " + rawE[0] + " -> " + trainedE[0]);
        // through survival alone (training does not change quality): trained squads lose fewer per fight
        double[] rawS = fights("0.2", "hnp.quality_training_floor=1"), trainedS = fights("0.9", "hnp.quality_training_floor=1");
        assertEquals(rawS[0], trainedS[0], 0.05, "same fire power, about the same win rate");
        assertTrue(trainedS[1] < 0.9 * rawS[1], "survival route: " + rawS[1] + " -> " + trainedS[1]);
    }

    @Test
    void survivalCombinesTrainingAndEquipmentAndCutsLossesInTheLanchesterPath() {
        Engagement e = new Engagement(Engagement.from(scenario()));
        assertEquals(0, e.survival(0, 0), 1e-12);
        assertEquals(1 - 0.7 * 0.7, e.survival(1, 1), 1e-12);
        assertTrue(e.survival(0.9, 0.5) > e.survival(0.2, 0.5));
        Engagement.Side gang = new Engagement.Side(20, 0.03, 0.3, 0);
        Engagement.Result bare = e.expected(new Engagement.Side(100, 0.01, 0.1, 0.4, 0), gang, 2, 10000);
        Engagement.Result armoured = e.expected(new Engagement.Side(100, 0.01, 0.1, 0.4, 0.5), gang, 2, 10000);
        assertEquals(bare.lossesA() / 2, armoured.lossesA(), 0.02 * bare.lossesA(), "half the hits survived, half the losses");
    }
}
