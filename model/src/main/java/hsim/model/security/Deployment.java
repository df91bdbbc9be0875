package hsim.model.security;

import hsim.model.city.Facility;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the security forces stand as today's security day placed them. The rules' part, written by the
 * security processes and read by gang attacks, the handover and the roads: HNP guards per state-held
 * site, the escort strength of a covered convoy, and the mandate's flags. The observers' part, recorded
 * as the presence map is computed and read only by the GUI and the final-state snapshot, so a picture of
 * the forces cannot drift from the rules: HNP patrols per state-held station, foreign guards per site,
 * the troops left to escort the supply corridors and the gangs the special force raided.
 */
public final class Deployment implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Officers patrolling around one state-held police station. */
    public record Patrol(Facility station, double officers) implements Serializable {}

    /**
     * A stretch of supply corridor a rapid-force unit escorted and handed over: the HNP holds its cells
     * (known by the middle one, {@code cell}) with {@code officers} from {@code day}.
     */
    public record HeldArea(int cell, int[] cells, double officers, int day) implements Serializable {}

    /** Foreign troops guarding one critical site. */
    public record Guard(String site, Facility facility, double troops) implements Serializable {}

    private final List<Patrol> patrols = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private final List<int[]> corridors = new ArrayList<>();
    private double corridorTroops;
    private final List<Integer> raidTargets = new ArrayList<>();
    double hnpGuardsPerSite, escortStrengthHnp, escortStrengthForce;
    boolean corridorsOpen, conditionsMet;
    /** Areas the HNP holds after a handover, oldest first (written by {@link Handover}). */
    final List<HeldArea> hnpAreas = new ArrayList<>();
    /** Areas handed over from units to the HNP since the start. */
    public int areasHandedOverCum;

    /** Areas the HNP holds after handovers from rapid-force units, oldest first. */
    public List<HeldArea> hnpAreas() { return Collections.unmodifiableList(hnpAreas); }

    /** Whether the HNP holds the handed-over stretch whose middle cell is {@code cell}. */
    public boolean hnpHolds(int cell) {
        for (HeldArea a : hnpAreas) if (a.cell() == cell) return true;
        return false;
    }

    /** HNP officers tied to holding handed-over areas (staffed by the HNP's tasking right after the site guards). */
    public double hnpAreaOfficers() {
        double t = 0;
        for (HeldArea a : hnpAreas) t += a.officers();
        return t;
    }

    /** HNP officers guarding each state-held critical site. */
    public double hnpGuardsPerSite() { return hnpGuardsPerSite; }

    /** Escort strength (officer-equivalents) of a convoy the escort policy covers. */
    public double escortStrength() { return escortStrengthHnp + escortStrengthForce; }

    public boolean corridorsOpen() { return corridorsOpen; }

    /** Whether the HNP holds every critical site (the rapid force's exit condition). */
    public boolean conditionsMet() { return conditionsMet; }

    /** Forgets the patrols, guards and corridors before the presence map is rebuilt. */
    public void clearPresence() {
        patrols.clear();
        guards.clear();
        corridors.clear();
        corridorTroops = 0;
    }

    public void patrol(Facility station, double officers) { patrols.add(new Patrol(station, officers)); }

    public void guard(String site, Facility facility, double troops) { guards.add(new Guard(site, facility, troops)); }

    /** Manoeuvre troops spread evenly over the cells of {@code routes}. */
    public void escortCorridors(List<int[]> routes, double troops) {
        corridors.addAll(routes);
        corridorTroops = troops;
    }

    /** Forgets yesterday's raids. */
    public void clearRaids() { raidTargets.clear(); }

    public void raided(int gangId) { raidTargets.add(gangId); }

    public List<Patrol> patrols() { return Collections.unmodifiableList(patrols); }

    public List<Guard> guards() { return Collections.unmodifiableList(guards); }

    /** The corridor routes (cell indices, origin first) the manoeuvre troops escort; do not modify. */
    public List<int[]> corridors() { return Collections.unmodifiableList(corridors); }

    /** Foreign troops (not troop-equivalents) of the escorting and supporting units, spread over {@link #corridors()}. */
    public double corridorTroops() { return corridorTroops; }

    /** Gang ids raided by the special force today, in raid order (a gang raided twice appears twice). */
    public List<Integer> raidTargets() { return Collections.unmodifiableList(raidTargets); }
}
