package hsim.model.scenario;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz case on its own thread so that a hang shows up as a failed case instead of a stuck
 * build, and so that any exception the task throws is returned to the caller to judge.
 */
final class Bounded {
    /** Generous on purpose: the target is well under a second, but the build shares two cores. */
    static final long LIMIT_SECONDS = 5;

    private Bounded() {}

    /** The value, or the exception or error the task threw (returned, not rethrown). */
    record Outcome<T>(T value, Throwable thrown) {}

    static <T> Outcome<T> call(String what, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread t = new Thread(future, "bounded-case");
        t.setDaemon(true); // a hung case must not keep the test JVM alive
        t.start();
        try {
            return new Outcome<>(future.get(LIMIT_SECONDS, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("no answer within " + LIMIT_SECONDS + " s (hang?) for " + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String stackTrace(Throwable t) {
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString();
    }
}
