package hsim.model.city;

import java.io.Serializable;

/**
 * A fixed place that matters to the model (port, fuel terminal, hospital, ...), snapped to one grid
 * cell. {@code approx} marks positions that no coordinate source backs to better than a few hundred
 * metres; {@code source} keeps the data row's citation so outputs can carry it.
 */
public final class Facility implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final FacilityKind kind;
    private final int x;
    private final int y;
    private final int cell;
    private final int commune;
    private final boolean approx;
    private final String source;

    public Facility(String id, String name, FacilityKind kind, int x, int y, int width, int commune,
                    boolean approx, String source) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.cell = y * width + x;
        this.commune = commune;
        this.approx = approx;
        this.source = source;
    }

    public String id() { return id; }
    public String name() { return name; }
    public FacilityKind kind() { return kind; }
    public int x() { return x; }
    public int y() { return y; }
    /** {@code y * width + x}. */
    public int cell() { return cell; }
    /** Commune code (e.g. 111 for Port-au-Prince) of the cell. */
    public int commune() { return commune; }
    public boolean approx() { return approx; }
    public String source() { return source; }

    @Override
    public String toString() { return id + " (" + kind + " at " + x + "," + y + ")"; }
}
