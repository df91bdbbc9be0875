package hsim.model.people;

import hsim.model.core.IntentBuffer;
import hsim.model.core.RngStream;
import hsim.model.gangs.GangGround;
import hsim.model.world.MetroState;
import hsim.model.world.Stream;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What the civilians' parallel day asked for, resolved serially in agent-id order: recruits offered to
 * the gang that rules each volunteer's cell (people for the gang's hiring, and the volunteer agents among
 * whom its recruits are drawn), cholera cases and deaths, and moves of the fleeing to a refuge.
 */
public final class CivilianIntents implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int RECRUIT = 1, CASE = 2, CHOLERA_DEATH = 3, FLEE = 4;
    private final MetroState s;
    private final GangGround ground;
    private transient IntentBuffer intents;

    public CivilianIntents(MetroState s, GangGround ground) {
        this.s = s;
        this.ground = ground;
    }

    public IntentBuffer buffer() {
        if (intents == null) intents = new IntentBuffer();
        return intents;
    }

    /** The agents' day in parallel, writing only their own fields and this buffer. */
    public CivilianDay civilianDay(CholeraPrevalence prevalence, CareAccess care) {
        return new CivilianDay(s, buffer(), prevalence, care);
    }

    public void resolve(long hour) {
        IntentBuffer b = buffer();
        double[] willing = ground.willing();
        Arrays.fill(willing, 0);
        s.membership.clearOffers();
        for (int k = 0, n = b.size(); k < n; k++) {
            int actor = b.actor(k), kind = b.kind(k), target = b.target(k);
            double amount = b.amount(k);
            switch (kind) {
                case RECRUIT -> {
                    if (target < willing.length) { willing[target] += amount; s.membership.offer(target, actor); }
                }
                case CASE -> s.tallies.choleraCase(s.ppa);
                case CHOLERA_DEATH -> { s.tallies.choleraDeath(s.ppa); s.membership.died(actor); }
                case FLEE -> {
                    s.streams.reset(Stream.FLIGHT, actor, hour);
                    int to = refuge(s, civCell(actor), s.rng);
                    if (to >= 0) {
                        s.civ.setCell(actor, to);
                        s.civ.set(actor, Civilians.DISPLACED, true);
                    }
                }
                default -> { }
            }
        }
        b.clear();
        s.casualties.invalidate(); // the day's moves are done: fights index who stands where afresh
    }

    private int civCell(int actor) { return s.civ.cell(actor); }

    /** The refuge for someone fleeing from cell c, booked there, or -1: see {@link Displacement#takeRefuge}. */
    public static int refuge(MetroState s, int c, RngStream r) {
        return s.displacement.takeRefuge(s.refugeWorld(), s.width, s.height, c, s.ppa, r);
    }
}
