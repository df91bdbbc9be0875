package hsim.model.core.demo;

import hsim.model.core.AgentRule;
import hsim.model.core.Chunk;
import hsim.model.core.IntentBuffer;
import hsim.model.core.Rng;
import hsim.model.core.RngStream;
import hsim.model.people.Civilians;

/**
 * A stand-in civilian rule with the shape of the real one, for tests and benchmarks of the core: it
 * reads the 3x3 neighbourhood's cell aggregates from the previous phase, updates several of the
 * agent's own fields (hardship, legitimacy, cholera state and clock, jail term, gang membership),
 * draws several random numbers, and asks to move through an intent. The numbers are illustrative,
 * not calibrated; no result of hsim comes from this class.
 */
public final class DemoCivilianRule implements AgentRule {
    static final long PURPOSE = Rng.purpose("demo.civilian");
    /** Intent kind: move to the target cell. */
    public static final int MOVE = 1;

    private final DemoWorld world;
    private final IntentBuffer moves;

    public DemoCivilianRule(DemoWorld world, IntentBuffer moves) {
        this.world = world;
        this.moves = moves;
    }

    @Override
    public void step(int id, Chunk chunk) {
        Civilians c = world.civilians();
        if (!c.alive(id)) return;
        RngStream r = chunk.rng(id, PURPOSE);
        int cell = c.cell(id);
        if (id == world.failingAgent() && chunk.step() == world.failingStep()) {
            throw new IllegalStateException("demo failure injected for agent " + id);
        }

        // Read the neighbourhood (previous phase's aggregates only).
        int w = world.width(), h = world.height();
        int cx = cell % w, cy = cell / w;
        int[] stats = world.cellStats();
        float hardshipSum = 0;
        int people = 0, infectious = 0, gang = 0;
        for (int y = Math.max(0, cy - 1), y1 = Math.min(h - 1, cy + 1); y <= y1; y++) {
            for (int x = Math.max(0, cx - 1), x1 = Math.min(w - 1, cx + 1); x <= x1; x++) {
                int at = (y * w + x) * DemoWorld.STATS;
                hardshipSum += Float.intBitsToFloat(stats[at]);
                people += stats[at + 1];
                infectious += stats[at + 2];
                gang += stats[at + 3];
            }
        }
        float meanHardship = people == 0 ? c.hardship(id) : hardshipSum / people;
        float gangShare = people == 0 ? 0f : (float) gang / people;

        // Own state updates.
        float hardship = c.hardship(id) + 0.05f * (meanHardship - c.hardship(id)) + 0.02f * (float) (r.nextDouble() - 0.5);
        c.setHardship(id, clamp(hardship));
        float legitimacy = c.legitimacy(id) - 0.01f * gangShare + 0.005f * (float) r.nextGaussian();
        c.setLegitimacy(id, clamp(legitimacy));

        if (c.has(id, Civilians.JAILED)) {
            int left = c.jailHours(id) - 1;
            c.setJailHours(id, left);
            if (left <= 0) c.set(id, Civilians.JAILED, false);
        }

        stepCholera(c, id, r, people == 0 ? 0.0 : (double) infectious / people);

        // Epstein-style: grievance = hardship x (1 - legitimacy) against risk aversion x arrest risk.
        double grievance = c.hardship(id) * (1.0 - c.legitimacy(id));
        double netRisk = c.riskAversion(id) * (1.0 - gangShare);
        if (!c.has(id, Civilians.GANG_MEMBER) && grievance - netRisk > 0.1 && r.chance(0.02)) {
            c.set(id, Civilians.GANG_MEMBER, true);
            c.setGang(id, (short) (cell % 7));
        } else if (c.has(id, Civilians.GANG_MEMBER) && r.chance(0.001)) {
            c.set(id, Civilians.JAILED, true);
            c.setJailHours(id, 24 * (1 + r.nextInt(30)));
        }

        if (!c.has(id, Civilians.JAILED) && c.alive(id) && r.chance(0.05)) {
            int k = r.nextInt(9);
            int tx = cx + k % 3 - 1, ty = cy + k / 3 - 1;
            if (tx >= 0 && tx < w && ty >= 0 && ty < h && (tx != cx || ty != cy)) {
                moves.add(chunk, id, MOVE, ty * w + tx, 0.0);
            }
        }
    }

    private static void stepCholera(Civilians c, int id, RngStream r, double infectiousShare) {
        byte s = c.cholera(id);
        int hours = c.choleraHours(id) + 1;
        c.setCholeraHours(id, hours);
        switch (s) {
            case Civilians.SUSCEPTIBLE -> {
                if (r.chance(-StrictMath.expm1(-0.02 * infectiousShare))) c.setCholera(id, Civilians.EXPOSED);
            }
            case Civilians.EXPOSED -> {
                if (hours >= 24 && r.chance(0.05)) c.setCholera(id, Civilians.INFECTIOUS);
            }
            case Civilians.INFECTIOUS -> {
                if (hours >= 48 && r.chance(0.04)) {
                    if (r.chance(0.02)) {
                        c.setCholera(id, Civilians.DEAD);
                        c.set(id, Civilians.ALIVE, false);
                    } else {
                        c.setCholera(id, Civilians.RECOVERED);
                    }
                }
            }
            default -> { }
        }
    }

    private static float clamp(float v) { return v < 0f ? 0f : (v > 1f ? 1f : v); }
}
