package hsim.runner;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code hsim ARGS} in-process through {@link Main#execute(PrintWriter, PrintWriter, String...)}
 * with captured output, on its own thread so that a hang fails the case instead of the build.
 */
final class Cli {
    /** Generous on purpose: the target is well under a second, but the build shares two cores. */
    static final long LIMIT_SECONDS = 5;
    /** An option or field by name, or (for a syntax error inside a file, which has no field) a file line. */
    private static final Pattern NAMES_WHAT = Pattern.compile("option '|field '|Unknown option|Unmatched argument|Missing required|:\\d+: ");

    record Result(int code, String out, String err, String[] args) {
        String show() {
            return "hsim " + Arrays.toString(args) + " -> exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }

        /** Exit 2, one "hsim: bad input:" message that says which option or field, and no stack trace. */
        Result assertBadInput() {
            assertEquals(Main.BAD_INPUT, code, this::show);
            assertTrue(err.startsWith("hsim: bad input: "), this::show);
            assertTrue(NAMES_WHAT.matcher(err).find(), () -> "message names no option or field: " + show());
            return assertNoStackTrace();
        }

        Result assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || out.contains("\tat "), this::show);
            assertFalse(err.contains("Exception in thread"), this::show);
            assertFalse(err.contains("hsim: failed"), this::show);
            return this;
        }
    }

    private Cli() {}

    static Result run(String... args) { return runWithin(LIMIT_SECONDS, args); }

    /** As {@link #run} with another time limit, for cases that really simulate (loading the city takes seconds). */
    static Result runWithin(long limitSeconds, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        FutureTask<Integer> task = new FutureTask<>(() -> Main.execute(new PrintWriter(out), new PrintWriter(err), args));
        Thread t = new Thread(task, "cli-case");
        t.setDaemon(true); // a hung case must not keep the test JVM alive
        t.start();
        try {
            int code = task.get(limitSeconds, TimeUnit.SECONDS);
            return new Result(code, out.toString(), err.toString(), args);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new AssertionError("no answer within " + limitSeconds + " s (hang?) for hsim " + Arrays.toString(args));
        } catch (ExecutionException e) {
            throw new AssertionError("Main.execute threw instead of returning an exit code for hsim "
                    + Arrays.toString(args), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
