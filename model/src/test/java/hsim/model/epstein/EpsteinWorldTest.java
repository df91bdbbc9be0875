package hsim.model.epstein;

import hsim.model.InputException;
import hsim.model.people.EpsteinRule;
import hsim.model.run.ModelCatalog;
import hsim.model.run.RunResult;
import hsim.model.run.RunSpec;
import hsim.model.run.Simulation;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Epstein (2002) Model I docking world: shared rule, behaviour, determinism, outburst statistics. */
class EpsteinWorldTest {
    private static final ScenarioLoader LOADER = ModelCatalog.loader();

    private static Scenario run2(String... sets) {
        return LOADER.override(LOADER.load("epstein-run2"), List.of(sets));
    }

    @Test
    void theWorldAppliesTheRuleTheHaitiModelBuildsFromTheSameScenario() {
        // the Haiti model's Metro builds its recruitment rule with EpsteinRule.from(scenario); so does the world
        for (String rr : List.of("literal", "floor", "round")) {
            Scenario s = run2("people.epstein_ratio_rule=" + rr, "people.epstein_k=1.7", "people.recruit_threshold=0.15");
            EpsteinWorld w = new EpsteinWorld(s, 3);
            assertEquals(EpsteinRule.from(s), w.rule());
            assertEquals(EpsteinRule.RatioRule.valueOf(rr.toUpperCase()), w.rule().ratioRule());
            assertEquals(1.7, w.rule().k());
        }
    }

    @Test
    void everyAgentsStateIsTheSharedRulesDecisionOnWhatItSees() {
        // no movement and no cops: the lattice is frozen, so every agent's decision can be recomputed from
        // what it sees with the shared rule and must match the world's state
        Scenario s = run2("epstein.movement=false", "epstein.cop_density=0", "epstein.legitimacy=0.3",
                "epstein.legitimacy_final=0.3", "people.epstein_ratio_rule=floor");
        EpsteinWorld w = new EpsteinWorld(s, 11);
        EpsteinRule shared = EpsteinRule.from(s);
        int checked = 0, activeSeen = 0;
        for (int step = 0; step < 3; step++) {
            w.step();
            for (int i = 0; i < w.agents(); i++) {
                boolean expect = shared.activates(w.hardship(i), w.legitimacy(), w.riskAversion(i),
                        w.copsInVision(i), w.activesInVision(i) + 1);
                assertEquals(expect, w.isActive(i), "agent " + i + " at step " + step);
                checked++;
                if (w.isActive(i)) activeSeen++;
            }
        }
        assertEquals(3 * w.agents(), checked);
        assertTrue(activeSeen > 0);
    }

    @Test
    void sameDecisionAsTheHaitiRecruitmentCallOnTheSameInputs() {
        // CivilianDay calls epstein.activates(h, l, r, cops in vision, gang in vision + 1) and Metro calls
        // epstein.arrestProbability(cops, actives); the world calls the very same methods on the same kind of
        // counts, so on identical inputs both give identical decisions for every ratio rule
        Scenario s = run2("people.epstein_ratio_rule=round");
        EpsteinRule haiti = EpsteinRule.from(s);
        EpsteinRule world = new EpsteinWorld(s, 1).rule();
        double[][] cases = {{0.9, 0.2, 0.5, 0, 1}, {0.9, 0.2, 0.7, 10, 1}, {0.6, 0.5, 0.1, 2, 3}, {0.8, 0.82, 0.05, 1, 4}};
        for (double[] c : cases) {
            assertEquals(haiti.activates(c[0], c[1], c[2], c[3], c[4]), world.activates(c[0], c[1], c[2], c[3], c[4]));
            assertEquals(haiti.arrestProbability(c[3], c[4]), world.arrestProbability(c[3], c[4]));
        }
    }

    @Test
    void withFullLegitimacyThereAreNeverActives() {
        // G = H (1 - L) = 0 < T, whatever the cops: nobody ever rebels, so nobody is ever jailed
        RunResult r = Simulation.run(new RunSpec(run2("epstein.legitimacy=1", "epstein.legitimacy_final=1",
                "epstein.cop_density=0"), 5, 100, 1));
        for (double[] row : r.daily()) {
            assertEquals(0, row[2], "active at step " + row[0]);
            assertEquals(0, row[3], "jailed at step " + row[0]);
        }
        assertEquals(0.0, r.summary().get("outbursts"));
    }

    @Test
    void withoutCopsAndLowLegitimacyTheAggrievedRebelAndStay() {
        // no cops: N = 0, so exactly the agents with G = H (1 - L) > T are active from their first turn on
        Scenario s = run2("epstein.cop_density=0", "epstein.legitimacy=0.3", "epstein.legitimacy_final=0.3");
        EpsteinWorld w = new EpsteinWorld(s, 9);
        int expected = 0;
        for (int i = 0; i < w.agents(); i++) if (w.hardship(i) * 0.7 > 0.1) expected++;
        w.step();
        assertEquals(expected, (int) w.row()[2]);
        assertTrue(expected > w.agents() / 2);
        for (int k = 0; k < 20; k++) w.step();
        assertEquals(expected, (int) w.row()[2]);
    }

    @Test
    void copsJailActivesAndTheyComeBackWhenTheTermsEnd() {
        RunResult r = Simulation.run(new RunSpec(run2("people.epstein_ratio_rule=floor"), 2, 200, 1));
        double maxJailed = 0;
        boolean released = false;
        for (int t = 1; t < r.daily().size(); t++) {
            double[] row = r.daily().get(t);
            assertEquals(1120, row[1] + row[2] + row[3], 1e-9); // quiet + active + jailed = all agents
            maxJailed = Math.max(maxJailed, row[3]);
            if (row[3] < r.daily().get(t - 1)[3]) released = true;
        }
        assertTrue(maxJailed > 0);
        assertTrue(released, "with J_max = 30 some jailed agents must come out within 200 steps");
    }

    @Test
    void copReductionWithdrawsCopsOnSchedule() {
        Scenario s = LOADER.override(LOADER.load("epstein-run5"), List.of("epstein.cop_change_step=10", "epstein.cop_change_steps=40"));
        RunResult r = Simulation.run(new RunSpec(s, 1, 60, 1));
        assertEquals(118, r.daily().get(9)[4]);                    // round(0.074 * 1600) until step 10
        assertEquals(Math.round(118 * (1 - 0.7 * 20 / 40.0)), r.daily().get(29)[4]); // half way
        assertEquals(35, r.daily().get(59)[4]);                    // 30% of 118 left
        assertEquals(0.8, r.daily().get(59)[5]);
    }

    @Test
    void runsAreDeterminedBySeedAndScenarioAndIgnoreThreads() {
        Scenario s = run2("people.epstein_ratio_rule=round");
        RunResult a = Simulation.run(new RunSpec(s, 42, 100, 1));
        RunResult b = Simulation.run(new RunSpec(s, 42, 100, 4, 7));
        RunResult c = Simulation.run(new RunSpec(s, 43, 100, 1));
        assertEquals(rows(a), rows(b));
        assertEquals(a.summary(), b.summary());
        assertNotEquals(rows(a), rows(c));
    }

    @Test
    void outburstsAreSpellsAboveTheThreshold() {
        // actives: 0 60 70 10 10 10 80 0 90 90 (last spell still going at the end)
        double[] actives = {0, 60, 70, 10, 10, 10, 80, 0, 90, 90};
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < actives.length; t++) rows.add(new double[] {t + 1, 0, actives[t], 0, 0, 0});
        Map<String, Double> m = Outbursts.of(rows, 50);
        assertEquals(3.0, m.get("outbursts"));
        assertEquals((3 + 1) / 2.0, m.get("outburst_waiting_mean"), 1e-12); // 6-3 = 3 and 8-7 = 1 quiet steps
        assertEquals(Math.sqrt(2), m.get("outburst_waiting_sd"), 1e-12);
        assertEquals((130 + 80) / 2.0, m.get("outburst_activation_mean"), 1e-12); // the open spell is left out
        assertEquals(1.0, m.get("first_outburst_step"));
        assertEquals(90.0, m.get("peak_active"));
    }

    @Test
    void neighbourhoodShapes() {
        // vision 1.7: Euclidean is the 8 surrounding sites, von Neumann the 4 orthogonal ones
        assertEquals(16, Neighbourhood.EUCLIDEAN.offsets(1.7, 40, 40).length);
        assertEquals(8, Neighbourhood.VON_NEUMANN.offsets(1.7, 40, 40).length);
        // vision 7: 148 sites in the disk (own excluded), 2 * 7 * 8 = 112 in the diamond
        assertEquals(2 * 148, Neighbourhood.EUCLIDEAN.offsets(7, 40, 40).length);
        assertEquals(2 * 112, Neighbourhood.VON_NEUMANN.offsets(7, 40, 40).length);
        // a radius wider than the torus lists every other site once
        assertEquals(2 * 24, Neighbourhood.EUCLIDEAN.offsets(9, 5, 5).length);
    }

    @Test
    void tooManyIndividualsForTheLatticeIsBadInput() {
        InputException e = assertThrows(InputException.class,
                () -> Simulation.run(new RunSpec(run2("epstein.agent_density=0.9", "epstein.cop_density=0.2"), 1, 1, 1)));
        assertTrue(e.getMessage().contains("epstein.cop_density"), e.getMessage());
    }

    private static List<List<Double>> rows(RunResult r) {
        List<List<Double>> out = new ArrayList<>();
        for (double[] row : r.daily()) {
            List<Double> l = new ArrayList<>();
            for (double v : row) l.add(v);
            out.add(l);
        }
        return out;
    }
}
