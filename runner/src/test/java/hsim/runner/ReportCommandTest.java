package hsim.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {
    /** A minimal compare folder in the runner's format: two options, two replicates, three days. */
    private static void writeResults(Path dir) throws IOException {
        Files.writeString(dir.resolve("runs.csv"), String.join("\n",
                "run_id,option,design_point,replicate,seed,status,error,wall_seconds,p_intervention__troops,o_gang_control_share_end",
                "baseline/r000,baseline,-1,0,11,ok,,1.5,0,0.64",
                "baseline/r001,baseline,-1,1,12,ok,,1.4,0,0.67",
                "rapid-force/r000,rapid-force,-1,0,11,ok,,1.6,2500,0.55",
                "rapid-force/r001,rapid-force,-1,1,12,ok,,1.7,2500,0.58", ""));
        StringBuilder daily = new StringBuilder("run_id,option,design_point,replicate,seed,day,gang_control_share\n");
        for (String run : new String[] {"baseline/r000", "baseline/r001", "rapid-force/r000", "rapid-force/r001"}) {
            String option = run.substring(0, run.indexOf('/'));
            int rep = run.endsWith("0") ? 0 : 1;
            for (int d = 1; d <= 3; d++) {
                daily.append(run).append(',').append(option).append(",-1,").append(rep).append(',').append(11 + rep)
                        .append(',').append(d).append(',').append(0.65 - (option.equals("baseline") ? 0 : 0.03 * d)).append('\n');
            }
        }
        Files.writeString(dir.resolve("daily.csv"), daily.toString());
        Files.writeString(dir.resolve("summary.csv"), String.join("\n",
                "option,outcome,n,mean,sd,median,p10,p90,ci_low,ci_high,diff_n,diff_mean,diff_sd,diff_ci_low,diff_ci_high",
                "baseline,gang_control_share_end,2,0.655,0.0212,0.655,0.643,0.667,0.464,0.846,,,,,",
                "rapid-force,gang_control_share_end,2,0.565,0.0212,0.565,0.553,0.577,0.374,0.756,2,-0.09,0,-0.09,-0.09", ""));
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesTheReport(@TempDir Path dir) throws IOException {
        writeResults(dir);
        StringWriter err = new StringWriter();
        assertEquals(Main.OK, run(err, "report", dir.toString()), err.toString());
        String html = Files.readString(dir.resolve("report/index.html"));
        assertTrue(html.contains("id=\"headline-table\""));
        assertTrue(Files.isRegularFile(dir.resolve("report/ts_gang_control_share.png")));
    }

    @Test
    void missingFolderIsBadInput(@TempDir Path dir) {
        String err = Cli.run("report", dir.resolve("absent").toString()).assertBadInput().err();
        assertTrue(err.contains("field 'RESULTS_DIR'") && err.contains("absent' does not exist"), err);
        Cli.run("report").assertBadInput();
        Cli.run("report", "a\u0000b").assertBadInput();
    }

    @Test
    void missingRequiredFileIsBadInput(@TempDir Path dir) throws IOException {
        writeResults(dir);
        Files.delete(dir.resolve("daily.csv"));
        String err = Cli.run("report", dir.toString()).assertBadInput().err();
        assertTrue(err.contains("field 'daily.csv': required file is missing"), err);
    }

    @Test
    void malformedRowNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        writeResults(dir);
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, Files.readString(runs).replace("baseline/r001,baseline,-1,1,12,", "baseline/r001,baseline,-1,1,twelve,"));
        String err = Cli.run("report", dir.toString()).assertBadInput().err();
        assertTrue(err.contains("runs.csv:3: field 'seed': 'twelve' is not an integer"), err);
    }
}
