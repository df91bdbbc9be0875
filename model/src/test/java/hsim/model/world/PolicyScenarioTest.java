package hsim.model.world;

import hsim.model.run.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The slow levers: a training mission works only after months; sanctions and the embargo over time. */
class PolicyScenarioTest {
    @Test
    void trainingRaisesHnpCapabilityOnlyAfterMonths() {
        for (long seed = 1; seed <= 2; seed++) {
            RunResult t = Runs.run("training", 150, seed, "training.start_day=0");
            RunResult b = Runs.run("baseline", 150, seed);
            double early = Runs.at(t, "hnp_training", 20) - Runs.at(b, "hnp_training", 20);
            double late = Runs.at(t, "hnp_training", 150) - Runs.at(b, "hnp_training", 150);
            assertTrue(early < 0.03, "little effect in the first weeks: " + early);
            assertTrue(late > 0.08, "clear effect after five months: " + late);
            assertTrue(late > 3 * Math.max(early, 0.005));
        }
    }

    @Test
    void sanctionsAndEmbargoShrinkGangArmsAndRecruitmentOverTime() {
        double weaponsLoose = 0, weaponsTight = 0, recruitsLoose = 0, recruitsTight = 0;
        for (long seed = 1; seed <= 2; seed++) {
            RunResult loose = Runs.run("baseline", 120, seed, "gangs.sanctions_strength=0", "gangs.arms_embargo_leakage=1");
            RunResult tight = Runs.run("baseline", 120, seed, "gangs.sanctions_strength=1", "gangs.arms_embargo_leakage=0.1");
            weaponsLoose += Runs.at(loose, "gang_weapons", 120);
            weaponsTight += Runs.at(tight, "gang_weapons", 120);
            recruitsLoose += Runs.at(loose, "gang_recruits_cum", 120);
            recruitsTight += Runs.at(tight, "gang_recruits_cum", 120);
            // the gap opens over time rather than at once
            double gap10 = Runs.at(loose, "gang_weapons", 10) - Runs.at(tight, "gang_weapons", 10);
            double gap120 = Runs.at(loose, "gang_weapons", 120) - Runs.at(tight, "gang_weapons", 120);
            assertTrue(gap120 > gap10, "gap grows: " + gap10 + " -> " + gap120);
        }
        assertTrue(weaponsTight < 0.9 * weaponsLoose, "weapons " + weaponsTight + " vs " + weaponsLoose);
        assertTrue(recruitsTight < 0.8 * recruitsLoose, "recruits " + recruitsTight + " vs " + recruitsLoose);
    }
}
