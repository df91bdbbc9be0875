package hsim.model.metrics;

import hsim.model.engine.DayListener;
import hsim.model.engine.HaitiModel;
import hsim.model.gangs.GangCell;
import hsim.model.people.Civilians;
import hsim.model.supply.Cargo;
import hsim.model.supply.Stock;
import hsim.model.supply.SupplyLedger;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.InterventionModel;

import java.io.Serializable;
import java.util.Map;

/**
 * Accounting rules the intervention world must keep at the end of every simulated day. They read the
 * model's state only, so they can be switched on (tests, {@code --check-invariants}) without changing a
 * result. A broken rule throws {@link Violation} naming the day, the quantity and the values, and the run
 * fails with it.
 *
 * <ul>
 *   <li>nothing negative or NaN: stock levels (and no stock above its capacity), cargo expected in
 *       transit, gang members, weapons, ammunition, HNP officers, foreign troops, casualty counters;</li>
 *   <li>people are conserved: the model has no births and no emigration, so the agent count stays at the
 *       day-1 count, and alive + dead = that count; the dead are exactly the cholera deaths booked
 *       ({@code cholera_deaths_cum} = dead agents x people per agent);</li>
 *   <li>territory: every cell is held by the state or by a gang that exists, so the holders' shares of
 *       the land sum to one;</li>
 *   <li>convoys: for every cargo, loaded = delivered into stock + left on the truck (stock full) + lost to
 *       hijacking + on the road now, and what each distribution point expects in transit equals what the
 *       convoys heading to it carry.</li>
 * </ul>
 */
public final class Invariants implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Relative tolerance of the floating-point balances (sums of many doubles in different orders). */
    static final double REL_TOL = 1e-9;

    /** A broken invariant: the day, the quantity and the values that disagree. */
    public static final class Violation extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final int day;
        private final String quantity;

        Violation(int day, String quantity, String values) {
            super("invariant violated on day " + day + ": " + quantity + ": " + values);
            this.day = day;
            this.quantity = quantity;
            // no stack into the model's internals is useful to a user: the message says it all
        }

        public int day() { return day; }

        public String quantity() { return quantity; }
    }

    private final int initialAgents;

    private Invariants(int initialAgents) { this.initialAgents = initialAgents; }

    /** Captures what must stay constant (the agent count) from a freshly started world. */
    public static Invariants of(Readings m) { return new Invariants(m.civilians().size()); }

    /**
     * A day listener that checks every invariant at the end of each day of an {@link InterventionModel},
     * then passes the day on to {@code next}. The reference counts are taken at the first day's end,
     * which is before anybody could have been born or left (nobody ever is).
     */
    public static DayListener checking(DayListener next) {
        return new DayListener() {
            private Invariants inv;

            @Override
            public void dayEnded(HaitiModel model, int day) {
                if (model instanceof InterventionModel im) {
                    if (inv == null) inv = Invariants.of(im.readings());
                    inv.check(im.readings(), day);
                }
                next.dayEnded(model, day);
            }
        };
    }

    /** Checks everything; throws {@link Violation} for the first rule broken. */
    public void check(Readings m, int day) {
        nonNegative(m, day);
        people(m, day);
        territory(m, day);
        convoys(m, day);
    }

    void nonNegative(Readings m, int day) {
        SupplyNetwork s = m.supply();
        for (SupplyNetwork.Node n : s.allNodes()) {
            for (Map.Entry<Cargo, Stock> e : n.stock.entrySet()) {
                Stock st = e.getValue();
                String what = "stock of " + e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " at " + n.facility.id();
                atLeastZero(day, what, st.level());
                if (st.level() > st.capacity() * (1 + REL_TOL) + REL_TOL) {
                    throw new Violation(day, what, "level " + st.level() + " above capacity " + st.capacity());
                }
                atLeastZero(day, "cargo expected in transit (" + e.getKey().name().toLowerCase(java.util.Locale.ROOT) + ") at "
                        + n.facility.id(), s.inTransit(n, e.getKey()) + tol(st.capacity()));
            }
        }
        for (GangCell g : m.gangs()) {
            atLeastZero(day, "members of gang " + g.id + " (" + g.name + ")", g.members);
            atLeastZero(day, "weapons of gang " + g.id + " (" + g.name + ")", g.weapons);
            atLeastZero(day, "ammunition of gang " + g.id + " (" + g.name + ")", g.ammunition);
        }
        atLeastZero(day, "HNP officers", m.hnp().officers);
        atLeastZero(day, "foreign troops", m.foreignForce().troops);
        for (int i = 0; i < m.casualtyCauses().size(); i++) {
            atLeastZero(day, "civilians killed by " + m.casualtyCauses().get(i), m.civiliansKilled(i));
            atLeastZero(day, "civilians injured by " + m.casualtyCauses().get(i), m.civiliansInjured(i));
        }
    }

    void people(Readings m, int day) {
        Civilians c = m.civilians();
        if (c.size() != initialAgents) {
            throw new Violation(day, "civilian agents", c.size() + " now, " + initialAgents + " on day 1 (no births or emigration in the model)");
        }
        int alive = 0, dead = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.alive(i)) alive++;
            else dead++;
        }
        if (alive + dead != initialAgents || alive < 0) {
            throw new Violation(day, "alive + dead agents", alive + " + " + dead + " != " + initialAgents);
        }
        double deadPeople = dead * m.peoplePerAgent();
        if (!close(deadPeople, m.choleraDeathsCum())) {
            throw new Violation(day, "dead people", dead + " dead agents x " + m.peoplePerAgent() + " = " + deadPeople
                    + " but cholera_deaths_cum is " + m.choleraDeathsCum());
        }
    }

    void territory(Readings m, int day) {
        int[] owners = m.territoryOwners();
        int gangs = m.gangs().size();
        long[] held = new long[gangs + 1]; // [0] the state, [g + 1] gang g
        for (int cell = 0; cell < owners.length; cell++) {
            int o = owners[cell];
            if (o < -1 || o >= gangs) {
                throw new Violation(day, "holder of cell " + cell, o + " is neither the state (-1) nor one of the " + gangs + " gangs");
            }
            held[o + 1]++;
        }
        double sum = 0;
        for (long h : held) sum += (double) h / owners.length;
        if (Math.abs(sum - 1) > 1e-9) throw new Violation(day, "territory shares", "sum to " + sum + ", not 1");
    }

    void convoys(Readings m, int day) {
        SupplyNetwork s = m.supply();
        SupplyLedger books = s.ledger();
        for (Cargo c : Cargo.values()) {
            double loaded = books.loaded(c), out = books.delivered(c) + books.spilled(c) + books.lost(c) + s.onRoad(c);
            for (double v : new double[] {loaded, books.delivered(c), books.spilled(c), books.lost(c)}) {
                atLeastZero(day, "cargo books (" + c.name().toLowerCase(java.util.Locale.ROOT) + ")", v);
            }
            if (!close(loaded, out)) {
                throw new Violation(day, "cargo conservation (" + c.name().toLowerCase(java.util.Locale.ROOT) + ")",
                        "loaded " + loaded + " != delivered " + books.delivered(c) + " + left on trucks " + books.spilled(c)
                                + " + hijacked " + books.lost(c) + " + on the road " + s.onRoad(c));
            }
            for (SupplyNetwork.Node n : s.allNodes()) {
                if (!n.stock.containsKey(c)) continue;
                double expected = s.inTransit(n, c), carried = s.onRoadTo(n, c);
                if (Math.abs(expected - carried) > tol(Math.max(Math.abs(expected), Math.max(carried, n.stock.get(c).capacity())))) {
                    throw new Violation(day, "cargo in transit to " + n.facility.id() + " (" + c.name().toLowerCase(java.util.Locale.ROOT) + ")",
                            "the point expects " + expected + ", convoys carry " + carried);
                }
            }
        }
    }

    private static void atLeastZero(int day, String what, double v) {
        if (!(v >= 0)) throw new Violation(day, what, v + " (must be >= 0)");
    }

    private static double tol(double scale) { return REL_TOL * Math.max(1, Math.abs(scale)); }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= tol(Math.max(Math.abs(a), Math.abs(b)));
    }
}
