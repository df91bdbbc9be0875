package hsim.model.truce;

import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;

/**
 * Why a party gang stops honouring the truce, checked each day it is in force. Deals in gang truces are
 * personal and conditional (El Salvador 2012-13: the pact frayed as benefits to the leaders were withdrawn
 * and the government changed course; Cruz and Durán-Martínez 2016, not in literature.md), so the rule is:
 * <ul>
 *   <li>{@link Release#LEADER_REMOVED}: the leader who gave his word is gone (killed, arrested, or replaced
 *       by a successor who made no promise);</li>
 *   <li>{@link Release#SECURITY_OFFENSIVE}: the state clears more of the gang's ground than
 *       {@code truce.cleared_cells_tolerated} since the deal (an offensive against a party);</li>
 *   <li>{@link Release#PAYMENTS_STOPPED}: payments stopped more than {@code truce.unpaid_grace_days} ago;</li>
 *   <li>{@link Release#GANG_GONE}: the gang dissolved.</li>
 * </ul>
 * Each deal is bilateral (assumption): one party walking away does not release the others. A rival that is
 * not a party and takes a cell on the corridor is bound by nothing: its checkpoint works as usual.
 */
final class TruceBreakdown {
    enum Release { LEADER_REMOVED, SECURITY_OFFENSIVE, PAYMENTS_STOPPED, GANG_GONE }

    private TruceBreakdown() {}

    /**
     * Why party {@code g} walks away on {@code day}, or null if it keeps the truce. {@code leaderLostDayAtDeal}
     * and {@code clearedAtDeal} are what the deal found: the gang's last leader loss and its cleared cells.
     */
    static Release check(TruceSettings ts, int day, GangCell g, int leaderLostDayAtDeal, int clearedAtDeal, int clearedNow) {
        if (!g.alive) return Release.GANG_GONE;
        if (!g.leaderPresent || g.leaderLostDay != leaderLostDayAtDeal) return Release.LEADER_REMOVED;
        if (clearedNow - clearedAtDeal > ts.clearedCellsTolerated()) return Release.SECURITY_OFFENSIVE;
        if (day >= ts.lastPaidDayExclusive() + ts.unpaidGraceDays()) return Release.PAYMENTS_STOPPED;
        return null;
    }

    /** Cells the state has taken from each gang and still holds (cleared ground not yet reinfiltrated). */
    static int[] cleared(Territory territory, int[] formerOwner, int gangs) {
        int[] n = new int[gangs];
        for (int c = 0; c < formerOwner.length; c++) {
            int f = formerOwner[c];
            if (f >= 0 && f < gangs && territory.owner(c) == Territory.STATE) n[f]++;
        }
        return n;
    }
}
