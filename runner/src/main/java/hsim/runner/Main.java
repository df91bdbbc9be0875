package hsim.runner;

import hsim.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code hsim} command. Exit codes: 0 success, 2 bad input (the message names the file, field and
 * allowed range), 1 any other failure.
 */
@Command(name = "hsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Agent-based model of a multinational security intervention in Port-au-Prince.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, hsim.runner.calibrate.CalibrateCommand.class,
                ReportCommand.class, MapCommand.class, GuiCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    /** The command line as typed, for manifest.json. */
    /**
     * The command line of the execution running on this thread, for manifests. Per thread, because tests
     * (and embedding programs) may run several commands at once in one JVM; picocli runs a command on
     * the thread that called execute.
     */
    private static final ThreadLocal<String> INVOCATION = ThreadLocal.withInitial(() -> "hsim");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        hsim.model.city.Router.keepFieldsIn(travelTimeCache(System.getenv()));
        System.exit(execute(args));
    }

    /**
     * Where the command line keeps travel-time fields between JVMs: HSIM_TRAVEL_TIME_CACHE (a folder, or
     * "off"), else $XDG_CACHE_HOME/hsim/travel-times, else ~/.cache/hsim/travel-times. Files are keyed by the
     * map's content, so they are never stale; deleting the folder only costs the next run its start-up.
     */
    static java.nio.file.Path travelTimeCache(java.util.Map<String, String> env) {
        String dir = env.get("HSIM_TRAVEL_TIME_CACHE");
        if ("off".equals(dir)) return null;
        if (dir != null && !dir.isBlank()) return java.nio.file.Path.of(dir);
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return java.nio.file.Path.of(xdg, "hsim", "travel-times");
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : java.nio.file.Path.of(home, ".cache", "hsim", "travel-times");
    }

    /** Runs the command line and returns the exit code; used by tests instead of {@link #main}. */
    public static int execute(String... args) {
        INVOCATION.set("hsim " + String.join(" ", args));
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    /** As {@link #execute(String...)}, with the command's normal and error output going to the writers given. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // picocli would read any argument "@FILE" as a file of more arguments: "@/dev/zero" never ends,
        // and an argument that happens to start with '@' changes meaning when such a file exists.
        cl.setExpandAtFiles(false);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            Throwable t = ex;
            while (t != null && !(t instanceof InputException) && t.getCause() != null && t.getCause() != t) {
                if (t instanceof InputException) break;
                t = t.getCause();
            }
            if (t instanceof InputException ie) {
                cmd.getErr().println("hsim: bad input: " + ie.getMessage()); // already one printable line
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            // A full disk, a folder that went read-only, a broken invariant: the user's world or the model's
            // accounting, not a bug in hsim, so one line that says which file or rule, and no stack trace.
            String known = knownFailure(ex);
            if (known != null) {
                cmd.getErr().println("hsim: failed: " + InputException.printable(InputException.abbreviate(known, 1000)));
                cmd.getErr().flush();
                return FAILURE;
            }
            cmd.getErr().println("hsim: failed: " + ex);
            ex.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            // picocli quotes the offending argument verbatim; keep it one printable line of sane length
            String msg = InputException.printable(InputException.abbreviate(String.valueOf(ex.getMessage()), 500));
            c.getErr().println("hsim: bad input: " + msg);
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("(see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /** The one-line message of a failure that is not a bug (I/O, invariants), or null. */
    static String knownFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof hsim.model.metrics.Invariants.Violation v) return v.getMessage();
            if (t instanceof java.io.IOException io) {
                String m = io instanceof java.nio.file.FileSystemException
                        ? hsim.runner.store.AtomicFiles.reason(io) + " (" + ((java.nio.file.FileSystemException) io).getFile() + ")"
                        : io.getMessage();
                return "I/O error: " + m + "; results written before this are kept";
            }
        }
        return null;
    }

    public static String invocation() { return INVOCATION.get(); }
}
