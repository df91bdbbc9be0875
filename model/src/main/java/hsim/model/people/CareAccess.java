package hsim.model.people;

import hsim.model.supply.Cargo;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Access to care: a cell has it when a functioning hospital (open, with medical stock and fuel) is
 * within {@code people.care_max_minutes} of travel. Cholera patients in such cells count as treated.
 */
public final class CareAccess implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final boolean[] careAccess;
    /** For each populated cell, the hospitals within reach (indices into supply.hospitals); built once. */
    private transient int[][] hospitalsInReach;
    /** The hospitals' functioning flags careAccess was last computed from (null before the first day). */
    private transient boolean[] functioningCached;

    public CareAccess(MetroState s) {
        this.s = s;
        this.careAccess = new boolean[s.cells];
    }

    public boolean at(int cell) { return careAccess[cell]; }

    /** Recomputes access from which hospitals function this morning. */
    public void update() {
        List<SupplyNetwork.Node> hs = s.supply.hospitals;
        if (hospitalsInReach == null) {
            hospitalsInReach = new int[s.cells][];
            List<float[]> fields = new ArrayList<>();
            for (SupplyNetwork.Node h : hs) fields.add(s.city.router().minutesTo(h.facility));
            int[] buf = new int[hs.size()];
            for (int c = 0; c < s.cells; c++) {
                if (s.residents[c] <= 0) continue;
                int n = 0;
                for (int k = 0; k < fields.size(); k++) if (fields.get(k)[c] <= s.ops.careMaxMinutes()) buf[n++] = k;
                hospitalsInReach[c] = Arrays.copyOf(buf, n);
            }
        }
        boolean[] functioning = new boolean[hs.size()];
        for (int k = 0; k < hs.size(); k++) {
            SupplyNetwork.Node h = hs.get(k);
            functioning[k] = h.open && !h.stock.get(Cargo.MEDICAL).isEmpty() && !h.stock.get(Cargo.FUEL).isEmpty();
        }
        // access depends only on which hospitals function; most days none changes, so skip the cell sweep
        if (Arrays.equals(functioning, functioningCached)) return;
        functioningCached = functioning;
        for (int c = 0; c < s.cells; c++) {
            boolean ok = false;
            int[] reach = hospitalsInReach[c];
            if (reach != null) for (int k : reach) if (functioning[k]) { ok = true; break; }
            careAccess[c] = ok;
        }
    }
}
