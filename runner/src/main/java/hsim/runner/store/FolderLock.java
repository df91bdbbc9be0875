package hsim.runner.store;

import hsim.model.InputException;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One writer per results folder. The writer holds an operating-system lock on {@code .hsim-lock} in the
 * folder for as long as it writes, and the file names it ("pid 1234 on host node07 since ..."), so a
 * second command is refused with a message saying who has the folder. The operating system drops the
 * lock when a process dies however it dies, so a lock left by a dead process on this host is simply
 * taken over. File systems that do not share locks between hosts (some NFS setups) fall back on the
 * name in the file: a folder named as held on another host is refused, with how to free it.
 *
 * <p>Releasing empties the file rather than deleting it: a deleted lock file could be locked through a
 * stale handle by one process and created afresh by another, and then both would write.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = ".hsim-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder for this process, or refuses (exit 2) when another writer has it. */
    public static FolderLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileSystemException e) {
            throw new InputException("command line", 0, "--out", "cannot lock results folder '" + dir + "': " + AtomicFiles.reason(e));
        }
        try {
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by another command running in this same JVM
            }
            String holder = read(ch);
            if (l == null) throw inUse(dir, holder.isEmpty() ? "another process" : holder);
            String host = host();
            if (!holder.isEmpty() && !holder.contains(" on " + host + " ")) {
                l.release();
                throw new InputException("command line", 0, "--out", "results folder '" + dir + "' is held by " + holder
                        + "; if no hsim command runs there any more, delete " + file + " and try again");
            }
            // empty, or left by a process on this host that no longer holds the lock (it died): ours now
            byte[] me = ("pid " + ProcessHandle.current().pid() + " on " + host + " since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            try {
                ch.write(ByteBuffer.wrap(me), 0);
                ch.force(false);
            } catch (IOException full) {
                // the name only explains a refusal; the lock itself is held. On a full disk the command's
                // own first write reports the problem, naming its file.
                ch.truncate(0);
            }
            return new FolderLock(ch, l);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static InputException inUse(Path dir, String holder) {
        return new InputException("command line", 0, "--out", "results folder '" + dir + "' is in use by " + holder
                + "; wait for that command to finish, or choose another --out");
    }

    private static String read(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 512);
        ByteBuffer b = ByteBuffer.allocate((int) size);
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) { /* read the whole (short) file */ }
        return InputException.printable(new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip());
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().strip();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (channel.isOpen()) {
                channel.truncate(0);
                channel.force(false);
            }
        } finally {
            try {
                if (lock.isValid()) lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
