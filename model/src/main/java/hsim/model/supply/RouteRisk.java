package hsim.model.supply;

/**
 * Drivers' shared memory of attacks by road cell: an attack raises the cell's risk to 1 and the memory
 * fades with a half-life of days. Route planning adds {@code aversion * risk} to a cell's travel cost, so
 * drivers avoid roads where colleagues were attacked until the memory fades.
 */
public final class RouteRisk implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final hsim.model.scenario.Param FORGET_BELOW = hsim.model.scenario.Param.number("supply.risk_forget_below", 0.001, 0, 1,
            "risk", "assumption (an attack ten half-lives ago no longer steers drivers)",
            "Remembered risk of a road cell below which drivers forget the attack (it drops to 0)");
    private final float[] risk;
    private final double dailyKeep;
    private final float forgetBelow;

    /** With the catalog's default forgetting threshold. */
    public RouteRisk(int cells, double halfLifeDays) { this(cells, halfLifeDays, Double.parseDouble(FORGET_BELOW.defaultText())); }

    public RouteRisk(int cells, double halfLifeDays, double forgetBelow) {
        this.risk = new float[cells];
        this.dailyKeep = StrictMath.pow(0.5, 1 / halfLifeDays);
        this.forgetBelow = (float) forgetBelow;
    }

    public void attacked(int cell) { risk[cell] = 1f; }

    public double risk(int cell) { return risk[cell]; }

    /** Extra minutes a driver with this aversion (minutes per unit of risk) counts for entering {@code cell}. */
    public double extraMinutes(int cell, double aversionMinutes) { return aversionMinutes * risk[cell]; }

    public void newDay() {
        for (int i = 0; i < risk.length; i++) if (risk[i] != 0) risk[i] = risk[i] < forgetBelow ? 0f : (float) (risk[i] * dailyKeep);
    }
}
