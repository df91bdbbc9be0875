package hsim.model.security;

import hsim.model.conflict.Engagement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A fight no squad was sent to (a gang attacks a site, a post or a cell) is fought by the squads standing there or
 * nearest, at their training and equipment, not at the force's mean. The world of {@link SecurityWorld}: one station.
 */
class UntaskedFightQualityTest {
    @Test
    void theSquadsOnTheSpotSetTheDefendersQualityAndSurvival() {
        SecurityWorld w = new SecurityWorld();
        PoliceForce hnp = w.s.hnp;
        List<Squad> squads = hnp.squads();
        assertTrue(squads.size() >= 4, "enough squads to split: " + squads.size());
        int post = w.cell(50, 10), station = hnp.stations().get(0).cell();
        for (int i = 0; i < squads.size(); i++) {
            Squad q = squads.get(i);
            boolean elite = i < 2;
            q.setTraining(elite ? 1 : 0);
            q.setEquipment(elite ? 1 : 0);
            if (elite) q.cell = post;
            else q.cell = station;
        }
        hnp.recount();
        Engagement.Side atPost = w.battles.hnpSide(20, post, true);
        Engagement.Side atStation = w.battles.hnpSide(20, station, true);
        double perHour = hnp.settings().effectivenessPerHour();
        assertEquals(20, atPost.fighters(), 1e-9, "the officer count is the caller's");
        assertEquals(perHour * hnp.quality(squads.get(0)), atPost.effectiveness(), 1e-9, "the trained squads on the spot fight");
        assertEquals(perHour * hnp.quality(squads.get(2)), atStation.effectiveness(), 1e-9, "the untrained ones at the station");
        assertTrue(atPost.effectiveness() > perHour * hnp.quality() && perHour * hnp.quality() > atStation.effectiveness(),
                "the force's mean lies between: using it would blur both fights");
        assertEquals(w.s.engagement.survival(1, 1), atPost.survival(), 1e-9);
        assertEquals(w.s.engagement.survival(0, 0), atStation.survival(), 1e-9);
        int between = w.cell(45, 10); // nearer the post: its squads are the nearest
        assertEquals(atPost.effectiveness(), w.battles.hnpSide(20, between, true).effectiveness(), 1e-12);
    }
}
