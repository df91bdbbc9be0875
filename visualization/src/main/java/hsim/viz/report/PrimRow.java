package hsim.viz.report;

/** One restriction of one PRIM box (prim.csv); an unbounded side is NaN. */
public record PrimRow(String outcome, String threshold, int box, String factor, double lower, double upper,
                      double coverage, double density, int nInBox) {}
