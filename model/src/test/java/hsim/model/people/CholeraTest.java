package hsim.model.people;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static hsim.model.people.Cholera.*;
import static org.junit.jupiter.api.Assertions.*;

class CholeraTest {
    private static final Cholera.Settings S = new Cholera.Settings(0.06, 0.55, 0.8, 0.25, 0.3, 1.5, 5, 0.01, 0.12, 0);

    @Test
    void unsafeWaterPushesR0AboveOneAndSafeWaterBelow() {
        Cholera c = new Cholera(S);
        assertTrue(c.r0(1.0) < 1, "safe water: " + c.r0(1.0));
        assertTrue(c.r0(0.1) > 1.3, "unsafe water: " + c.r0(0.1));
        assertTrue(c.forceOfInfection(0.2, 0.01, 0.01) > c.forceOfInfection(0.9, 0.01, 0.01));
        assertEquals(0, c.forceOfInfection(0.0, 0, 0), 0);
    }

    @Test
    void localPrevalenceWeighsMoreThanMetroPrevalence() {
        Cholera c = new Cholera(S);
        assertTrue(c.forceOfInfection(0.5, 0.05, 0) > c.forceOfInfection(0.5, 0, 0.05));
    }

    @Test
    void treatmentCutsFatalityAndSymptomaticShareIsRespected() {
        Cholera c = new Cholera(S);
        SplittableRandom r = new SplittableRandom(5);
        int n = 200000, sym = 0, deadT = 0, deadU = 0;
        for (int i = 0; i < n; i++) {
            byte s = EXPOSED;
            while (s == EXPOSED) s = c.step(s, 0, true, r.nextDouble(), r.nextDouble());
            if (s == SYMPTOMATIC) sym++;
            byte t = SYMPTOMATIC, u = SYMPTOMATIC;
            while (t == SYMPTOMATIC) t = c.step(t, 0, true, r.nextDouble(), r.nextDouble());
            while (u == SYMPTOMATIC) u = c.step(u, 0, false, r.nextDouble(), r.nextDouble());
            if (t == DEAD) deadT++;
            if (u == DEAD) deadU++;
        }
        assertEquals(0.3, sym / (double) n, 0.01);
        assertEquals(0.01, deadT / (double) n, 0.002);
        assertEquals(0.12, deadU / (double) n, 0.005);
    }

    @Test
    void incubationMeanMatchesSetting() {
        Cholera c = new Cholera(S);
        SplittableRandom r = new SplittableRandom(9);
        double days = 0;
        int n = 50000;
        for (int i = 0; i < n; i++) {
            byte s = EXPOSED;
            int d = 0;
            while (s == EXPOSED) { s = c.step(s, 0, true, r.nextDouble(), r.nextDouble()); d++; }
            days += d;
        }
        // daily steps: geometric with p = 1 - exp(-1/1.5), mean 1/p ~ 2.056 days
        assertEquals(1 / (1 - Math.exp(-1 / 1.5)), days / n, 0.03);
    }

    @Test
    void deadAndRecoveredStayPut() {
        Cholera c = new Cholera(S);
        assertEquals(DEAD, c.step(DEAD, 5, false, 0, 0));
        assertEquals(RECOVERED, c.step(RECOVERED, 5, false, 0, 0));
        assertEquals(SUSCEPTIBLE, c.step(SUSCEPTIBLE, 0, false, 0.0001, 0));
    }

    @Test
    void illnessLastsItsMeanDurationForCasesAndCarriersAlike() {
        Cholera c = new Cholera(S);
        SplittableRandom r = new SplittableRandom(11);
        int n = 50000;
        double sick = 0, carrying = 0;
        for (int i = 0; i < n; i++) {
            byte s = SYMPTOMATIC, a = ASYMPTOMATIC;
            while (s == SYMPTOMATIC) { s = c.step(s, 0, true, r.nextDouble(), r.nextDouble()); sick++; }
            while (a == ASYMPTOMATIC) { a = c.step(a, 0, true, r.nextDouble(), r.nextDouble()); carrying++; }
            assertEquals(RECOVERED, a, "carriers recover");
        }
        // daily steps: geometric with p = 1 - exp(-1/5), mean 1/p ~ 5.52 days
        double mean = 1 / (1 - Math.exp(-1 / 5.0));
        assertEquals(mean, sick / n, 0.08);
        assertEquals(mean, carrying / n, 0.08);
    }

    @Test
    void forceOfInfectionAndR0FollowTheirFormulas() {
        Cholera c = new Cholera(S);
        // equal local and metro prevalence: the mixing weights sum to one
        assertEquals((0.06 + 0.55 * 0.5) * 0.05, c.forceOfInfection(0.5, 0.05, 0.05), 1e-12);
        assertEquals((0.06 + 0.55 * 0.5) * (0.8 * 0.05 + 0.2 * 0.01), c.forceOfInfection(0.5, 0.05, 0.01), 1e-12);
        // rate x mean infectious period x mean infectiousness of an infection (30 % cases, 70 % carriers at 0.25)
        assertEquals((0.06 + 0.55 * 0.4) * 5 * (0.3 + 0.7 * 0.25), c.r0(0.6), 1e-12);
        assertEquals(1.0, c.infectiousness(SYMPTOMATIC), 0);
        assertEquals(0.25, c.infectiousness(ASYMPTOMATIC), 0);
        assertEquals(0, c.infectiousness(EXPOSED), 0);
        assertEquals(0, c.infectiousness(RECOVERED), 0);
    }
}
