package hsim.model.truce;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The truce lever's settings: when the corridors open and for how long, which corridors, what each party
 * gang is paid and for how many days, the least a gang accepts, and what the parties tolerate before they
 * walk away. {@code truce.days = 0} (the default) means no truce.
 */
public record TruceSettings(int startDay, int days, Set<Corridor> corridors, double paymentUsdPerDay, int paidDays,
                            double reservationUsdPerDay, int unpaidGraceDays, int clearedCellsTolerated) implements Serializable {

    public static List<Param> params() {
        List<Param> l = new ArrayList<>(List.of(
                Param.integer("truce.start_day", 1, 1, 36500, "day",
                        "scenario choice (UN SG letter of 9 Oct 2022 offers support to ceasefire arrangements)",
                        "Run day (1 = first) on which the negotiated corridors open"),
                Param.integer("truce.days", 0, 0, 36500, "days", "scenario choice (0 = no truce)",
                        "Days the corridors are to stay open"),
                Param.number("truce.payment_usd_per_day", 2500, 0, 1e7, "USD/(gang*day)",
                        "assumption (a little above the tolls forgone on ~44 metro tankers a day at the 50 USD toll)",
                        "What each party gang is paid per day of the truce (paid into its road income)"),
                Param.integer("truce.paid_days", 36500, 0, 36500, "days",
                        "scenario choice (the default funds the whole truce)",
                        "Days from the start for which payments are funded; after that they stop"),
                Param.number("truce.gang_reservation_usd_per_day", 2000, 0, 1e7, "USD/(gang*day)",
                        "assumption (about the tolls a corridor gang would forgo: ~44 metro tankers/day x 50 USD)",
                        "Least daily payment for which a gang's leader binds the gang to the truce"),
                Param.integer("truce.unpaid_grace_days", 7, 0, 3650, "days", "assumption",
                        "Days a party keeps letting convoys through after its payments stop"),
                Param.integer("truce.cleared_cells_tolerated", 0, 0, 100000, "cells", "assumption",
                        "Cells of a party's ground the state may clear during the truce before the party walks away")));
        for (Corridor c : Corridor.values()) {
            l.add(Param.flag(c.key(), c.openByDefault,
                    c.openByDefault ? "UN humanitarian coordinator's call for a fuel and water corridor (Reuters via Stabroek News, 2022-10-07)"
                            : "UN SG letter of 9 Oct 2022 (free flow of food and medical supplies from ports and airports)",
                    "Whether the truce opens the " + c.label() + " corridor"));
        }
        return l;
    }

    public static TruceSettings from(Scenario s) {
        Set<Corridor> open = EnumSet.noneOf(Corridor.class);
        for (Corridor c : Corridor.values()) if (s.flag(c.key())) open.add(c);
        return new TruceSettings(s.integer("truce.start_day"), s.integer("truce.days"), open, s.number("truce.payment_usd_per_day"),
                s.integer("truce.paid_days"), s.number("truce.gang_reservation_usd_per_day"), s.integer("truce.unpaid_grace_days"),
                s.integer("truce.cleared_cells_tolerated"));
    }

    public TruceSettings {
        corridors = corridors.isEmpty() ? EnumSet.noneOf(Corridor.class) : EnumSet.copyOf(corridors);
    }

    /** Whether the scenario asks for a truce at all. */
    public boolean enabled() { return days > 0 && !corridors.isEmpty(); }

    /** The first day on which the corridors are no longer open (the scheduled end). */
    public int endDay() { return startDay + days; }

    /** The first day without a payment. */
    public int lastPaidDayExclusive() { return startDay + paidDays; }
}
