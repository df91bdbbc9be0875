package hsim.model.conflict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Rules of engagement: restraint lowers collateral harm and, at a cost, the side's effectiveness. */
class RoeRestraintTest {
    @Test
    void restraintLowersBothCollateralHarmAndTheHarmDoneToTheEnemy() {
        Engagement e = new Engagement(new Engagement.Settings(0.25, 0.99, 0.01, 10000, 0.35, 0, 0, 0.3));
        Engagement.Side gang = new Engagement.Side(100, 0.03, 0.3, 0);
        Engagement.Result loose = e.expected(new Engagement.Side(200, 0.08, 0.2, 0), gang, 3, 10000);
        Engagement.Result tight = e.expected(new Engagement.Side(200, 0.08, 0.2, 0.9), gang, 3, 10000);
        double harmLoose = loose.civiliansKilled() + loose.civiliansInjured();
        double harmTight = tight.civiliansKilled() + tight.civiliansInjured();
        assertTrue(harmTight < 0.8 * harmLoose, "restraint spares civilians: " + harmLoose + " -> " + harmTight);
        assertTrue(tight.lossesB() < 0.8 * loose.lossesB(), "restraint costs effectiveness: " + loose.lossesB() + " -> " + tight.lossesB());
        assertTrue(tight.lossesA() >= loose.lossesA(), "and the restrained side loses at least as many");
        assertEquals(0.08 * (1 - 0.3 * 0.9), e.effective(new Engagement.Side(1, 0.08, 0, 0.9)), 1e-12);
    }
}
