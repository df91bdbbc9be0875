package hsim.model.people;

import hsim.model.city.City;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.MetroState;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The civilian day's short cuts must give exactly what the plain formulas give (outputs stay byte-identical):
 * Epstein activation without StrictMath.exp for most agents, and the morning's table of infection chances.
 */
class HotPathExactnessTest {
    /** Rule A written out literally, with StrictMath.exp for every agent. */
    private static boolean literal(EpsteinRule r, double h, double l, double risk, double cops, double actives) {
        return EpsteinRule.grievance(h, l) - EpsteinRule.netRisk(risk, r.arrestProbability(cops, actives)) > r.threshold();
    }

    @Test
    void activationAgreesWithTheLiteralRuleEverywhereIncludingAtTheThreshold() {
        SplittableRandom u = new SplittableRandom(7);
        int nearEdge = 0;
        for (EpsteinRule.RatioRule rule : EpsteinRule.RatioRule.values()) {
            EpsteinRule r = new EpsteinRule(2.3, 0.1, rule);
            for (int n = 0; n < 300_000; n++) {
                double cops = u.nextDouble() * 40 * u.nextDouble(), actives = u.nextDouble() * 30, risk = u.nextDouble();
                double l = u.nextDouble(), h = u.nextDouble();
                if (n % 2 == 0 && l < 1) {
                    // put G on the edge G - R P = T, a few ulps either side, where a sloppy short cut would flip
                    double g = r.threshold() + EpsteinRule.netRisk(risk, r.arrestProbability(cops, actives));
                    h = g / (1 - l) + (u.nextInt(9) - 4) * Math.ulp(g);
                    nearEdge++;
                }
                assertEquals(literal(r, h, l, risk, cops, actives), r.activates(h, l, risk, cops, actives),
                        () -> rule + " cops=" + cops + " actives=" + actives + " risk=" + risk);
            }
        }
        assertTrue(nearEdge > 100_000);
        EpsteinRule r = EpsteinRule.paper();
        double[] odd = {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e-310, 800, 1e300};
        for (double a : odd) for (double b : odd) for (double c : odd) {
            assertEquals(literal(r, 0.9, 0.1, a, b, c), r.activates(0.9, 0.1, a, b, c), a + " " + b + " " + c);
            assertEquals(literal(r, a, 0.1, 0.5, b, c), r.activates(a, 0.1, 0.5, b, c), a + " " + b + " " + c);
        }
    }

    @Test
    void theMorningsInfectionChancesAreTheFormulasBitForBit() {
        ScenarioLoader loader = ModelCatalog.loader();
        Scenario s = loader.override(loader.load("baseline"), java.util.List.of("gangs.count_metro=0", "gangs.initial_control_share=0",
                "cholera.local_block_cells=4"));
        City city = City.builder(20, 20).facility("water", hsim.model.city.FacilityKind.WATER_POINT, 10, 10)
                .facility("market", hsim.model.city.FacilityKind.MARKET, 10, 9).build();
        Civilians civ = new Civilians(0, 100);
        SplittableRandom u = new SplittableRandom(3);
        for (int c = 0; c < city.cells(); c++) if (c % 3 != 0) civ.add(c, 0.2f, 0.5f, 0.5f);
        MetroState m = new MetroState(s, city, civ, 1);
        for (int i = 0; i < civ.size(); i++) if (u.nextDouble() < 0.2) civ.setCholera(i, u.nextBoolean() ? Cholera.SYMPTOMATIC : Cholera.ASYMPTOMATIC);
        // safe water differs within blocks, so the memo by (block, share) must tell the cells apart
        for (int c = 0; c < city.cells(); c++) m.safeWater[c] = (c / 7) % 2 == 0 ? 0.3f : (float) u.nextDouble();
        CholeraPrevalence p = new CholeraPrevalence(m);
        for (int day = 0; day < 3; day++) {
            p.update();
            for (int c = 0; c < city.cells(); c++) {
                double expected = m.cholera.infectionProbability(m.cholera.forceOfInfection(m.safeWater[c], p.localShare(c), p.metroShare()));
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(p.infectionProbability(c)), "cell " + c);
            }
            for (int c = 0; c < city.cells(); c++) m.safeWater[c] = (float) u.nextDouble();
        }
    }
}
