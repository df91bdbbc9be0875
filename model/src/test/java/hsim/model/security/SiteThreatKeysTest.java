package hsim.model.security;

import hsim.model.InputException;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The handover's site threat is the attack gangs would mount, so it has the attack's keys and the old ones are refused. */
class SiteThreatKeysTest {
    @Test
    void theOldHandoverThreatKeysAreRefusedNamingTheGangKeys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.yaml");
        Files.writeString(f, "inherits: baseline\nsecurity:\n  threat_radius_cells: 20\n");
        InputException e = assertThrows(InputException.class, () -> ModelCatalog.loader().load(f.toString()));
        assertTrue(e.getMessage().contains("security.threat_radius_cells") && e.getMessage().contains("was removed")
                && e.getMessage().contains("gangs.site_attack_reach_cells"), e.getMessage());
        ScenarioLoader l = ModelCatalog.loader();
        InputException set = assertThrows(InputException.class,
                () -> l.override(l.load("baseline"), List.of("security.site_threat_factor=2")));
        assertTrue(set.getMessage().contains("gangs.site_attack_strength_factor"), set.getMessage());
        assertNull(ModelCatalog.standard().get("security.threat_radius_cells"));
        assertNull(ModelCatalog.standard().get("security.site_threat_factor"));
        assertNotNull(ModelCatalog.standard().get("gangs.site_attack_reach_cells"));
    }
}
