package hsim.model.gangs;

/**
 * One armed group (the "gang cell" of the brief): its members, arms, cash and leader, and how cohesive it
 * is. Territory is held in {@link Territory}; this class only counts it. Strength is the fighting power
 * other mechanisms weigh it by: armed members, less when ammunition runs short or cohesion is low.
 */
public final class GangCell implements java.io.Serializable {
    public final int id;
    public final String name;
    public final Coalition coalition;
    public int baseCell;
    public double members;
    public double weapons;
    /** Rounds of ammunition. */
    public double ammunition;
    /** Cash in US dollars. */
    public double cashUsd;
    public boolean leaderPresent = true;
    /** 1 = tight command; falls when the leader is lost. */
    public double cohesion = 1.0;
    public int territoryCells;
    public boolean alive = true;
    /** Days of containment left (special-force isolation of its territory). */
    public int containedDays;
    /** Day the leader was lost; {@link Leadership} decides succession or splintering after a delay. */
    public int leaderLostDay = -1;
    /** The organisation this cell descends from (its own id unless it is a splinter): splinters of one lineage are rivals. */
    public int lineage;
    /** Last day of the feud among a lineage's splinters (their expansion is stepped up until then); -1 none. */
    public int feudUntilDay = -1;

    public GangCell(int id, String name, Coalition coalition, int baseCell, double members, double weapons,
                    double ammunition, double cashUsd) {
        this.id = id;
        this.name = name;
        this.coalition = coalition;
        this.baseCell = baseCell;
        this.members = members;
        this.weapons = weapons;
        this.ammunition = ammunition;
        this.cashUsd = cashUsd;
        this.lineage = id;
    }

    /**
     * Whether this cell fights {@code other} at their borders: gangs of rival coalitions, and splinters of one
     * organisation, which compete for its inheritance whatever their coalition.
     */
    public boolean rivalOf(GangCell other) {
        return coalition.rivalOf(other.coalition) || (lineage == other.lineage && id != other.id);
    }

    /** Members who carry a gun. */
    public double armed() { return Math.min(members, weapons); }

    /**
     * Fighting strength: armed members, scaled down when ammunition is below the rounds per armed member
     * of full strength and by cohesion ({@link FightingStrength}).
     */
    public double strength(FightingStrength f) {
        double a = armed();
        if (a <= 0) return 0;
        double ammoFactor = Math.min(1.0, ammunition / (a * f.roundsPerFighterFull()));
        double dry = f.withoutAmmunition(), loose = f.withoutCohesion();
        return a * (dry + (1 - dry) * ammoFactor) * (loose + (1 - loose) * cohesion);
    }

    @Override
    public String toString() { return "GangCell[" + id + " " + name + " " + coalition + " members=" + Math.round(members) + "]"; }
}
