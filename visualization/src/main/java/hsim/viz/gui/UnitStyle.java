package hsim.viz.gui;

import hsim.model.metrics.UnitKind;
import hsim.viz.scene.Colours;

import java.awt.Color;

/**
 * How the unit-agent layer draws each kind: HNP squads as blue squares, rapid-force units as green discs,
 * special-force teams as black open squares (the colours of the force layers and the report's maps) and
 * gang cells as dark-red open discs, so that they ring the coalition-coloured gang markers rather than hide
 * them. Sizes in grid cells, a little larger for the stronger kinds of unit so overlapping markers stay apart.
 */
record UnitStyle(Color colour, boolean square, boolean filled, double scale) {
    static final Color GANG_CELL = new Color(0x8B1A1A);

    static UnitStyle of(UnitKind k) {
        return switch (k) {
            case HNP_SQUAD -> new UnitStyle(Colours.POLICE, true, true, 3.0);
            case RAPID_FORCE_UNIT -> new UnitStyle(Colours.FOREIGN, false, true, 4.5);
            case SPECIAL_FORCE_TEAM -> new UnitStyle(Colours.SPECIAL, true, false, 5.5);
            case GANG_CELL -> new UnitStyle(GANG_CELL, false, false, 7.0);
        };
    }
}
