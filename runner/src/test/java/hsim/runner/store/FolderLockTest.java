package hsim.runner.store;

import hsim.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per results folder, checked with separate processes as well as within one JVM. */
class FolderLockTest {
    @TempDir Path dir;

    /**
     * A child process that takes the folder, says so on stdout, and holds it until its stdin closes; then
     * it halts without releasing, as a killed process would, leaving its name in the lock file.
     */
    public static void main(String[] args) throws IOException {
        FolderLock.acquire(Path.of(args[0]));
        System.out.println("locked pid " + ProcessHandle.current().pid());
        System.out.flush();
        System.in.read();
        Runtime.getRuntime().halt(0);
    }

    private static Process java(Path dir, String main, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).start();
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHoldsTheFolderAndTakesOverAfterItDies() throws Exception {
        Path out = Files.createDirectories(dir.resolve("results"));
        Process holder = java(dir, FolderLockTest.class.getName(), out.toString());
        BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = said.readLine(); // blocks until the holder has the lock
        assertEquals("locked pid " + holder.pid(), line);

        Process second = java(dir, "hsim.runner.Main", "run", "--days", "1", "--out", out.toString());
        second.getOutputStream().close();
        String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, second.exitValue(), err);
        assertTrue(err.startsWith("hsim: bad input: command line: field '--out': results folder '" + out
                + "' is in use by pid " + holder.pid() + " on " + FolderLock.host() + " since "), err);
        assertTrue(err.contains("wait for that command to finish, or choose another --out"), err);
        assertTrue(!Files.exists(out.resolve("daily.csv")), "the refused run wrote results");

        holder.getOutputStream().close(); // the holder halts without releasing
        assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        String stale = Files.readString(out.resolve(FolderLock.FILE));
        assertTrue(stale.startsWith("pid " + holder.pid() + " on "), stale);
        try (FolderLock mine = FolderLock.acquire(out)) {
            assertTrue(Files.readString(out.resolve(FolderLock.FILE)).startsWith("pid " + ProcessHandle.current().pid() + " on "));
        }
        assertEquals("", Files.readString(out.resolve(FolderLock.FILE)), "released lock file is emptied");
    }

    @Test
    void aSecondWriterInTheSameJvmIsRefused() throws IOException {
        try (ResultsStore first = ResultsStore.open(dir, false)) {
            InputException e = assertThrows(InputException.class, () -> ResultsStore.open(dir, true));
            assertTrue(e.getMessage().contains("is in use by pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        try (ResultsStore again = ResultsStore.open(dir, true)) {
            assertEquals(dir, again.dir());
        }
    }

    @Test
    void aLockNamingAnotherHostIsRefusedWithHowToFreeIt() throws IOException {
        Files.writeString(dir.resolve(FolderLock.FILE), "pid 4242 on elsewhere.invalid since 2026-01-01T00:00:00Z\n");
        InputException e = assertThrows(InputException.class, () -> FolderLock.acquire(dir));
        assertTrue(e.getMessage().contains("is held by pid 4242 on elsewhere.invalid"), e.getMessage());
        assertTrue(e.getMessage().contains("delete " + dir.resolve(FolderLock.FILE)), e.getMessage());
    }
}
