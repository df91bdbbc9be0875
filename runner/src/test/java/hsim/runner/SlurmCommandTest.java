package hsim.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated scripts are run with bash exactly as Slurm would run them (SLURM_ARRAY_TASK_ID set per
 * task, merge after all), and must reproduce an unsharded compare.
 */
class SlurmCommandTest {
    @TempDir Path dir;

    @Test
    void arrayAndMergeScriptsReproduceAnUnshardedRun() throws Exception {
        Path out = dir.resolve("cluster");
        String launcher = SlurmCommand.quote(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + " -cp " + SlurmCommand.quote(System.getProperty("java.class.path")) + " hsim.runner.Main";
        assertEquals(0, Main.execute("slurm", "--tasks", "3", "--out", out.toString(), "--launcher", launcher,
                "--", "compare", "--replicates", "2", "--days", "1", "--options", "baseline,rapid-force"));
        Path array = out.resolve("slurm/array.sbatch");
        String text = Files.readString(array);
        assertTrue(text.contains("#SBATCH --array=1-3"), text);
        assertTrue(text.contains("--resume --shard \"$k/3\""), text);
        for (int k = 1; k <= 3; k++) {
            ProcessBuilder pb = new ProcessBuilder("bash", array.toString()).redirectErrorStream(true);
            pb.environment().put("SLURM_ARRAY_TASK_ID", Integer.toString(k));
            Process p = pb.start();
            String log = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), log);
        }
        Process m = new ProcessBuilder("bash", out.resolve("slurm/merge.sbatch").toString()).redirectErrorStream(true).start();
        String log = new String(m.getInputStream().readAllBytes());
        assertEquals(0, m.waitFor(), log);
        Path whole = dir.resolve("whole");
        assertEquals(0, Main.execute("compare", "--replicates", "2", "--days", "1", "--options", "baseline,rapid-force", "--out", whole.toString()));
        List<String> merged = ExperimentTest.runsCsvWithoutWall(out.resolve("merged"));
        assertEquals(5, merged.size());
        assertEquals(ExperimentTest.runsCsvWithoutWall(whole), merged);
    }

    @Test
    void refusesOptionsItSetsItselfAndUnshardableCommands() {
        assertEquals(2, Main.execute("slurm", "--tasks", "2", "--out", dir.toString(), "--", "compare", "--out", "x"));
        assertEquals(2, Main.execute("slurm", "--tasks", "2", "--out", dir.toString(), "--", "run"));
        assertEquals(2, Main.execute("slurm", "--tasks", "0", "--out", dir.toString(), "--", "compare"));
    }
}
