package hsim.runner;

import hsim.model.gangs.GangCell;
import hsim.model.metrics.UnitKind;
import hsim.model.metrics.UnitRow;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import hsim.results.Columns;
import hsim.results.CsvTable;
import hsim.results.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code hsim run --trace units}. The model side registers its squads, units and teams itself; here a test
 * subclass lists the gang cells (alive ones, at their base, members as strength), so the trace has rows to
 * check against what the model held at the end of each day.
 */
class UnitTraceTest {
    /** The model with a test source of gang-cell units (the gang mechanism registers its own for real). */
    static final class WithGangCells extends InterventionModel {
        final List<List<UnitRow>> listed = new ArrayList<>();

        WithGangCells(Scenario s) { super(s, 3, 1); }

        @Override protected void installMechanisms() {
            super.installMechanisms();
            addUnitSource(out -> {
                for (GangCell g : state().gangs) {
                    if (g.alive) out.accept(new UnitRow("gang-" + g.id, UnitKind.GANG_CELL, g.baseCell, g.members, "hold ground"));
                }
            });
        }
    }

    @Test
    void oneRowPerUnitPerDayWithItsPlaceStrengthAndTask(@TempDir Path dir) throws Exception {
        ScenarioLoader l = ModelCatalog.loader();
        WithGangCells m = new WithGangCells(l.override(l.load("baseline"), List.of("run.people_per_agent=2000")));
        List<String> expected = new ArrayList<>();
        try (UnitTrace trace = UnitTrace.open(dir)) {
            m.start();
            for (int d = 1; d <= 3; d++) {
                for (int h = 0; h < 24; h++) m.stepHour();
                trace.day(m, d);
                int day = d;
                m.units(u -> expected.add(String.join("\t", Integer.toString(day), u.id(), Integer.toString(u.cell()),
                        Double.toString(u.strength()), u.kind().label(), u.task())));
            }
            assertFalse(Files.exists(dir.resolve("units.csv")), "not visible before the run ends");
            trace.finish();
        } finally {
            m.finish();
        }
        CsvTable t = CsvTable.read(dir.resolve(FileNames.csv(FileNames.UNITS)));
        assertEquals(Columns.UNITS, t.header());
        assertEquals(expected.size(), t.size());
        int width = m.state().width, gangRows = 0;
        for (int i = 0; i < t.size(); i++) {
            String[] want = expected.get(i).split("\t");
            assertEquals(want[0], t.text(i, "day"));
            assertEquals(want[1], t.text(i, "id"));
            assertEquals(want[4], t.text(i, "kind"));
            if (want[4].equals("gang_cell")) gangRows++;
            int cell = Integer.parseInt(want[2]);
            assertEquals(cell, t.integer(i, "cell", -1, Integer.MAX_VALUE));
            assertEquals(cell < 0 ? -1 : cell % width, t.integer(i, "x", -1, Integer.MAX_VALUE));
            assertEquals(cell < 0 ? -1 : cell / width, t.integer(i, "y", -1, Integer.MAX_VALUE));
            assertEquals(Double.parseDouble(want[3]), t.number(i, "strength"), 1e-9);
            assertEquals(want[5], t.text(i, "task"));
        }
        assertTrue(gangRows >= 3, "every day lists the living gangs of the test source");
        assertEquals("3", t.text(t.size() - 1, "day"));
    }

    @Test
    void aFailedRunLeavesNoTrace(@TempDir Path dir) throws Exception {
        try (UnitTrace trace = UnitTrace.open(dir)) {
            assertTrue(Files.exists(dir.resolve("units.csv.tmp")));
        }
        assertFalse(Files.exists(dir.resolve("units.csv.tmp")));
        assertFalse(Files.exists(dir.resolve("units.csv")));
    }

    private static Cli.Result hsim(String... args) { return Cli.runWithin(180, args); }

    @Test
    void theRunCommandWritesUnitsCsvAndDescribesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        Cli.Result r = hsim("run", "--scenario", "baseline", "--set", "run.people_per_agent=2000", "--days", "2",
                "--threads", "1", "--trace", "units", "--out", out.toString());
        assertEquals(0, r.code(), r::show);
        CsvTable t = CsvTable.read(out.resolve("units.csv"));
        assertEquals(Columns.UNITS, t.header());
        CsvTable dict = CsvTable.read(out.resolve("dictionary.csv"));
        boolean described = false;
        for (int i = 0; i < dict.size(); i++) described |= dict.text(i, "file").equals("units.csv") && dict.text(i, "column").equals("task");
        assertTrue(described, "dictionary.csv describes units.csv");
        assertFalse(Files.exists(out.resolve("units.csv.tmp")));
    }

    @Test
    void withoutTheOptionThereIsNoTrace(@TempDir Path dir) {
        Path out = dir.resolve("run");
        Cli.Result r = hsim("run", "--scenario", "baseline", "--set", "run.people_per_agent=2000", "--days", "1",
                "--threads", "1", "--out", out.toString());
        assertEquals(0, r.code(), r::show);
        assertFalse(Files.exists(out.resolve("units.csv")));
    }

    @Test
    void anUnknownTraceIsBadInput(@TempDir Path dir) {
        Cli.Result r = Cli.run("run", "--trace", "nonsense", "--days", "1", "--out", dir.resolve("x").toString()).assertBadInput();
        assertTrue(r.err().contains("field '--trace': 'nonsense' is not a trace; allowed: units"), r::show);
        assertFalse(Files.exists(dir.resolve("x")), "refused before anything is made");
    }
}
