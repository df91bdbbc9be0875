package hsim.results;

import java.util.List;

/** One restriction of one PRIM box (prim.csv); an unbounded side is infinite when written (a missing field) and NaN when read. */
public record PrimRow(String outcome, String threshold, int box, String factor, double lower, double upper,
                      double coverage, double density, int nInBox) {
    public List<String> cells() {
        return List.of(outcome, threshold, Integer.toString(box), factor, bound(lower), bound(upper),
                Csv.number(coverage), Csv.number(density), Integer.toString(nInBox));
    }

    private static String bound(double v) { return Double.isInfinite(v) ? Csv.MISSING : Csv.number(v); }
}
