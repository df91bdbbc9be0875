package hsim.model.people;

import hsim.model.core.StateHash;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CiviliansTest {
    @Test
    void fieldsAreIndependentPerAgentAndSurviveGrowth() {
        Civilians c = new Civilians(1, 100);
        for (int i = 0; i < 1000; i++) assertEquals(i, c.add(i % 50, 0.1f, 0.9f, 0.5f));
        c.setCell(7, 42);
        c.set(7, Civilians.GANG_MEMBER, true);
        c.set(7, Civilians.DISPLACED, true);
        c.setGang(7, (short) 3);
        c.setCholera(7, Civilians.INFECTIOUS);
        c.setCholeraHours(7, 12);
        c.setJailHours(8, 240);
        assertEquals(42, c.cell(7));
        assertEquals(7, c.homeCell(7));
        assertTrue(c.has(7, Civilians.GANG_MEMBER) && c.has(7, Civilians.DISPLACED) && c.alive(7));
        c.set(7, Civilians.DISPLACED, false);
        assertFalse(c.has(7, Civilians.DISPLACED));
        assertTrue(c.has(7, Civilians.GANG_MEMBER));
        assertEquals(Civilians.INFECTIOUS, c.cholera(7));
        assertEquals(12, c.choleraHours(7));
        assertEquals(3, c.gang(7));
        assertEquals(Civilians.NO_GANG, c.gang(6));
        assertEquals(240, c.jailHours(8));
        assertEquals(0, c.jailHours(7));
        c.set(9, Civilians.ALIVE, false);
        assertEquals(999, c.aliveCount());
        assertEquals(99_900.0, c.people(c.aliveCount()));
    }

    @Test
    void compactEnoughAndHashed() {
        assertTrue(Civilians.BYTES_PER_AGENT <= 32, "aim for ~32 bytes per civilian");
        Civilians a = new Civilians(4, 1), b = new Civilians(4, 1);
        a.add(1, 0.5f, 0.5f, 0.5f);
        b.add(1, 0.5f, 0.5f, 0.5f);
        assertEquals(a.hashInto(new StateHash()).value(), b.hashInto(new StateHash()).value());
        b.setJailHours(0, 1);
        assertNotEquals(a.hashInto(new StateHash()).value(), b.hashInto(new StateHash()).value());
        assertThrows(IllegalArgumentException.class, () -> new Civilians(1, 0.5));
    }
}
