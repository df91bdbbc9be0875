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
}
