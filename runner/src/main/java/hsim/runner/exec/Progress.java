package hsim.runner.exec;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import java.util.Locale;

/**
 * Progress of a batch of runs: on a terminal a one-line bar redrawn in place with rate and ETA; otherwise
 * (logs, Slurm) a plain line at most every {@code interval} and at the end, so logs stay short.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;
    private int done;
    private int failed;

    public Progress(PrintStream out, boolean terminal, int total, double intervalSeconds, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.intervalNanos = (long) (intervalSeconds * 1e9);
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastPrint = start;
    }

    /** Makes the reporter once the number of runs to do is known. */
    @FunctionalInterface
    public interface Factory {
        Progress create(int total);
    }

    /** A reporter that prints nothing (tests). */
    public static Progress silent(int total) {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false, total, 1e9, System::nanoTime);
    }

    /** A reporter on stderr: bar when a console is attached, lines every 10 s otherwise. */
    public static Progress onStderr(int total) {
        boolean tty = System.console() != null;
        return new Progress(System.err, tty, total, tty ? 0.2 : 10, System::nanoTime);
    }

    /** Counts one finished run and maybe prints. */
    public synchronized void finished(boolean ok) {
        done++;
        if (!ok) failed++;
        long now = clock.getAsLong();
        if (done == total || now - lastPrint >= intervalNanos) {
            lastPrint = now;
            out.print(line(now));
            out.flush();
        }
    }

    /** Ends the bar's line on a terminal. */
    public synchronized void close() {
        if (terminal && total > 0) out.println();
        out.flush();
    }

    /** The text printed for the current state at time {@code now} (terminal: "\r" and no newline). */
    synchronized String line(long now) {
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        String eta = rate > 0 && done < total ? duration((total - done) / rate) : done >= total ? "done" : "?";
        String fails = failed > 0 ? ", " + failed + " failed" : "";
        int pct = total == 0 ? 100 : (int) (100L * done / total);
        String stats = String.format(Locale.ROOT, "%d/%d runs (%d%%)%s, %.2f runs/s, ETA %s",
                done, total, pct, fails, rate, eta);
        if (!terminal) return "hsim: " + stats + System.lineSeparator();
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        return "\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + stats + "   ";
    }

    static String duration(double s) {
        long t = Math.round(s);
        if (t < 60) return t + "s";
        if (t < 3600) return (t / 60) + "m" + String.format(Locale.ROOT, "%02d", t % 60) + "s";
        return (t / 3600) + "h" + String.format(Locale.ROOT, "%02d", (t % 3600) / 60) + "m";
    }
}
