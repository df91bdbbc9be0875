package hsim.model.security;

import hsim.model.city.Facility;
import hsim.model.conflict.Battles;
import hsim.model.conflict.Engagement;
import hsim.model.world.CriticalSite;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;
import hsim.model.world.Tallies;

import java.io.Serializable;

/**
 * HNP offensives, joined by the rapid force's supporting units when it is present: up to
 * {@code hnp.operations_per_day_max} operations of {@code hnp.operation_officers} (or as many as the
 * supporting units mount, {@link RapidForceOperations}), first against gang-held critical sites, then against the gang frontier near a
 * random state-held police station. A won operation clears {@code ops.clear_radius_cells} around the target.
 */
public final class HnpOperations implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final Battles battles;

    public HnpOperations(MetroState s, Ground ground, Battles battles) {
        this.s = s;
        this.ground = ground;
        this.battles = battles;
    }

    /** {@code foreignTroops}: the rapid-force units supporting today, who mount {@code forceOps} joint operations. */
    void run(double offensive, double foreignTroops, int forceOps) {
        int n = (int) Math.min(s.ops.hnpOpsPerDayMax(), Math.floor(offensive / s.ops.hnpOpSize()));
        if (foreignTroops < 1) forceOps = 0;
        n = Math.max(n, forceOps);
        for (int k = 0; k < n; k++) {
            int target = -1;
            for (CriticalSite site : s.sites) if (s.territory.owner(site.cell()) >= 0) { target = site.cell(); break; }
            if (target < 0) target = frontierNearStation();
            if (target < 0) return;
            int holder = s.territory.owner(target);
            double officers = Math.min(s.ops.hnpOpSize(), offensive);
            offensive -= officers;
            double troops = forceOps > k ? foreignTroops / forceOps : 0;
            Engagement.Result r;
            if (troops > 0) {
                r = battles.fight(target, battles.forceSide(troops + officers * s.hnp.quality() / Math.max(1e-9, s.troopEquivalent()), false),
                        battles.gangSide(s.gangs.get(holder), 1, true), -1, holder, Tallies.SECURITY_OPERATIONS, true,
                        Battles.Security.RAPID_FORCE, Battles.Security.HNP);
            } else if (officers >= 1) {
                r = battles.fight(target, battles.hnpSide(officers, false), battles.gangSide(s.gangs.get(holder), 1, true), -1, holder,
                        Tallies.SECURITY_OPERATIONS, true, Battles.Security.HNP, Battles.Security.HNP);
            } else {
                return;
            }
            if (r.aWon()) ground.clearRadius(target, s.ops.clearRadius(), holder);
        }
    }

    /** A gang cell near a state-held police station, chosen at random among stations. */
    private int frontierNearStation() {
        var stations = s.stations;
        if (stations.isEmpty()) return -1;
        int start = s.rng.nextInt(stations.size());
        for (int k = 0; k < stations.size(); k++) {
            Facility st = stations.get((start + k) % stations.size());
            if (s.territory.owner(st.cell()) >= 0) return st.cell();
            int cx = st.x(), cy = st.y();
            for (int r = 1; r <= 25; r++) {
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        if (Math.max(Math.abs(dx), Math.abs(dy)) != r) continue;
                        int x = cx + dx, y = cy + dy;
                        if (x < 0 || y < 0 || x >= s.width || y >= s.height) continue;
                        int c = y * s.width + x;
                        if (s.territory.owner(c) >= 0 && s.gangs.get(s.territory.owner(c)).alive) return c;
                    }
                }
            }
        }
        return -1;
    }
}
