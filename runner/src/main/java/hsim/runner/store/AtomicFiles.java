package hsim.runner.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file so that readers see the old file or the complete new one, never a partial one. */
public final class AtomicFiles {
    private AtomicFiles() {}

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through {@code target.tmp}, forced to disk, then renamed over it. On any
     * failure (a full disk, a read-only folder) the temporary file is removed, the old target is left as it
     * was, and the error names the file: the JDK's "No space left on device" says nothing of which one.
     */
    public static void write(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                body.write(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write already failed; that error is the one to report
            }
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /** The system's words for an I/O error, without the JDK's exception class names. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        return String.valueOf(e.getMessage());
    }

    /** Writes a table as CSV (header plus rows, "\n" line ends, UTF-8; {@link hsim.results.Csv}'s dialect). */
    public static void writeCsv(Path target, Table t) throws IOException {
        write(target, out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            de.siegmar.fastcsv.writer.CsvWriter csv = hsim.results.Csv.writer(w);
            csv.writeRecord(t.columns());
            for (String[] r : t.rows()) csv.writeRecord(r);
            csv.flush();
        });
    }
}
