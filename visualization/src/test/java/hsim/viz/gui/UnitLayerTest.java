package hsim.viz.gui;

import hsim.model.metrics.UnitKind;
import hsim.model.metrics.UnitRow;
import hsim.model.metrics.UnitSource;
import org.junit.jupiter.api.Test;
import sim.util.Bag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The GUI's unit-agent layer, headless: what the model lists ({@link UnitSource}) lands on the layer's grid at
 * its cell, with what the inspector shows; units without a position are not drawn, a unit that moves keeps its
 * marker (an open inspector follows it), a unit no longer listed disappears; each kind has its own marker.
 */
class UnitLayerTest {
    private static final int W = 10, H = 6;
    private final List<UnitRow> listed = new ArrayList<>();
    private final UnitSource source = out -> listed.forEach(out);
    private final WorldView view = new WorldView(W, H);

    private static int cell(int x, int y) { return y * W + x; }

    private Markers.Unit at(int x, int y) {
        Bag b = view.units.getObjectsAtLocation(x, y);
        assertNotNull(b, "nothing at " + x + "," + y);
        assertEquals(1, b.numObjs);
        return (Markers.Unit) b.objs[0];
    }

    @Test
    void unitsStandWhereTheModelSaysWithWhatTheInspectorShows() {
        listed.add(new UnitRow("sq-01", UnitKind.HNP_SQUAD, cell(2, 3), 24, "guard site"));
        listed.add(new UnitRow("rf-1", UnitKind.RAPID_FORCE_UNIT, cell(9, 0), 150, "escort convoy"));
        listed.add(new UnitRow("sf-2", UnitKind.SPECIAL_FORCE_TEAM, cell(0, 5), 12, "raid"));
        listed.add(new UnitRow("g9-3", UnitKind.GANG_CELL, cell(4, 1), 80, "hold ground"));
        listed.add(new UnitRow("rf-2", UnitKind.RAPID_FORCE_UNIT, -1, 150, "not landed"));
        view.updateUnits(source);

        assertEquals(4, view.units.getAllObjects().numObjs, "the unit without a position is not drawn");
        Markers.Unit sq = at(2, 3);
        assertEquals("sq-01", sq.getId());
        assertEquals("hnp_squad", sq.getKind());
        assertEquals(24, sq.getStrength(), 0);
        assertEquals("guard site", sq.getTask());
        assertEquals(2, sq.getX());
        assertEquals(3, sq.getY());
        assertEquals("rapid_force_unit", at(9, 0).getKind());
        assertEquals("raid", at(0, 5).getTask());
        assertEquals(80, at(4, 1).getStrength(), 0);
    }

    @Test
    void aMovingUnitKeepsItsMarkerAndAGoneUnitDisappears() {
        listed.add(new UnitRow("sq-01", UnitKind.HNP_SQUAD, cell(2, 3), 24, "patrol"));
        listed.add(new UnitRow("g9-3", UnitKind.GANG_CELL, cell(4, 1), 80, "hold ground"));
        view.updateUnits(source);
        Markers.Unit before = at(2, 3);

        listed.clear();
        listed.add(new UnitRow("sq-01", UnitKind.HNP_SQUAD, cell(7, 4), 21, "respond"));
        view.updateUnits(source);
        assertNull(view.units.getObjectsAtLocation(2, 3));
        assertNull(view.units.getObjectsAtLocation(4, 1), "the dissolved gang cell is gone");
        Markers.Unit after = at(7, 4);
        assertSame(before, after, "the same marker, so an open inspector follows the squad");
        assertEquals(21, after.getStrength(), 0);
        assertEquals("respond", after.getTask());
    }

    @Test
    void aSquadAndAGangCellOfOneIdAreTwoUnits() {
        listed.add(new UnitRow("7", UnitKind.HNP_SQUAD, cell(1, 1), 20, "patrol"));
        listed.add(new UnitRow("7", UnitKind.GANG_CELL, cell(1, 1), 60, "hold ground"));
        view.updateUnits(source);
        assertEquals(2, view.unitMarkers().size());
    }

    @Test
    void eachKindHasItsOwnMarker() {
        Set<String> styles = new HashSet<>();
        for (UnitKind k : UnitKind.values()) {
            UnitStyle s = UnitStyle.of(k);
            styles.add(s.colour().getRGB() + "/" + s.square() + "/" + s.filled());
            assertTrue(s.scale() > 0);
        }
        assertEquals(UnitKind.values().length, styles.size());
    }

    @Test
    void thePortrayalDrawsEachKindInItsColourAndCanBeClicked() {
        sim.portrayal.SimplePortrayal2D p = AgentPortrayals.unit();
        for (UnitKind k : UnitKind.values()) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            // one grid cell drawn 4 px wide, centred in the image
            sim.portrayal.DrawInfo2D info = new sim.portrayal.DrawInfo2D(null, null,
                    new java.awt.geom.Rectangle2D.Double(18, 18, 4, 4), new java.awt.geom.Rectangle2D.Double(0, 0, 40, 40));
            Markers.Unit u = new Markers.Unit(new UnitRow("u", k, 0, 10, "patrol"), W);
            p.draw(u, g, info);
            g.dispose();
            UnitStyle s = UnitStyle.of(k);
            boolean found = false;
            for (int x = 0; x < 40 && !found; x++) for (int y = 0; y < 40; y++) if ((img.getRGB(x, y) & 0xFFFFFF) == (s.colour().getRGB() & 0xFFFFFF)) { found = true; break; }
            assertTrue(found, k + " is drawn in its colour");
            if (s.filled()) assertEquals(s.colour().getRGB() & 0xFFFFFF, img.getRGB(20, 20) & 0xFFFFFF, k + " filled at its centre");
            sim.portrayal.DrawInfo2D click = new sim.portrayal.DrawInfo2D(null, null,
                    new java.awt.geom.Rectangle2D.Double(18, 18, 4, 4), new java.awt.geom.Rectangle2D.Double(19.5, 19.5, 1, 1));
            assertTrue(p.hitObject(u, click), k + " can be clicked for the inspector");
        }
    }
}
