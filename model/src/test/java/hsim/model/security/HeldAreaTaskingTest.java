package hsim.model.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static hsim.model.security.HnpSquadsTest.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Officers holding a stretch handed over by the rapid force are squads taken out of the day's other duties, not
 * officers counted a second time. The grid of {@link HnpSquadsTest}: 25 squads of 10, half of them on duty.
 */
class HeldAreaTaskingTest {
    @Test
    void aHeldStretchTakesTheNearestSquadsOutOfPatrolAndOperations() {
        PoliceForce f = force();
        Tasking t = tasking();
        int stretch = cell(12, 12);
        Deployment.HeldArea area = new Deployment.HeldArea(stretch, new int[] {cell(11, 12), stretch, cell(13, 12)}, 20, 1);
        Tasking.Plan calm = t.assign(f, stationCells(f), demand(List.of(), 0, List.of(), -1, 0));
        Tasking.Plan held = t.assign(f, stationCells(f), new Tasking.Demand(W, 0.5, List.of(), 0, List.of(area), List.of(), -1, 0,
                List.of(0, 1, 2), 0.5));
        List<Squad> holders = held.byArea().get(0);
        assertEquals(4, holders.size(), "20 officers on duty at 5 a squad");
        for (Squad q : holders) {
            assertEquals(0, q.station, "from the station nearest the stretch");
            assertEquals(Tasking.Duty.HOLD_AREA, q.task());
            assertEquals(stretch, q.cell(), "they stand on the stretch");
            assertFalse(held.patrol().contains(q) || held.offensive().contains(q), "and do nothing else");
        }
        double onDuty = 0;
        for (Squad q : f.squads()) onDuty += q.onDuty(0.5);
        double inCalm = calm.onDuty(calm.patrol(), 0.5) + calm.onDuty(calm.offensive(), 0.5);
        double inHeld = held.onDuty(holders, 0.5) + held.onDuty(held.patrol(), 0.5) + held.onDuty(held.offensive(), 0.5);
        assertEquals(onDuty, inCalm, 1e-9);
        assertEquals(onDuty, inHeld, 1e-9, "every on-duty officer is counted once");
        assertEquals(calm.onDuty(calm.offensive(), 0.5) - 20, held.onDuty(held.offensive(), 0.5), 1e-9,
                "station A's operations lose the 20 officers the stretch ties up (its patrol keeps priority)");
        assertEquals(calm.patrol().size(), held.patrol().size());
    }
}
