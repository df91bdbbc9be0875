package hsim.model.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateTest {
    @Test
    void ratesFireAtTheirHours() {
        assertTrue(Rate.hourly().firesAt(0) && Rate.hourly().firesAt(5));
        Rate six = Rate.everyHours(6);
        assertTrue(six.firesAt(0) && six.firesAt(12));
        assertFalse(six.firesAt(3));
        Rate morning = Rate.daily().atHour(6);
        assertTrue(morning.firesAt(6) && morning.firesAt(30));
        assertFalse(morning.firesAt(0));
        assertEquals(6, morning.nextFiringAtOrAfter(0));
        assertEquals(30, morning.nextFiringAtOrAfter(7));
        assertEquals(30, morning.nextFiringAtOrAfter(30));
        assertEquals(48, Rate.everyDays(2).intervalHours());
        assertThrows(IllegalArgumentException.class, () -> Rate.everyHours(0));
        assertThrows(IllegalArgumentException.class, () -> Rate.daily().atHour(24));
    }

    @Test
    void perDayProbabilitiesCompoundBack() {
        double pDay = 0.3;
        double pHour = Hazard.probabilityPerHour(pDay);
        assertEquals(pDay, 1 - Math.pow(1 - pHour, 24), 1e-12);
        assertEquals(pDay, Rate.daily().probabilityPerRun(pDay), 1e-15);
        double pSix = Rate.everyHours(6).probabilityPerRun(pDay);
        assertEquals(pDay, 1 - Math.pow(1 - pSix, 4), 1e-12);
        double tiny = 1e-9; // series 1-(1-p)^(1/24) = p/24 (1 + p/2 - p/48 + ...); the naive formula is off by ~1e-6 here
        assertEquals(tiny / 24 * (1 + tiny / 2 - tiny / 48), Hazard.probabilityPerHour(tiny), tiny / 24 * 1e-12);
        assertEquals(1.0, Hazard.probabilityPerHour(1.0));
        assertEquals(0.0, Hazard.probabilityPerHour(0.0));
        assertEquals(1 - Math.exp(-0.5), Hazard.probabilityFromRatePerDay(2.0, 6), 1e-15);
        assertEquals(pDay, Hazard.probabilityFromRatePerDay(Hazard.ratePerDayFromProbabilityPerDay(pDay), 24), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Hazard.probabilityPerHour(1.5));
        assertThrows(IllegalArgumentException.class, () -> Hazard.probabilityFromRatePerDay(-1, 1));
    }
}
