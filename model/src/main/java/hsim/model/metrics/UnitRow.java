package hsim.model.metrics;

/**
 * One unit agent as a trace or a display sees it at the end of a day: a stable id (unique within its kind),
 * its kind, the grid cell it stands on (row-major, -1 when it has no position, e.g. not yet landed),
 * its strength (people: officers, troops, operators or members) and its current task, in lower-case words.
 */
public record UnitRow(String id, UnitKind kind, int cell, double strength, String task) {}
