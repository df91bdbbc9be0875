package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EnsembleTest {
    @TempDir Path dir;

    static Ensemble.Member member(int id, double w, String v) {
        return new Ensemble.Member(id, 3, id, w, 1.5, Map.of("cholera.water_transmission_per_day", v));
    }

    @Test
    void writesAndReadsBackWithItsMetadata() throws Exception {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("made_by", "hsim calibrate data/calibration/ci.yaml");
        meta.put("note", "provisional: CI-sized");
        Ensemble e = new Ensemble(meta, List.of("cholera.water_transmission_per_day"), List.of(member(1, 0.25, "0.5"), member(2, 0.75, "1.2")));
        Path f = dir.resolve("e.csv");
        e.write(f);
        assertTrue(Files.readString(f).startsWith("# hsim ensemble"));
        Ensemble back = Ensemble.read(f, ModelCatalog.standard());
        assertEquals("provisional: CI-sized", back.meta().get("note"));
        assertEquals(2, back.members().size());
        assertEquals("1.2", back.members().get(1).values().get("cholera.water_transmission_per_day"));
        assertEquals(0.75, back.members().get(1).weight());
    }

    @Test
    void drawsMembersInProportionToWeight() {
        Ensemble e = new Ensemble(Map.of(), List.of("cholera.water_transmission_per_day"),
                List.of(member(1, 0.05, "0.5"), member(2, 0.05, "1"), member(3, 0.6, "1.5"), member(4, 0.2, "2"), member(5, 0.1, "2.5")));
        // systematic resampling at (k + 0.5) / 4 of the cumulative weights 0.05, 0.1, 0.7, 0.9, 1
        assertEquals(List.of(3, 3, 3, 4), e.draw(4).stream().map(Ensemble.Member::id).toList());
        assertEquals(e.members(), e.draw(5), "all members, in order, when there are few enough");
        assertEquals(e.members(), e.draw(50));
    }

    @Test
    void badFilesNameTheFieldAndRange() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "# note: x\nmember,wave,point,weight,distance,cholera.water_transmision_per_day\n1,1,1,1,1,0.5\n");
        InputException key = assertThrows(InputException.class, () -> Ensemble.read(f, ModelCatalog.standard()));
        assertEquals("cholera.water_transmision_per_day", key.field());
        Files.writeString(f, "member,wave,point,weight,distance,cholera.water_transmission_per_day\n1,1,1,1,1,99\n");
        InputException range = assertThrows(InputException.class, () -> Ensemble.read(f, ModelCatalog.standard()));
        assertTrue(range.getMessage().contains("[0, 10]"), range.getMessage());
        Files.writeString(f, "member,wave,point,weight,distance,cholera.water_transmission_per_day\n1,1,1,-1,1,0.5\n");
        assertEquals("weight", assertThrows(InputException.class, () -> Ensemble.read(f, ModelCatalog.standard())).field());
    }

    @Test
    void theShippedFolderHoldsOneReadableEnsemble() throws Exception {
        Path shipped = Ensemble.shipped(Path.of("..").resolve(Ensemble.SHIPPED_DIR));
        assertNotNull(shipped, "data/ensemble/ has an ensemble file");
        Ensemble e = Ensemble.read(shipped, ModelCatalog.standard());
        assertFalse(e.members().isEmpty());
        assertTrue(e.meta().containsKey("made_by") && e.meta().get("made_by").startsWith("hsim calibrate"), e.meta().toString());
        assertEquals(1, e.members().stream().mapToDouble(Ensemble.Member::weight).sum(), 1e-9);
    }
}
