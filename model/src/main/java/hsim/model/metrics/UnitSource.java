package hsim.model.metrics;

import java.util.function.Consumer;

/**
 * A mechanism that owns unit agents (HNP squads, rapid-force units, special-force teams, gang cells) lists
 * them through this narrow read interface, so that traces and the GUI observe units without reaching into
 * mechanism state. Implementations list their units in a fixed order (by id), so a trace is deterministic.
 */
public interface UnitSource {
    void units(Consumer<UnitRow> out);
}
