package hsim.runner;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Where the command line keeps travel-time fields between JVMs. */
class TravelTimeCacheTest {
    @Test
    void offDisablesAnExplicitFolderWinsThenXdgThenHome() {
        assertNull(Main.travelTimeCache(Map.of("HSIM_TRAVEL_TIME_CACHE", "off", "XDG_CACHE_HOME", "/x")));
        assertEquals(Path.of("/data/tt"), Main.travelTimeCache(Map.of("HSIM_TRAVEL_TIME_CACHE", "/data/tt", "XDG_CACHE_HOME", "/x")));
        assertEquals(Path.of("/x", "hsim", "travel-times"), Main.travelTimeCache(Map.of("XDG_CACHE_HOME", "/x")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "hsim", "travel-times"), Main.travelTimeCache(Map.of()));
    }
}
