package hsim.runner.calibrate;

import hsim.results.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class RobustnessTest {
    @TempDir Path dir;

    @Test
    void sharesAndRegretFollowTheMembersMeans() throws Exception {
        // fuel_need_met_share_mean (higher is better): A beats B in members 1 and 2, B wins member 3 by a lot
        StringBuilder b = new StringBuilder("run_id,option,design_point,replicate,seed,status,error,wall_seconds,o_fuel_need_met_share_mean\n");
        double[][] a = {{0.6, 0.8}, {0.5, 0.5}, {0.2, 0.2}}, bb = {{0.6, 0.6}, {0.4, 0.4}, {0.9, 0.9}};
        for (int m = 0; m < 3; m++) {
            for (int r = 0; r < 2; r++) {
                b.append("A/m00").append(m + 1).append("/r00").append(r + 1).append(",A,").append(m + 1).append(",").append(r + 1).append(",1,ok,,0,").append(a[m][r]).append('\n');
                b.append("B/m00").append(m + 1).append("/r00").append(r + 1).append(",B,").append(m + 1).append(",").append(r + 1).append(",1,ok,,0,").append(bb[m][r]).append('\n');
            }
        }
        Files.writeString(dir.resolve("runs.csv"), b.toString());
        assertEquals(java.util.List.of("fuel_need_met_share_mean"), Robustness.write(dir));
        CsvTable rob = CsvTable.read(dir.resolve(Robustness.ROBUSTNESS));
        CsvTable reg = CsvTable.read(dir.resolve(Robustness.REGRET));
        assertEquals(2, rob.size());
        assertEquals("A", rob.text(0, "option"));
        assertEquals(2.0 / 3, rob.number(0, "share_better"), 1e-12, "member means 0.7 > 0.6, 0.5 > 0.4, 0.2 < 0.9");
        assertEquals(1.0 / 3, rob.number(0, "share_worse"), 1e-12);
        assertEquals(0.7, reg.number(0, "max_regret"), 1e-12, "A falls 0.7 short of B in member 3");
        assertEquals(0.1, reg.number(1, "max_regret"), 1e-12, "B falls 0.1 short in members 1 and 2");
        assertEquals(2.0 / 3, reg.number(0, "share_best"), 1e-12);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Robustness.print(dir, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("67%"), out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
