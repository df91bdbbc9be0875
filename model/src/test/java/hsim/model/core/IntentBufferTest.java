package hsim.model.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntentBufferTest {
    @Test
    void groupsByTargetStablyInActorOrder() {
        try (ParallelCore core = new ParallelCore(1, 3, 2)) {
            IntentBuffer b = new IntentBuffer();
            core.forEach(9, (id, c) -> b.add(c, id, 0, id % 3, id * 10.0), b);
            assertEquals(9, b.size());
            IntentBuffer.Grouping g = b.groupByTarget(3);
            assertEquals(3, g.count(1));
            int[] actorsOfTarget1 = new int[3];
            for (int k = 0; k < 3; k++) actorsOfTarget1[k] = b.actor(g.order()[g.start()[1] + k]);
            assertEquals(1, actorsOfTarget1[0]);
            assertEquals(4, actorsOfTarget1[1]);
            assertEquals(7, actorsOfTarget1[2]);
            assertEquals(70.0, b.amount(7));
            // the next phase starts empty
            core.forEach(2, (id, c) -> { }, b);
            assertEquals(0, b.size());
            assertThrows(IllegalArgumentException.class, () -> {
                b.add(0, 0, 5, 0);
                b.groupByTarget(3);
            });
        }
    }

    @Test
    void aBufferNotGivenToThePhaseIsRefused() {
        try (ParallelCore core = new ParallelCore(1, 1, 2)) {
            IntentBuffer b = new IntentBuffer();
            assertThrows(AgentStepException.class, () -> core.forEach(4, (id, c) -> b.add(c, id, 0, 0, 0)));
        }
    }
}
