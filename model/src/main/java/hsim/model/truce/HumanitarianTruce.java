package hsim.model.truce;

import hsim.model.city.City;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import hsim.model.supply.SafePassage;
import hsim.model.supply.SupplyNetwork;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The humanitarian-corridor truce lever: on {@code truce.start_day} mediators bind the gangs whose ground the
 * open corridors cross ({@link TruceNegotiation}); for {@code truce.days} a bound party lets every convoy of an
 * open corridor through its checkpoints untouched ({@link SafePassage}, asked by the supply network's
 * checkpoint encounter) and is paid {@code truce.payment_usd_per_day} into its road income while payments
 * are funded; each day a party may walk away by the rule of {@link TruceBreakdown}. A bound party that holds
 * a corridor's origin lifts its blockade: the origin loads again that day although a gang holds it (the
 * morning closes origins a gang holds; the G9 declared its Varreux blockade over on 6 Nov 2022, Stabroek
 * News 2022-11-07, literature.md §5.1, there after the HNP retook the terminal). It is a corridor truce,
 * not a ceasefire: parties still fight rivals and the state, and convoys of other routes, and checkpoints of
 * gangs that are not parties, meet the usual toll, hijacking and kidnapping risk. Runs daily at 04:00, after
 * the gangs' and the security day, before the morning dispatch; it draws no random numbers.
 */
public final class HumanitarianTruce implements SafePassage, Serializable {
    private static final long serialVersionUID = 1L;
    private final TruceSettings ts;
    private final List<GangCell> gangs;
    private final Territory territory;
    private final int[] formerOwner;
    private final SupplyNetwork supply;
    private final City city;
    private final GangPurse purse;
    /** Per gang at the deal (empty before it): bound now, its last leader loss, its cleared cells. */
    private boolean[] bound = new boolean[0];
    private boolean[] party = new boolean[0];
    private int[] leaderLostDayAtDeal = new int[0], clearedAtDeal = new int[0];
    private TruceBreakdown.Release[] released = new TruceBreakdown.Release[0];
    private int[] releasedDay = new int[0];
    private boolean inForce;
    private double paidUsd;
    private int blockadeDaysLifted;

    public HumanitarianTruce(TruceSettings ts, List<GangCell> gangs, Territory territory, int[] formerOwner, SupplyNetwork supply,
                             City city, GangPurse purse) {
        this.ts = ts;
        this.gangs = gangs;
        this.territory = territory;
        this.formerOwner = formerOwner;
        this.supply = supply;
        this.city = city;
        this.purse = purse;
    }

    /** The day's step ({@code day}: run day, 1 = first): open, check the parties, pay, close. */
    public void day(int day) {
        if (day == ts.startDay()) negotiate(day);
        if (day >= ts.endDay()) inForce = false;
        if (!inForce) return;
        int[] clearedNow = TruceBreakdown.cleared(territory, formerOwner, bound.length);
        for (int g = 0; g < bound.length; g++) {
            if (!bound[g]) continue;
            TruceBreakdown.Release r = TruceBreakdown.check(ts, day, gangs.get(g), leaderLostDayAtDeal[g], clearedAtDeal[g], clearedNow[g]);
            if (r != null) { bound[g] = false; released[g] = r; releasedDay[g] = day; }
        }
        liftBlockades();
        if (day < ts.lastPaidDayExclusive()) {
            for (int g = 0; g < bound.length; g++) {
                if (!bound[g]) continue;
                purse.pay(g, ts.paymentUsdPerDay());
                paidUsd += ts.paymentUsdPerDay();
            }
        }
    }

    /** Origins of open corridors held by a bound party load today (call after the morning closed them). */
    private void liftBlockades() {
        for (SupplyNetwork.Origin o : supply.origins) {
            int g = territory.owner(o.facility.cell());
            if (g < 0 || g >= bound.length || !bound[g] || o.open) continue;
            for (Corridor c : ts.corridors()) {
                if (c.from == o.facility.kind()) { o.open = true; blockadeDaysLifted++; break; }
            }
        }
    }

    private void negotiate(int day) {
        party = TruceNegotiation.parties(ts, gangs, territory, supply, city.router());
        bound = party.clone();
        int n = party.length;
        leaderLostDayAtDeal = new int[n];
        for (int g = 0; g < n; g++) leaderLostDayAtDeal[g] = gangs.get(g).leaderLostDay;
        clearedAtDeal = TruceBreakdown.cleared(territory, formerOwner, n);
        released = new TruceBreakdown.Release[n];
        releasedDay = new int[n];
        Arrays.fill(releasedDay, -1);
        inForce = true;
    }

    @Override
    public boolean letsPass(int gang, int origin, SupplyNetwork.Node to) {
        return inForce && gang < bound.length && bound[gang]
                && TruceNegotiation.carried(ts.corridors(), supply.origins.get(origin).facility, to.facility);
    }

    // ---- reading the truce (tests, GUI, metrics) ----

    public TruceSettings settings() { return ts; }

    /** Whether the corridors are open today (between the start and the scheduled end). */
    public boolean inForce() { return inForce; }

    /** Whether gang {@code g} agreed at the deal. */
    public boolean party(int g) { return g < party.length && party[g]; }

    /** Whether gang {@code g} is a party still keeping the truce. */
    public boolean bound(int g) { return inForce && g < bound.length && bound[g]; }

    /** Why party {@code g} walked away (lower-case words), or null. */
    public String releasedBecause(int g) {
        return g < released.length && released[g] != null ? released[g].name().toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The day party {@code g} walked away, or -1. */
    public int releasedOn(int g) { return g < releasedDay.length ? releasedDay[g] : -1; }

    /** Origin-days on which a bound party lifted its blockade of a corridor's origin. */
    public int blockadeDaysLifted() { return blockadeDaysLifted; }

    /** Paid to the parties since the start, USD. */
    public double paidUsd() { return paidUsd; }
}
