package hsim.model.supply;

/**
 * Drivers' shared memory of attacks by road cell: an attack raises the cell's risk to 1 and the memory
 * fades with a half-life of days. Route planning adds {@code aversion * risk} to a cell's travel cost, so
 * drivers avoid roads where colleagues were attacked until the memory fades.
 */
public final class RouteRisk implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final float[] risk;
    private final double dailyKeep;

    public RouteRisk(int cells, double halfLifeDays) {
        this.risk = new float[cells];
        this.dailyKeep = StrictMath.pow(0.5, 1 / halfLifeDays);
    }

    public void attacked(int cell) { risk[cell] = 1f; }

    public double risk(int cell) { return risk[cell]; }

    /** Extra minutes a driver with this aversion (minutes per unit of risk) counts for entering {@code cell}. */
    public double extraMinutes(int cell, double aversionMinutes) { return aversionMinutes * risk[cell]; }

    public void newDay() {
        for (int i = 0; i < risk.length; i++) if (risk[i] != 0) risk[i] = risk[i] < 1e-3f ? 0f : (float) (risk[i] * dailyKeep);
    }
}
