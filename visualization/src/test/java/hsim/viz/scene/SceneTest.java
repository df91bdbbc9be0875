package hsim.viz.scene;

import hsim.results.FinalStateSchema;
import hsim.model.engine.HaitiModel;
import hsim.model.metrics.MapSnapshot;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.security.Deployment;
import hsim.model.world.InterventionModel;
import hsim.model.world.MetroState;
import hsim.viz.gui.WorldView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scene shows where the model put the forces (its recorded {@link Deployment}), not a second copy of
 * the rules, and survives its file format. A real run with the rapid force and the special force both
 * operating from day 1 (coarse civilians, 6 days).
 */
class SceneTest {
    private static InterventionModel model;
    private static MetroState metro;
    private static Deployment deployment;
    private static Scene scene;

    @BeforeAll
    static void run() {
        ScenarioLoader loader = ModelCatalog.loader();
        Scenario s = loader.override(loader.load("rapid-force+special-force"), List.of("run.people_per_agent=2000",
                "rapid_force.deployment_delay_days=1", "special_force.start_day=1"));
        model = new InterventionModel(s, 3, 1);
        model.start();
        for (int h = 0; h < 6 * HaitiModel.HOURS_PER_DAY; h++) model.stepHour();
        metro = model.state();
        deployment = model.deployment();
        scene = Scene.of(MapSnapshot.of(metro, deployment, model.day()));
    }

    @AfterAll
    static void finish() { model.finish(); }

    @Test
    void markersAreTheModelsDeployment() {
        Deployment d = deployment;
        assertFalse(d.patrols().isEmpty(), "no HNP patrols recorded");
        assertEquals(d.patrols().stream().map(p -> p.station().name()).toList(),
                scene.markers(Scene.MarkerKind.POLICE).stream().map(Scene.Marker::label).toList());
        double officers = d.patrols().stream().mapToDouble(Deployment.Patrol::officers).sum();
        assertEquals(officers, scene.markers(Scene.MarkerKind.POLICE).stream().mapToDouble(Scene.Marker::value).sum(), 1e-6 * officers);

        assertTrue(metro.force.present(), "the rapid force should be deployed by day 6");
        double guards = d.guards().stream().mapToDouble(Deployment.Guard::troops).sum();
        double shown = scene.markers(Scene.MarkerKind.TROOPS).stream().mapToDouble(Scene.Marker::value).sum();
        double corridor = d.corridors().stream().anyMatch(r -> r.length > Scene.CORRIDOR_SPACING / 2) ? d.corridorTroops() : 0;
        assertEquals(guards + corridor, shown, 1e-6 * Math.max(1, shown), "troop markers add up to the troops the model placed");

        Set<String> raided = new LinkedHashSet<>();
        for (int id : d.raidTargets()) raided.add(metro.gang(id).name);
        assertEquals(new ArrayList<>(raided), scene.markers(Scene.MarkerKind.TEAM).stream().map(Scene.Marker::label).toList(),
                "one team marker per gang raided today, in raid order");
    }

    @Test
    void theGuiShowsTheScene() {
        WorldView v = new WorldView(metro.width, metro.height);
        v.update(model, model.day());
        assertEquals(scene.markers(Scene.MarkerKind.POLICE).size(), v.police.getAllObjects().numObjs);
        assertEquals(scene.markers(Scene.MarkerKind.TROOPS).size(), v.troops.getAllObjects().numObjs);
        assertEquals(scene.markers(Scene.MarkerKind.TEAM).size(), v.teams.getAllObjects().numObjs);
        assertEquals(scene.markers(Scene.MarkerKind.CONVOY).size(), v.convoys.getAllObjects().numObjs);
        assertEquals(scene.markers(Scene.MarkerKind.GANG).size(), v.gangs.getAllObjects().numObjs);
        int held = 0;
        for (int c = 0; c < metro.cells; c++) {
            assertEquals(scene.territory(c), v.territory.field[c % metro.width][c / metro.width]);
            if (metro.territory.owner(c) >= 0) {
                held++;
                assertEquals(Scene.code(metro.gang(metro.territory.owner(c)).coalition), scene.territory(c));
            }
        }
        assertTrue(held > 0, "gangs hold territory");
    }

    @Test
    void theFileRowsGiveBackTheScene() {
        List<SceneRows.Row> rows = new ArrayList<>();
        int line = 2;
        for (List<String> r : SceneRows.encode(scene)) {
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) cells.put(FinalStateSchema.COLUMNS.get(i), r.get(i));
            rows.add(new SceneRows.Row(line++, cells));
        }
        Scene back = SceneRows.decode(rows, InterventionModel.portAuPrince(), "test");
        assertEquals(scene.day(), back.day());
        int[] a = new int[metro.cells], b = new int[metro.cells];
        for (int c = 0; c < metro.cells; c++) { a[c] = scene.territory(c); b[c] = back.territory(c); }
        assertArrayEquals(a, b);
        assertEquals(scene.facilities(), back.facilities());
        assertEquals(scene.markers(), back.markers());
    }
}
