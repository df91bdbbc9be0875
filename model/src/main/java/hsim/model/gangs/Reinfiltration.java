package hsim.model.gangs;

import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;

/**
 * Cleared ground that no security force holds (presence within vision below
 * {@code security.hold_presence_officers}) goes back to the gang that held it at {@code gangs.reinfiltration_per_day}.
 */
public final class Reinfiltration implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;

    public Reinfiltration(MetroState s) { this.s = s; }

    void run(long hour) {
        s.streams.reset(Stream.REINFILTRATION, 4, hour);
        double p = s.ops.reinfiltrationPerDay(), hold = s.ops.holdPresence();
        int[] formerOwner = s.formerOwner;
        for (int c = 0; c < s.cells; c++) {
            int g = formerOwner[c];
            if (g < 0) continue;
            if (s.territory.owner(c) >= 0 || !s.gangs.get(g).alive) { formerOwner[c] = -1; continue; }
            if (s.visionSec[c] < hold && s.rng.nextDouble() < p) {
                s.territory.set(c, g);
                formerOwner[c] = -1;
            }
        }
    }
}
