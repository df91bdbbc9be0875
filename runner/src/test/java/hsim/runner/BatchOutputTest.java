package hsim.runner;

import hsim.runner.store.RunRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchOutputTest {
    @Test
    void failuresExitOneAndNameEachRunWithItsSeed() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("run_id", "rapid-force/r007");
        row.put("seed", "-42");
        row.put("status", "failed");
        row.put("error", "IllegalStateException: no fuel");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = BatchOutput.failures(List.of(new RunRecord(row, List.of(), List.of())), new PrintStream(buf, true));
        assertEquals(Main.FAILURE, code);
        assertTrue(buf.toString().contains("rapid-force/r007 seed -42: IllegalStateException: no fuel"), buf.toString());
        assertEquals(Main.OK, BatchOutput.failures(List.of(), new PrintStream(new ByteArrayOutputStream())));
    }
}
