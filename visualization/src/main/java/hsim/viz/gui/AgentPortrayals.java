package hsim.viz.gui;

import hsim.viz.scene.Colours;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;

/**
 * Marker shapes for the display's sparse layers. Sizes are in grid cells (a cell is about 2 px at the
 * default display size), large enough to see and click. Colours come from the scene's {@link Colours}; markers whose
 * colour depends on the object (cargo, coalition, status) pick it per draw.
 */
final class AgentPortrayals {
    private AgentPortrayals() {}

    static SimplePortrayal2D police() { return new RectanglePortrayal2D(Colours.POLICE, 4.0, true); }

    static SimplePortrayal2D troops() { return new OvalPortrayal2D(Colours.FOREIGN, 5.0, true); }

    static SimplePortrayal2D team() { return new RectanglePortrayal2D(Colours.SPECIAL, 6.0, false); }

    static SimplePortrayal2D gang() {
        return new OvalPortrayal2D(Color.BLACK, 5.0, true) {
            @Override public void draw(Object o, Graphics2D g, DrawInfo2D info) {
                paint = Colours.coalition(((Markers.Gang) o).cell().coalition);
                super.draw(o, g, info);
            }
        };
    }

    /** A unit agent, shaped and coloured by its kind ({@link UnitStyle}). */
    static SimplePortrayal2D unit() {
        return new SimplePortrayal2D() {
            private final RectanglePortrayal2D square = new RectanglePortrayal2D(Color.BLACK, 1.0, true);
            private final OvalPortrayal2D disc = new OvalPortrayal2D(Color.BLACK, 1.0, true);

            private SimplePortrayal2D styled(Object o) {
                UnitStyle st = UnitStyle.of(((Markers.Unit) o).row().kind());
                if (st.square()) {
                    square.paint = st.colour(); square.scale = st.scale(); square.filled = st.filled();
                    return square;
                }
                disc.paint = st.colour(); disc.scale = st.scale(); disc.filled = st.filled();
                return disc;
            }

            @Override public void draw(Object o, Graphics2D g, DrawInfo2D info) { styled(o).draw(o, g, info); }

            @Override public boolean hitObject(Object o, DrawInfo2D range) { return styled(o).hitObject(o, range); }
        };
    }

    static SimplePortrayal2D convoy() {
        return new RectanglePortrayal2D(Color.BLACK, 3.5, true) {
            @Override public void draw(Object o, Graphics2D g, DrawInfo2D info) {
                paint = Colours.cargo(((Markers.Convoy) o).cargo());
                super.draw(o, g, info);
            }
        };
    }

    static SimplePortrayal2D facility() {
        return new OvalPortrayal2D(Color.BLACK, 4.0, true) {
            @Override public void draw(Object o, Graphics2D g, DrawInfo2D info) {
                Paint p = Colours.facility(((Markers.Site) o).status());
                paint = p;
                super.draw(o, g, info);
            }
        };
    }
}
