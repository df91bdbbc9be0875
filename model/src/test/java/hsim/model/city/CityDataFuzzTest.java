package hsim.model.city;

import hsim.model.InputException;
import hsim.model.testing.Fuzz;
import hsim.model.testing.TextMutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged data files (one of the city's CSVs, or the grid's header lines) either still load or are
 * refused with an InputException that names a data file (usually the damaged one); never another exception, never a hang.
 */
class CityDataFuzzTest {
    private static final Path DATA = Path.of("../data/port-au-prince");
    private static final List<String> CSVS = List.of(CityLoader.COMMUNES, CityLoader.FACILITIES, CityLoader.ROADS);

    @TempDir Path tmp;

    private record Damage(String file, String text) {
        @Override public String toString() { return file + ":\n" + text; }
    }

    @Test
    void mutatedCsvFilesLoadOrAreRefusedNamingTheFile() throws IOException {
        copyData();
        java.util.Map<String, String> originals = new java.util.HashMap<>();
        for (String f : CSVS) originals.put(f, read(f));
        Fuzz.forAll(60, r -> {
            String file = Fuzz.oneOf(r, CSVS);
            return new Damage(file, TextMutator.mutate(originals.get(file), r));
        }, this::check);
    }

    @Test
    void mutatedGridHeadersLoadOrAreRefusedNamingTheFile() throws IOException {
        copyData();
        String grid = read(CityLoader.GRID);
        int headerEnd = nthLineEnd(grid, 6);
        String header = grid.substring(0, headerEnd);
        String body = grid.substring(headerEnd);
        Fuzz.forAll(30, r -> new Damage(CityLoader.GRID, TextMutator.mutate(header, r) + body), this::check);
    }

    private void check(Damage d) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "case");
        for (String f : List.of(CityLoader.GRID, CityLoader.COMMUNES, CityLoader.FACILITIES, CityLoader.ROADS)) {
            Path src = tmp.resolve("orig").resolve(f);
            if (f.equals(d.file())) Files.writeString(dir.resolve(f), d.text(), StandardCharsets.UTF_8);
            else Files.copy(src, dir.resolve(f));
        }
        try {
            City c = CityLoader.load(dir);
            assertTrue(c.width() > 0 && c.height() > 0);
        } catch (InputException e) {
            // a damaged communes.csv can surface as an unknown code in the grid, so any data file of the
            // case may be the one named; the message must still name a file and be one clear line
            assertTrue(e.source() != null && e.source().startsWith(dir.toString()), "error should name a data file: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        } finally {
            for (String f : List.of(CityLoader.GRID, CityLoader.COMMUNES, CityLoader.FACILITIES, CityLoader.ROADS)) {
                Files.deleteIfExists(dir.resolve(f));
            }
        }
    }

    private void copyData() throws IOException {
        Path orig = Files.createDirectories(tmp.resolve("orig"));
        for (String f : List.of(CityLoader.GRID, CityLoader.COMMUNES, CityLoader.FACILITIES, CityLoader.ROADS)) {
            Files.copy(DATA.resolve(f), orig.resolve(f));
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(tmp.resolve("orig").resolve(file), StandardCharsets.UTF_8);
    }

    private static int nthLineEnd(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = s.indexOf('\n', at + 1);
        return at + 1;
    }
}
