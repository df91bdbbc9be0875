package hsim.runner;

import hsim.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Writes (and with --submit, submits) a Slurm job array that runs a compare or sweep in N shards, plus a
 * merge job that starts when every task has ended. Tasks use --resume, so a requeued or restarted task
 * continues where it stopped. Follows shared/research/dependencies.md section 3: array tasks each write a
 * shard folder; merging needs no Java dependency on the cluster side.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = "Write a Slurm job array (one shard per task) and a dependent merge job for a compare or sweep.",
        footer = {"", "Examples:", "  hsim slurm --tasks 16 --out /scratch/hsim/cmp -- compare --replicates 200",
                "  hsim slurm --tasks 32 --cpus-per-task 4 --submit --out /scratch/hsim/sw -- sweep designs/nolh.yaml"})
public final class SlurmCommand implements Callable<Integer> {
    @Option(names = "--tasks", paramLabel = "N", required = true, description = "Array tasks, one shard each.")
    int tasks;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for scripts, shard folders (shard-K) and merged/.")
    Path out;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "1", description = "CPUs per task; passed as --threads (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "Time limit per task.")
    String time;

    @Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition.")
    String partition;

    @Option(names = "--launcher", paramLabel = "CMD", description = "How tasks start hsim (default: this java and this hsim.jar).")
    String launcher;

    @Option(names = "--submit", description = "Submit with sbatch (array first, then merge with --dependency=afterany).")
    boolean submit;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "compare or sweep and its options (after --), without --out and --shard.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (tasks < 1 || tasks > 100_000) throw new InputException("command line", 0, "--tasks", tasks + " is out of range; allowed 1..100000");
        if (cpus < 1 || cpus > 1024) throw new InputException("command line", 0, "--cpus-per-task", cpus + " is out of range; allowed 1..1024");
        String sub = command.get(0);
        if (!sub.equals("compare") && !sub.equals("sweep")) {
            throw new InputException("command line", 0, "COMMAND", "'" + sub + "' cannot be sharded; expected compare or sweep");
        }
        for (String a : command) {
            if (a.equals("--out") || a.startsWith("--out=") || a.equals("--shard") || a.startsWith("--shard=")) {
                throw new InputException("command line", 0, a.replaceFirst("=.*", ""), "is set by hsim slurm for each task; leave it out");
            }
        }
        Path dir = out.toAbsolutePath();
        Path scripts = dir.resolve("slurm");
        Files.createDirectories(scripts);
        String run = launcher != null ? launcher : defaultLauncher();
        Path array = scripts.resolve("array.sbatch");
        Path merge = scripts.resolve("merge.sbatch");
        Files.writeString(array, arrayScript(dir, run), StandardCharsets.UTF_8);
        Files.writeString(merge, mergeScript(dir, run), StandardCharsets.UTF_8);
        array.toFile().setExecutable(true);
        merge.toFile().setExecutable(true);
        System.out.println("hsim slurm: wrote " + array + " and " + merge);
        if (!submit) {
            System.out.println("submit with: jid=$(sbatch --parsable " + array + ") && sbatch --dependency=afterany:$jid " + merge);
            return Main.OK;
        }
        String jid = sbatch(List.of("sbatch", "--parsable", array.toString())).split(";")[0].strip();
        String mid = sbatch(List.of("sbatch", "--parsable", "--dependency=afterany:" + jid, merge.toString())).split(";")[0].strip();
        System.out.println("hsim slurm: array job " + jid + " (" + tasks + " tasks), merge job " + mid + " -> " + dir.resolve("merged"));
        return Main.OK;
    }

    String arrayScript(Path dir, String run) {
        StringBuilder s = header("hsim-" + command.get(0), dir.resolve("slurm").resolve("task-%a.log"));
        s.append("#SBATCH --array=1-").append(tasks).append('\n');
        s.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        s.append("set -euo pipefail\n");
        s.append("k=\"${SLURM_ARRAY_TASK_ID:?not a Slurm array task}\"\n");
        s.append("exec ").append(run);
        for (String a : command) s.append(' ').append(quote(a));
        s.append(" --threads ").append(cpus).append(" --resume --shard \"$k/").append(tasks).append("\" --out ")
                .append(quote(dir.toString())).append("/shard-\"$k\"\n");
        return s.toString();
    }

    String mergeScript(Path dir, String run) {
        StringBuilder s = header("hsim-merge", dir.resolve("slurm").resolve("merge.log"));
        s.append("set -euo pipefail\n");
        s.append("rm -rf ").append(quote(dir.resolve("merged").toString())).append('\n');
        s.append("exec ").append(run).append(" merge --out ").append(quote(dir.resolve("merged").toString()));
        if (command.get(0).equals("sweep") && command.size() > 1) {
            s.append(" --design ").append(quote(Path.of(command.get(1)).toAbsolutePath().toString()));
        }
        s.append(' ').append(quote(dir.toString())).append("/shard-*\n");
        return s.toString();
    }

    private StringBuilder header(String name, Path log) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("#SBATCH --job-name=").append(name).append('\n');
        s.append("#SBATCH --output=").append(log).append('\n');
        if (time != null) s.append("#SBATCH --time=").append(time).append('\n');
        if (partition != null) s.append("#SBATCH --partition=").append(partition).append('\n');
        return s;
    }

    /** Single-quotes for bash. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./=:,+@%-]+")) return s;
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }

    private static String defaultLauncher() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) return quote(java) + " -jar " + quote(self.toString());
        } catch (Exception ignored) {
            // fall back to the class path
        }
        return quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " hsim.runner.Main";
    }

    private static String sbatch(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + text);
        return text;
    }
}
