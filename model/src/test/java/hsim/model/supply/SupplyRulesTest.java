package hsim.model.supply;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SupplyRulesTest {
    private final Checkpoint cp = new Checkpoint(new Checkpoint.Settings(0.1, 0.05, 50, 2, 3));

    @Test
    void unescortedTrucksFaceTheFullOdds() {
        assertEquals(Checkpoint.Outcome.HIJACK, cp.meet(10, 0, 0.05));
        assertEquals(Checkpoint.Outcome.KIDNAP, cp.meet(10, 0, 0.12));
        assertEquals(Checkpoint.Outcome.TOLL, cp.meet(10, 0, 0.5));
    }

    @Test
    void escortsCutTheOddsAndStrongEscortsPassFreely() {
        assertTrue(cp.gangAdvantage(10, 1) < cp.gangAdvantage(10, 0));
        // advantage 10/(10+3*1) = 0.77: hijack share 0.077, so 0.09 is a kidnap now (0.077..0.115)
        assertEquals(Checkpoint.Outcome.KIDNAP, cp.meet(10, 1, 0.09));
        // ... and kidnap share 0.05 x 0.77 = 0.038: above 0.077 + 0.038 = 0.115 the gang only takes its toll
        assertEquals(Checkpoint.Outcome.TOLL, cp.meet(10, 1, 0.12));
        assertEquals(Checkpoint.Outcome.PASS, cp.meet(10, 4, 0.0));
        assertEquals(Checkpoint.Outcome.PASS, cp.meet(0, 0, 0.0));
    }

    @Test
    void anEvenlyMatchedGangStillHoldsItsCheckpointAndAWeakerOneStandsAside() {
        // advantage 3 / (3 + 3 x 1) = 0.5, exactly the stand-aside threshold: not outgunned
        assertFalse(cp.outgunned(3, 1));
        assertEquals(Checkpoint.Outcome.TOLL, cp.meet(3, 1, 0.5));
        assertEquals(Checkpoint.Outcome.HIJACK, cp.meet(3, 1, 0.0), "hijack share 0.1 x 0.5 = 0.05");
        assertTrue(cp.outgunned(2.9, 1));
        assertEquals(Checkpoint.Outcome.PASS, cp.meet(2.9, 1, 0.0));
        Checkpoint timid = new Checkpoint(new Checkpoint.Settings(0.1, 0.05, 50, 2, 3, 0.9));
        assertEquals(Checkpoint.Outcome.PASS, timid.meet(10, 1, 0.0), "a gang that yields below 0.9 yields at 0.77");
    }

    @Test
    void stockFillsToCapacityAndServesWhileOpen() {
        Stock s = new Stock(100, 20);
        assertEquals(30, s.deliver(110), 1e-12);
        assertEquals(100, s.level(), 1e-12);
        assertEquals(60, s.serve(60, true), 1e-12);
        assertEquals(0, s.serve(60, false), 1e-12);
        assertEquals(40, s.serve(60, true), 1e-12);
        assertTrue(s.isEmpty());
        assertEquals(100.0 / 180, s.metShare(), 1e-12);
        s.newDay();
        assertEquals(1, s.metShare(), 1e-12);
    }

    @Test
    void attackMemoryFadesWithItsHalfLife() {
        RouteRisk r = new RouteRisk(4, 7);
        r.attacked(2);
        assertEquals(180.0, r.extraMinutes(2, 180), 1e-6);
        for (int d = 0; d < 7; d++) r.newDay();
        assertEquals(0.5, r.risk(2), 1e-3);
        assertEquals(0, r.risk(1), 0);
    }
}
