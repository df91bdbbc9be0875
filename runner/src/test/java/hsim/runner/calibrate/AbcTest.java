package hsim.runner.calibrate;

import hsim.model.scenario.Param;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AbcTest {
    static final Param P = Param.number("x.a", 0.5, 0, 10, "1", "assumption", "test");
    static final List<Prior> PRIORS = List.of(new Prior("x.a", P, 0, 1, 1), new Prior("x.b", P, 2, 4, 2));

    @Test
    void theFirstToleranceAcceptsTheBestShare() {
        double[] d = {5, 1, 4, 2, 3, Double.NaN, 6, 7, 8, 9};
        assertEquals(3, Abc.firstTolerance(d, 0.3, 2), "ceil(0.3 x 10) = 3 best: 1, 2, 3");
        assertEquals(4, Abc.firstTolerance(d, 0.3, 4), "min_accepted wins over the share");
    }

    @Test
    void aLaterToleranceShrinksButNeverEmptiesAWave() {
        List<Abc.Particle> prev = List.of(new Abc.Particle(new double[] {0.5, 3}, 1, 0.5), new Abc.Particle(new double[] {0.5, 3}, 3, 0.5));
        assertEquals(1, Abc.nextTolerance(prev, new double[] {0.5, 0.8, 2, 5}, 0.5, 2), "the 0.5-quantile of the previous accepted");
        assertEquals(2, Abc.nextTolerance(prev, new double[] {0.5, 2, 5, 6}, 0.5, 2), "relaxed to the 2nd best when fewer would pass");
    }

    @Test
    void proposalsStayInsideThePriorsAreDeterministicAndMoveTowardsTheParticles() {
        List<Abc.Particle> pop = List.of(new Abc.Particle(new double[] {0.9, 2.1}, 1, 0.7), new Abc.Particle(new double[] {0.8, 2.3}, 1, 0.3));
        List<double[]> a = Abc.propose(pop, PRIORS, 200, 7, 2);
        List<double[]> b = Abc.propose(pop, PRIORS, 200, 7, 2);
        double meanA = 0;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
            assertTrue(a.get(i)[0] >= 0 && a.get(i)[0] <= 1 && a.get(i)[1] >= 2 && a.get(i)[1] <= 4);
            meanA += a.get(i)[0] / a.size();
        }
        assertTrue(meanA > 0.7, "candidates gather near the particles, not over the prior: " + meanA);
        assertNotEquals(a.get(0)[0], Abc.propose(pop, PRIORS, 1, 7, 3).get(0)[0], "another wave draws anew");
    }

    @Test
    void weightsFavourCandidatesFarFromCrowdedParticles() {
        List<Abc.Particle> prev = new ArrayList<>();
        for (int i = 0; i < 9; i++) prev.add(new Abc.Particle(new double[] {0.2 + 0.001 * i, 3}, 1, 0.1));
        prev.add(new Abc.Particle(new double[] {0.8, 3.5}, 1, 0.1));
        double[] w = Abc.weights(List.of(new double[] {0.2, 3}, new double[] {0.8, 3.5}), prev, PRIORS);
        assertEquals(1, w[0] + w[1], 1e-12);
        assertTrue(w[1] > w[0], "a candidate where the proposal rarely goes gets the larger weight: " + w[0] + " " + w[1]);
        double[] first = Abc.weights(List.of(new double[] {0.2, 3}, new double[] {0.8, 3.5}), null, PRIORS);
        assertArrayEquals(new double[] {0.5, 0.5}, first, 1e-12);
        assertEquals(2, Abc.ess(first), 1e-12);
    }

    @Test
    void theNormalCdfIsAccurate() {
        assertEquals(0.5, Abc.phi(0), 1e-7);
        assertEquals(0.975002, Abc.phi(1.96), 1e-6);
        assertEquals(0.024998, Abc.phi(-1.96), 1e-6);
    }
}
