package hsim.model.people;

import hsim.model.core.StateHash;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The civilian population as a structure of arrays: agent {@code i}'s fields are element {@code i}
 * of each array, which keeps a parallel phase streaming through memory (32 bytes per agent; see
 * {@link #BYTES_PER_AGENT}). Ids are stable: agents are never removed, the dead keep their slot with
 * the ALIVE flag cleared.
 *
 * <p>One agent stands for {@link #peoplePerAgent()} residents (scenario key run.people_per_agent), so
 * the same scenario runs at 1:1 or 1:100; counts reported as people multiply by it.
 *
 * <p>Parallel rules may write only the fields of the agent they step (see docs/CORE.md).
 */
public final class Civilians implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Bytes of state per agent: two cells (int), three floats, two hour counters (int), gang (short), flags and cholera (bytes). */
    public static final int BYTES_PER_AGENT = 4 + 4 + 4 + 4 + 4 + 1 + 1 + 2 + 4 + 4;

    // status flags (bits of flags[])
    public static final byte ALIVE = 1;
    public static final byte DISPLACED = 1 << 1;
    public static final byte GANG_MEMBER = 1 << 2;
    public static final byte JAILED = 1 << 3;
    /** Wounded by violence (gang attacks, clashes or security operations) at least once; see {@link Casualties}. */
    public static final byte INJURED = 1 << 4;
    /** Killed by violence (ALIVE is cleared with it); cholera deaths are marked by the cholera state instead. */
    public static final byte KILLED = 1 << 5;

    // cholera states (values of cholera[])
    public static final byte SUSCEPTIBLE = 0;
    public static final byte EXPOSED = 1;
    public static final byte INFECTIOUS = 2;
    public static final byte RECOVERED = 3;
    public static final byte DEAD = 4;

    /** Gang id of an agent who belongs to none. */
    public static final short NO_GANG = -1;

    private final double peoplePerAgent;
    private int size;
    private int[] homeCell;
    private int[] cell;
    private float[] hardship;
    private float[] legitimacy;
    private float[] riskAversion;
    private byte[] flags;
    private byte[] cholera;
    private short[] gang;
    private int[] choleraHours;
    private int[] jailHours;

    public Civilians(int initialCapacity, double peoplePerAgent) {
        if (!(peoplePerAgent >= 1)) throw new IllegalArgumentException("people per agent must be >= 1: " + peoplePerAgent);
        this.peoplePerAgent = peoplePerAgent;
        allocate(Math.max(initialCapacity, 1));
    }

    private void allocate(int cap) {
        homeCell = homeCell == null ? new int[cap] : Arrays.copyOf(homeCell, cap);
        cell = cell == null ? new int[cap] : Arrays.copyOf(cell, cap);
        hardship = hardship == null ? new float[cap] : Arrays.copyOf(hardship, cap);
        legitimacy = legitimacy == null ? new float[cap] : Arrays.copyOf(legitimacy, cap);
        riskAversion = riskAversion == null ? new float[cap] : Arrays.copyOf(riskAversion, cap);
        flags = flags == null ? new byte[cap] : Arrays.copyOf(flags, cap);
        cholera = cholera == null ? new byte[cap] : Arrays.copyOf(cholera, cap);
        gang = gang == null ? new short[cap] : Arrays.copyOf(gang, cap);
        choleraHours = choleraHours == null ? new int[cap] : Arrays.copyOf(choleraHours, cap);
        jailHours = jailHours == null ? new int[cap] : Arrays.copyOf(jailHours, cap);
    }

    /**
     * Adds a living, susceptible, non-gang agent living in {@code homeCell} and standing there; returns
     * its id. Not for use inside a parallel phase.
     */
    public int add(int homeCell, float hardship, float legitimacy, float riskAversion) {
        if (homeCell < 0) throw new IllegalArgumentException("home cell must be >= 0: " + homeCell);
        if (size == this.homeCell.length) allocate(Math.max(16, size + (size >> 1)));
        int id = size++;
        this.homeCell[id] = homeCell;
        this.cell[id] = homeCell;
        this.hardship[id] = hardship;
        this.legitimacy[id] = legitimacy;
        this.riskAversion[id] = riskAversion;
        this.flags[id] = ALIVE;
        this.cholera[id] = SUSCEPTIBLE;
        this.gang[id] = NO_GANG;
        this.choleraHours[id] = 0;
        this.jailHours[id] = 0;
        return id;
    }

    /** Number of agents ever added (ids are 0..size-1, dead included). */
    public int size() { return size; }

    public double peoplePerAgent() { return peoplePerAgent; }

    public int homeCell(int i) { return homeCell[i]; }

    public int cell(int i) { return cell[i]; }
    public void setCell(int i, int c) { cell[i] = c; }

    public float hardship(int i) { return hardship[i]; }
    public void setHardship(int i, float v) { hardship[i] = v; }

    public float legitimacy(int i) { return legitimacy[i]; }
    public void setLegitimacy(int i, float v) { legitimacy[i] = v; }

    public float riskAversion(int i) { return riskAversion[i]; }

    public byte flags(int i) { return flags[i]; }
    public boolean has(int i, byte flag) { return (flags[i] & flag) != 0; }
    public void set(int i, byte flag, boolean on) { flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag); }

    public boolean alive(int i) { return (flags[i] & ALIVE) != 0; }

    public byte cholera(int i) { return cholera[i]; }
    /** Sets the cholera state and restarts the hours-in-state counter. */
    public void setCholera(int i, byte state) { cholera[i] = state; choleraHours[i] = 0; }

    public int choleraHours(int i) { return choleraHours[i]; }
    public void setCholeraHours(int i, int h) { choleraHours[i] = h; }

    public short gang(int i) { return gang[i]; }
    public void setGang(int i, short g) { gang[i] = g; }

    /** Hours of jail term left (0 when free). */
    public int jailHours(int i) { return jailHours[i]; }
    public void setJailHours(int i, int h) { jailHours[i] = h; }

    /** Agents alive now. */
    public int aliveCount() {
        int n = 0;
        for (int i = 0; i < size; i++) if ((flags[i] & ALIVE) != 0) n++;
        return n;
    }

    /** Residents represented by {@code agents} agents. */
    public double people(int agents) { return agents * peoplePerAgent; }

    /** Adds every field of every agent to {@code h} (for determinism and checkpoint tests). */
    public StateHash hashInto(StateHash h) {
        h.add(size).add(peoplePerAgent);
        h.add(homeCell, size).add(cell, size).add(hardship, size).add(legitimacy, size).add(riskAversion, size);
        h.add(flags, size).add(cholera, size).add(gang, size).add(choleraHours, size).add(jailHours, size);
        return h;
    }
}
