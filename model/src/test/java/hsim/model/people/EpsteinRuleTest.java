package hsim.model.people;

import hsim.model.people.EpsteinRule.RatioRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class EpsteinRuleTest {
    @Test
    void paperConstantGivesNinetyPercentAtOneCopOneActive() {
        assertEquals(0.9, EpsteinRule.paper().arrestProbability(1, 1), 0.001);
    }

    @Test
    void activesAreAtLeastOneBecauseTheAgentCountsItself() {
        EpsteinRule r = EpsteinRule.paper();
        assertEquals(r.arrestProbability(2, 1), r.arrestProbability(2, 0), 1e-12);
    }

    @Test
    void ratioRulesDifferWhenActivesOutnumberCops() {
        // C/A = 2/3: literal keeps it, floor makes it 0 (no risk), round makes it 1
        assertEquals(1 - Math.exp(-2.3 * 2.0 / 3), new EpsteinRule(2.3, 0.1, RatioRule.LITERAL).arrestProbability(2, 3), 1e-12);
        assertEquals(0.0, new EpsteinRule(2.3, 0.1, RatioRule.FLOOR).arrestProbability(2, 3), 1e-12);
        assertEquals(1 - Math.exp(-2.3), new EpsteinRule(2.3, 0.1, RatioRule.ROUND).arrestProbability(2, 3), 1e-12);
        assertEquals(0.0, new EpsteinRule(2.3, 0.1, RatioRule.ROUND).arrestProbability(1, 3), 1e-12);
    }

    @Test
    void activationFollowsGrievanceMinusNetRisk() {
        EpsteinRule r = EpsteinRule.paper();
        // G = 0.9 * (1 - 0.2) = 0.72; no cops: N = 0 -> active
        assertTrue(r.activates(0.9, 0.2, 0.5, 0, 1));
        // many cops: P ~ 1, N = R = 0.7 -> 0.72 - 0.7 = 0.02 < 0.1 -> quiet
        assertFalse(r.activates(0.9, 0.2, 0.7, 10, 1));
        // high legitimacy removes grievance
        assertFalse(r.activates(1.0, 0.95, 0.0, 0, 1));
        assertEquals(0.72 - 0.1, r.margin(0.9, 0.2, 0.5, 0, 1), 1e-12);
    }

    @Test
    void arrestAndJailDrawsStayInRange() {
        assertEquals(-1, EpsteinRule.arrestIndex(0, 0.5));
        assertEquals(0, EpsteinRule.arrestIndex(3, 0.0));
        assertEquals(2, EpsteinRule.arrestIndex(3, 0.9999));
        assertEquals(29, EpsteinRule.jailTerm(30, 0.99999));
        assertEquals(0, EpsteinRule.jailTerm(30, 0.0));
    }

    @Test
    void jailDrawsCoverTheirRanges() {
        for (EpsteinRule.JailDraw d : EpsteinRule.JailDraw.values()) {
            int top = d == EpsteinRule.JailDraw.INTEGER_INCLUSIVE ? 30 : 29;
            int[] seen = new int[32];
            for (int i = 0; i < 3100; i++) seen[EpsteinRule.jailTerm(30, d, (i + 0.5) / 3100)]++;
            for (int t = 0; t <= top; t++) assertTrue(seen[t] > 0, d + " never gives " + t);
            for (int t = top + 1; t < 32; t++) assertEquals(0, seen[t], d + " gives " + t);
            assertEquals(top, EpsteinRule.jailTerm(30, d, 0.9999999));
            assertEquals(0, EpsteinRule.jailTerm(30, d, 0.0));
            assertEquals(0, EpsteinRule.jailTerm(0, d, 0.5));
        }
    }
}
