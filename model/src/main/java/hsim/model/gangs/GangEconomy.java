package hsim.model.gangs;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.util.List;

/**
 * How a gang earns and spends, one day at a time. Income: extortion of residents in its territory,
 * checkpoint tolls, ransoms and looted cargo (passed in by the supply mechanism). Targeted sanctions
 * (UNSC res 2653: asset freeze and travel ban on leaders) cut the share of income a gang can use; the
 * arms embargo makes guns and rounds dearer and lets only a share of orders through. Spending: daily pay
 * for members, then arms and ammunition when cash exceeds a reserve; what is left pays signing bonuses
 * for recruits. Unpaid members drift away.
 */
public final class GangEconomy implements java.io.Serializable {
    public record Settings(double extortionUsdPerResidentPerDay, double wageUsdPerMemberPerDay, double weaponPriceUsd,
                           double roundPriceUsd, double roundsPerFighter, double reserveDays, double recruitBonusUsd,
                           double sanctionsStrength, double sanctionsMaxIncomeCut, double embargoLeakage,
                           double embargoMaxPriceMarkup, double unpaidDesertionPerDay, double roundsFiredPerFighterHour,
                           double weaponLossPerDay, double armsSpendShare) implements java.io.Serializable {}

    /** What one day of economy did, for metrics and tests. */
    public record Day(double incomeUsd, double wagesUsd, double weaponsBought, double roundsBought,
                      double recruitPlaces, double deserted) {}

    public static List<Param> params() {
        return List.of(
                Param.number("gangs.extortion_usd_per_resident_per_day", 0.03, 0, 10, "USD/(resident*day)", "assumption",
                        "Extortion ('taxes' on businesses, transport and households) per resident of gang territory"),
                Param.number("gangs.wage_usd_per_member_per_day", 10, 0, 1000, "USD/(member*day)", "assumption",
                        "Daily pay a gang must find for each member"),
                Param.number("gangs.weapon_price_usd", 4000, 1, 1e6, "USD/weapon",
                        "assumption (assault rifles trafficked from the US sell for several thousand USD in Haiti, press reports)",
                        "Street price of one military-style firearm without embargo"),
                Param.number("gangs.round_price_usd", 1.5, 0.01, 1000, "USD/round", "assumption", "Price of one round without embargo"),
                Param.number("gangs.rounds_per_fighter", 300, 1, 1e5, "rounds", "assumption",
                        "Rounds per armed member at which fighting strength is full"),
                Param.number("gangs.cash_reserve_days", 30, 0, 1000, "days", "assumption",
                        "Days of wages a gang keeps in reserve before buying arms or recruits"),
                Param.number("gangs.recruit_bonus_usd", 150, 0, 1e5, "USD/recruit", "assumption",
                        "Signing payment (and first weapon share) needed to take on a recruit"),
                Param.number("gangs.sanctions_strength", 0.2, 0, 1, "share",
                        "assumption; UNSC res 2653 (21 Oct 2022) targeted sanctions = weak", "How hard sanctions bite (0 none, 1 full)"),
                Param.number("gangs.sanctions_max_income_cut", 0.5, 0, 1, "share", "assumption",
                        "Share of gang income lost at full sanctions strength"),
                Param.number("gangs.arms_embargo_leakage", 0.8, 0, 1, "share",
                        "assumption; res 2653 embargo is targeted only (country-wide from res 2699, Oct 2023)",
                        "Share of arms and ammunition orders that get through the embargo"),
                Param.number("gangs.embargo_max_price_markup", 2.0, 0, 20, "share", "assumption",
                        "Price markup on arms when the embargo is airtight (scaled by 1 - leakage)"),
                Param.number("gangs.unpaid_desertion_per_day", 0.02, 0, 1, "1/day", "assumption",
                        "Share of members who leave per day a gang cannot pay"),
                Param.number("gangs.rounds_fired_per_fighter_hour", 20, 0, 1e4, "rounds/(fighter*h)", "assumption",
                        "Ammunition used per armed member per hour of combat"),
                Param.number("gangs.weapon_loss_per_day", 0.0005, 0, 1, "1/day", "assumption", "Weapons lost, broken or sold per day"),
                Param.number("gangs.arms_spend_share", 0.5, 0, 1, "share", "assumption",
                        "Most of its spare cash a gang spends in a day on guns, and then on rounds"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.number("gangs.extortion_usd_per_resident_per_day"), s.number("gangs.wage_usd_per_member_per_day"),
                s.number("gangs.weapon_price_usd"), s.number("gangs.round_price_usd"), s.number("gangs.rounds_per_fighter"),
                s.number("gangs.cash_reserve_days"), s.number("gangs.recruit_bonus_usd"), s.number("gangs.sanctions_strength"),
                s.number("gangs.sanctions_max_income_cut"), s.number("gangs.arms_embargo_leakage"),
                s.number("gangs.embargo_max_price_markup"), s.number("gangs.unpaid_desertion_per_day"),
                s.number("gangs.rounds_fired_per_fighter_hour"), s.number("gangs.weapon_loss_per_day"), s.number("gangs.arms_spend_share"));
    }

    private final Settings s;

    public GangEconomy(Settings s) { this.s = s; }

    public Settings settings() { return s; }

    /** Share of income a gang keeps after sanctions. */
    public double incomeKept() { return 1 - s.sanctionsStrength() * s.sanctionsMaxIncomeCut(); }

    /** Price multiplier on arms and rounds under the embargo. */
    public double priceFactor() { return 1 + s.embargoMaxPriceMarkup() * (1 - s.embargoLeakage()); }

    /**
     * One day for gang {@code g}. {@code residents}: people living in its territory; {@code otherIncomeUsd}:
     * tolls, ransoms and loot; {@code extortionFactor}: 1 normally, less when contained. Updates g in place.
     */
    public Day day(GangCell g, double residents, double otherIncomeUsd, double extortionFactor) {
        double income = (s.extortionUsdPerResidentPerDay() * residents * extortionFactor + otherIncomeUsd) * incomeKept();
        g.cashUsd += income;
        double wages = s.wageUsdPerMemberPerDay() * g.members;
        double deserted = 0;
        if (g.cashUsd >= wages) {
            g.cashUsd -= wages;
        } else {
            double paidShare = wages <= 0 ? 1 : Math.max(0, g.cashUsd) / wages;
            g.cashUsd = 0;
            deserted = g.members * (1 - paidShare) * s.unpaidDesertionPerDay();
            g.members -= deserted;
        }
        g.weapons -= g.weapons * s.weaponLossPerDay();
        double reserve = s.reserveDays() * s.wageUsdPerMemberPerDay() * g.members;
        double spare = Math.max(0, g.cashUsd - reserve);
        double weaponsBought = 0, roundsBought = 0;
        double f = priceFactor();
        // first arm the unarmed members, then stock rounds, gangs.arms_spend_share of the spare cash each at most
        double gunsWanted = Math.max(0, g.members - g.weapons);
        if (spare > 0 && gunsWanted > 0) {
            double spend = Math.min(spare * s.armsSpendShare(), gunsWanted * s.weaponPriceUsd() * f);
            g.cashUsd -= spend;
            spare -= spend;
            weaponsBought = spend / (s.weaponPriceUsd() * f) * s.embargoLeakage();
            g.weapons += weaponsBought;
        }
        double roundsWanted = Math.max(0, g.armed() * s.roundsPerFighter() - g.ammunition);
        if (spare > 0 && roundsWanted > 0) {
            double spend = Math.min(spare * s.armsSpendShare(), roundsWanted * s.roundPriceUsd() * f);
            g.cashUsd -= spend;
            spare -= spend;
            roundsBought = spend / (s.roundPriceUsd() * f) * s.embargoLeakage();
            g.ammunition += roundsBought;
        }
        double places = s.recruitBonusUsd() <= 0 ? 0 : Math.floor(spare / s.recruitBonusUsd());
        return new Day(income, wages, weaponsBought, roundsBought, places, deserted);
    }

    /** Pays the signing bonus of {@code n} recruits who joined. */
    public void hire(GangCell g, double n) {
        g.members += n;
        g.cashUsd -= n * s.recruitBonusUsd();
    }

    /** Ammunition used by {@code fighters} over {@code hours} of combat. */
    public void expend(GangCell g, double fighters, double hours) {
        g.ammunition = Math.max(0, g.ammunition - fighters * hours * s.roundsFiredPerFighterHour());
    }
}
