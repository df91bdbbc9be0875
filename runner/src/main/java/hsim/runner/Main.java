package hsim.runner;

import hsim.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hsim} command. Exit codes: 0 success, 2 bad input (the message names the file, field and
 * allowed range), 1 any other failure.
 */
@Command(name = "hsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Agent-based model of a multinational security intervention in Port-au-Prince.",
        subcommands = {RunCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; used by tests instead of {@link #main}. */
    public static int execute(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            Throwable t = ex;
            while (t != null && !(t instanceof InputException) && t.getCause() != null && t.getCause() != t) {
                if (t instanceof InputException) break;
                t = t.getCause();
            }
            if (t instanceof InputException ie) {
                cmd.getErr().println("hsim: bad input: " + ie.getMessage());
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            cmd.getErr().println("hsim: failed: " + ex);
            ex.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("hsim: bad input: " + ex.getMessage());
            c.getErr().println("(see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return BAD_INPUT;
        });
        return cl;
    }
}
