package hsim.runner;

import hsim.results.FinalStateSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code hsim run --checkpoint-every/--restart} through the CLI: a run stopped after day 5 and restarted
 * from its day-4 checkpoint writes the same daily.csv and summary.csv bytes as a run that never stopped.
 * Restarting with another seed or scenario is bad input (exit 2), and --check-invariants passes on a real run.
 */
class CheckpointCliTest {
    private static final String[] SMALL = {"--scenario", "rapid-force", "--set", "run.people_per_agent=2000",
            "--set", "rapid_force.deployment_delay_days=1", "--threads", "1", "--seed", "5"};

    record Out(int code, String out, String err) {}

    static Out hsim(String... args) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
        return new Out(code, o.toString(), e.toString());
    }

    private static String[] with(String... more) {
        String[] all = new String[SMALL.length + more.length + 1];
        all[0] = "run";
        System.arraycopy(SMALL, 0, all, 1, SMALL.length);
        System.arraycopy(more, 0, all, 1 + SMALL.length, more.length);
        return all;
    }

    @Test
    void restartedRunWritesTheSameBytes(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole"), stopped = tmp.resolve("stopped"), again = tmp.resolve("again");
        Out w = hsim(with("--days", "9", "--check-invariants", "--out", whole.toString()));
        assertEquals(0, w.code(), w.err());

        Out s = hsim(with("--days", "5", "--checkpoint-every", "4", "--out", stopped.toString()));
        assertEquals(0, s.code(), s.err());
        Path ckpt = stopped.resolve(RunCommand.CHECKPOINT);
        assertTrue(Files.isRegularFile(ckpt), "checkpoint written at day 4");
        assertFalse(Files.exists(stopped.resolve(RunCommand.CHECKPOINT + ".tmp")), "no temporary file left");

        Out r = hsim(with("--days", "9", "--restart", ckpt.toString(), "--check-invariants", "--out", again.toString()));
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("daily.csv")), Files.readAllBytes(again.resolve("daily.csv")), "daily.csv");
        assertArrayEquals(Files.readAllBytes(whole.resolve("summary.csv")), Files.readAllBytes(again.resolve("summary.csv")), "summary.csv");
        assertEquals(10, Files.readAllLines(again.resolve("daily.csv")).size(), "header and 9 days");
        // the final map state (with where the forces stood, kept through the checkpoint) is the same too
        assertArrayEquals(Files.readAllBytes(whole.resolve(FinalStateSchema.RUN_FILE)), Files.readAllBytes(again.resolve(FinalStateSchema.RUN_FILE)),
                FinalStateSchema.RUN_FILE);

        Out seed = hsim("run", "--scenario", "rapid-force", "--set", "run.people_per_agent=2000", "--set",
                "rapid_force.deployment_delay_days=1", "--seed", "6", "--days", "9", "--restart", ckpt.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(Main.BAD_INPUT, seed.code(), seed.err());
        assertEquals("hsim: bad input: " + ckpt + ": field '--restart': is of seed 5, not of seed 6; restart with --seed 5",
                seed.err().lines().findFirst().orElse(""));

        Out scen = hsim("run", "--scenario", "baseline", "--set", "run.people_per_agent=2000", "--seed", "5", "--days", "9",
                "--restart", ckpt.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(Main.BAD_INPUT, scen.code(), scen.err());
        assertTrue(scen.err().startsWith("hsim: bad input: " + ckpt + ": field '--restart': is of scenario 'rapid-force'"), scen.err());
        assertEquals(1, scen.err().lines().count(), scen.err());

        Out notCkpt = hsim(with("--days", "9", "--restart", whole.resolve("daily.csv").toString(), "--out", tmp.resolve("z").toString()));
        assertEquals(Main.BAD_INPUT, notCkpt.code(), notCkpt.err());
        assertTrue(notCkpt.err().contains("not a readable hsim checkpoint"), notCkpt.err());

        Out every = hsim(with("--days", "2", "--checkpoint-every", "0", "--out", tmp.resolve("w").toString()));
        assertEquals(Main.BAD_INPUT, every.code(), every.err());
    }
}
