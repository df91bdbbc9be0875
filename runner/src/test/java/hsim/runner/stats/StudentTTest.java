package hsim.runner.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StudentTTest {
    @Test
    void quantilesMatchPublishedTables() {
        // two-sided 95% critical values (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2)
        assertEquals(12.706, StudentT.quantile(0.975, 1), 1e-3);
        assertEquals(4.303, StudentT.quantile(0.975, 2), 1e-3);
        assertEquals(2.262, StudentT.quantile(0.975, 9), 1e-3);
        assertEquals(2.093, StudentT.quantile(0.975, 19), 1e-3);
        assertEquals(1.984, StudentT.quantile(0.975, 100), 1e-3);
        assertEquals(1.960, StudentT.quantile(0.975, 1e7), 1e-3);
        assertEquals(-2.262, StudentT.quantile(0.025, 9), 1e-3);
        assertEquals(0.5, StudentT.cdf(0, 5), 1e-15);
        assertEquals(0.975, StudentT.cdf(StudentT.quantile(0.975, 4.5), 4.5), 1e-12);
    }
}
