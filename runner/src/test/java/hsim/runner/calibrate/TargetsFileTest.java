package hsim.runner.calibrate;

import hsim.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class TargetsFileTest {
    @TempDir Path dir;

    static final String HEAD = "date,metric,value,unit,scope,low,high,source,note,use,model_metric,metro_share,period_start\n";

    private Path file(String rows) throws Exception {
        Path f = dir.resolve("targets.csv");
        Files.writeString(f, HEAD + rows);
        return f;
    }

    @Test
    void theShippedFileGivesOnlyCalibrationRowsUpToTheCutoff() {
        TargetsFile.Read r = TargetsFile.read(Path.of("../data/history/targets.csv"), TargetsFile.CUTOFF);
        assertEquals(37, r.calibration().size());
        assertEquals(5, r.validationRows());
        for (Target t : r.calibration()) {
            assertTrue(t.isCalibration(), t.id());
            assertFalse(t.date().isAfter(LocalDate.of(2023, 12, 31)), t.id());
        }
    }

    @Test
    void validationRowsAreNeverReturned() throws Exception {
        Path f = file("2022-10-28,gang_control_share,0.6,s,c,0.5,0.7,src,,calibration,gang_control_share,1,\n"
                + "2024-10-26,gang_control_share,0.8,s,c,0.7,0.9,src,,validation,gang_control_share,1,\n"
                + "2023-01-01,gang_control_share,0.7,s,c,0.6,0.8,src,,validation,gang_control_share,1,\n");
        TargetsFile.Read r = TargetsFile.read(f, TargetsFile.CUTOFF);
        assertEquals(1, r.calibration().size());
        assertEquals(LocalDate.of(2022, 10, 28), r.calibration().get(0).date());
        assertEquals(2, r.validationRows(), "a validation row before the cut-off is held out too");
    }

    @Test
    void aCalibrationRowAfterTheCutoffIsRefused() throws Exception {
        Path f = file("2024-10-26,gang_control_share,0.8,s,c,0.7,0.9,src,,calibration,gang_control_share,1,\n");
        InputException e = assertThrows(InputException.class, () -> TargetsFile.read(f, TargetsFile.CUTOFF));
        assertEquals("date", e.field());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("reserved for validation"), e.getMessage());
    }

    @Test
    void aCutoffAfter2023IsRefused() throws Exception {
        Path f = file("");
        assertThrows(InputException.class, () -> TargetsFile.read(f, LocalDate.of(2024, 1, 1)));
    }

    @Test
    void rowsAfterAnEarlierUntilAreLeftOut() throws Exception {
        Path f = file("2022-10-28,gang_control_share,0.6,s,c,0.5,0.7,src,,calibration,gang_control_share,1,\n"
                + "2023-05-18,gang_control_share,0.8,s,c,0.7,0.9,src,,calibration,gang_control_share,1,\n");
        assertEquals(1, TargetsFile.read(f, LocalDate.of(2022, 12, 31)).calibration().size());
    }

    @Test
    void badRowsNameLineAndField() throws Exception {
        InputException band = assertThrows(InputException.class, () -> TargetsFile.read(
                file("2022-10-28,x,0.6,s,c,0.7,0.9,src,,calibration,x,1,\n"), TargetsFile.CUTOFF));
        assertEquals("low", band.field());
        InputException use = assertThrows(InputException.class, () -> TargetsFile.read(
                file("2022-10-28,x,0.6,s,c,0.5,0.9,src,,maybe,x,1,\n"), TargetsFile.CUTOFF));
        assertEquals("use", use.field());
        InputException share = assertThrows(InputException.class, () -> TargetsFile.read(
                file("2022-10-28,x,0.6,s,c,0.5,0.9,src,,calibration,x,1.5,\n"), TargetsFile.CUTOFF));
        assertEquals("metro_share", share.field());
        Path noCol = dir.resolve("n.csv");
        Files.writeString(noCol, "date,metric,value\n");
        assertEquals("low", assertThrows(InputException.class, () -> TargetsFile.read(noCol, TargetsFile.CUTOFF)).field());
    }
}
