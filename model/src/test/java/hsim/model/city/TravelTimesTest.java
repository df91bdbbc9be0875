package hsim.model.city;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The JVM-wide and on-disk sharing of travel-time fields: shared only between identical grids, never stale. */
class TravelTimesTest {
    private static City city(RoadClass avenue) {
        City.Builder b = City.builder(14, 9);
        for (int x = 0; x < 14; x++) b.road(x, 4, avenue);
        b.sea(5, 2).sea(5, 3).sea(6, 3);
        return b.facility("depot", FacilityKind.WATER_POINT, 13, 8).build();
    }

    @AfterEach
    void memoryOnly() { Router.keepFieldsIn(null); }

    @Test
    void identicalCitiesShareOneFieldAndADifferentGridDoesNot() {
        City a = city(RoadClass.ARTERIAL), b = city(RoadClass.ARTERIAL), slower = city(RoadClass.SECONDARY);
        float[] fa = a.router().minutesTo(a.facility("depot"));
        assertSame(fa, b.router().minutesTo(b.facility("depot")), "same content, loaded twice: one field");
        assertArrayEquals(a.router().field(a.facility("depot").cell(), CostOverlay.NONE), fa, "the shared field is the computed one");
        float[] fs = slower.router().minutesTo(slower.facility("depot"));
        assertNotSame(fa, fs);
        assertArrayEquals(slower.router().field(slower.facility("depot").cell(), CostOverlay.NONE), fs,
                "another speed grid gets its own field");
    }

    @Test
    void filesCarryFieldsToTheNextJvmAndCorruptFilesAreRecomputed(@TempDir Path dir) throws IOException {
        Router.keepFieldsIn(dir);
        TravelTimes.clearMemory();
        City a = city(RoadClass.ARTERIAL);
        float[] computed = a.router().field(a.facility("depot").cell(), CostOverlay.NONE);
        assertArrayEquals(computed, a.router().minutesTo(a.facility("depot")));
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".f32")).findFirst().orElseThrow();
        }
        // as a fresh JVM would: nothing in memory, the field comes from the file, bit for bit
        TravelTimes.clearMemory();
        City b = city(RoadClass.ARTERIAL);
        assertArrayEquals(computed, b.router().minutesTo(b.facility("depot")));
        // a damaged file fails its checksum and the field is computed again, not read
        byte[] original = Files.readAllBytes(file), bytes = original.clone();
        bytes[40] ^= 0x7f;
        Files.write(file, bytes);
        TravelTimes.clearMemory();
        City c = city(RoadClass.ARTERIAL);
        assertArrayEquals(computed, c.router().minutesTo(c.facility("depot")));
        assertArrayEquals(original, Files.readAllBytes(file), "and the file is written again whole");
    }
}
