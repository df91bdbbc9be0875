package hsim.model.city;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Free-flow travel-time fields shared by every {@link Router} of the JVM whose grid is the same, so runs
 * of a compare or sweep (and any city loaded twice) pay each Dijkstra once. Keyed by a SHA-256 of what the
 * router reads (grid size, cell sizes, speeds, algorithm version) and the target cell, never by object
 * identity, so a field can only be reused for an identical grid. Fields are handed out read-only.
 *
 * <p>Optionally ({@link #useDirectory}) fields are also kept in files named by that key, for the next JVM:
 * written to a temporary file and renamed, checked (length and CRC32) when read, and recomputed on any
 * doubt. A stale file cannot be read, since a changed grid or router has another key.
 */
final class TravelTimes {
    /** Bump when the field computation changes, so cached fields of the old one are never used. */
    static final String ALGORITHM = "router-dijkstra-8n-v1";
    /** Memory cap of the shared fields (about 850 fields of the Port-au-Prince grid); beyond it fields are not shared. */
    private static final long MAX_BYTES = 512L << 20;
    private static final long MAGIC = 0x48534d5454763031L; // "HSMTTv01"

    private static final ConcurrentHashMap<String, float[]> FIELDS = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();
    private static volatile Path directory;

    private TravelTimes() {}

    /** Keeps fields in {@code dir} across JVMs (null: memory only). */
    static void useDirectory(Path dir) { directory = dir; }

    /** The content key of a router's grid: everything its fields depend on. */
    static String gridKey(int w, int h, double cellHeightM, double[] rowWidthM, double[] minPerM) {
        ByteBuffer b = ByteBuffer.allocate(8 * (3 + rowWidthM.length + minPerM.length)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(w).putInt(h).putDouble(cellHeightM).putDouble(rowWidthM.length);
        for (double v : rowWidthM) b.putDouble(v);
        for (double v : minPerM) b.putDouble(v);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ALGORITHM.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(b.array(), 0, b.position());
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The shared field to {@code target} on grid {@code grid}, computed by {@code compute} the first time. */
    static float[] field(String grid, int target, int cells, Supplier<float[]> compute) {
        String key = grid + "-" + target;
        float[] f = FIELDS.get(key);
        if (f != null) return f;
        Path dir = directory;
        f = dir == null ? null : read(dir.resolve(key + ".f32"), cells);
        if (f == null) {
            f = compute.get();
            if (dir != null) write(dir, key + ".f32", f);
        }
        // a race computes the same deterministic field twice; keep whichever came first
        if (BYTES.addAndGet(4L * f.length) > MAX_BYTES) {
            BYTES.addAndGet(-4L * f.length);
            return f;
        }
        float[] won = FIELDS.putIfAbsent(key, f);
        if (won != null) BYTES.addAndGet(-4L * f.length);
        return won != null ? won : f;
    }

    /** Forgets the fields held in memory (tests of the file cache). */
    static void clearMemory() {
        FIELDS.clear();
        BYTES.set(0);
    }

    private static float[] read(Path file, int cells) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != 20L + 4L * cells) return null;
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getLong() != MAGIC || b.getInt() != cells) return null;
            CRC32 crc = new CRC32();
            crc.update(b.array(), 12, 4 * cells);
            float[] f = new float[cells];
            b.asFloatBuffer().get(f);
            b.position(12 + 4 * cells);
            return b.getLong() == crc.getValue() ? f : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: compute it again
        }
    }

    private static void write(Path dir, String name, float[] f) {
        ByteBuffer b = ByteBuffer.allocate(20 + 4 * f.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(MAGIC).putInt(f.length);
        for (float v : f) b.putFloat(v);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 12, 4 * f.length);
        b.putLong(crc.getValue());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            try {
                Files.write(tmp, b.array());
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation: a read-only or full disk just means the next JVM computes it too
        }
    }
}
