package hsim.model.gangs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A gang's day of income and spending, computed by hand: extortion 0.05 USD a resident, wages 8 USD, guns at
 * 4,000 and rounds at 1.50 USD (300 a fighter), a reserve of 30 days of wages, recruits at 150 USD, at most half
 * the spare cash on guns and then half of what is left on rounds.
 */
class GangEconomyTest {
    private static GangEconomy economy(double sanctions, double leakage, double weaponLoss, double bonus) {
        return new GangEconomy(new GangEconomy.Settings(0.05, 8, 4000, 1.5, 300, 30, bonus, sanctions, 0.5, leakage, 2.0, 0.02, 20,
                weaponLoss, 0.5));
    }

    private static GangEconomy economy() { return economy(0, 1, 0, 150); }

    private static GangCell gang(double members, double weapons, double ammunition, double cash) {
        return new GangCell(0, "test", Coalition.G9, 0, members, weapons, ammunition, cash);
    }

    @Test
    void containmentCutsExtortionOnlyAndSanctionsCutAllIncome() {
        assertEquals(0.05 * 100_000 * 0.5 + 1000, economy().day(gang(0, 0, 0, 0), 100_000, 1000, 0.5).incomeUsd(), 1e-9);
        assertEquals((2500 + 1000) * 0.5, economy(1, 1, 0, 150).day(gang(0, 0, 0, 0), 100_000, 1000, 0.5).incomeUsd(), 1e-9);
        GangCell g = gang(0, 0, 0, 100);
        economy().day(g, 1000, 20, 1);
        assertEquals(100 + 50 + 20, g.cashUsd, 1e-9, "income lands in the cash box");
    }

    @Test
    void aGangThatCanPayHalfItsWagesLosesHalfTheUnpaidDesertionAndIsLeftBroke() {
        GangCell g = gang(100, 100, 0, 400);
        GangEconomy.Day d = economy().day(g, 0, 0, 1);
        assertEquals(800, d.wagesUsd(), 1e-9);
        assertEquals(100 * 0.5 * 0.02, d.deserted(), 1e-9);
        assertEquals(99, g.members, 1e-9);
        assertEquals(0, g.cashUsd, 0);
        GangCell exact = gang(100, 100, 0, 800);
        assertEquals(0, economy().day(exact, 0, 0, 1).deserted(), 0, "wages paid in full to the last dollar: nobody leaves");
        assertEquals(100, exact.members, 1e-9);
        assertEquals(0, exact.cashUsd, 1e-9);
        GangCell empty = gang(0, 0, 0, -5);
        assertEquals(0, economy().day(empty, 0, 0, 1).deserted(), 0, "a gang without members has no wages to miss");
        assertEquals(0, empty.cashUsd, 0, "debts are written off");
    }

    @Test
    void sparesCashAboveTheReserveGoesToGunsThenRoundsThenRecruits() {
        // 100 members, 60 guns, no rounds; 100,800 USD: 800 wages, 24,000 reserve, 76,000 spare
        GangCell g = gang(100, 60, 0, 100_800);
        GangEconomy.Day d = economy().day(g, 0, 0, 1);
        assertEquals(38_000 / 4000.0, d.weaponsBought(), 1e-9, "half the spare cash on 40 wanted guns");
        assertEquals(69.5, g.weapons, 1e-9);
        // 69.5 armed want 20,850 rounds (31,275 USD): half the 38,000 left buys 12,667
        assertEquals(19_000 / 1.5, d.roundsBought(), 1e-6);
        assertEquals(19_000 / 1.5, g.ammunition, 1e-6);
        assertEquals(Math.floor(19_000 / 150.0), d.recruitPlaces(), 0);
        assertEquals(100_000 - 38_000 - 19_000, g.cashUsd, 1e-6);
    }

    @Test
    void aGangBuysOnlyWhatItLacksAndNothingBelowItsReserve() {
        GangCell g = gang(100, 99, 29_700, 200_800);
        GangEconomy.Day d = economy().day(g, 0, 0, 1);
        assertEquals(1, d.weaponsBought(), 1e-9, "one unarmed member, one gun");
        assertEquals(300 * 1.5, 200_000 - 4000 - g.cashUsd, 1e-6, "and the 300 rounds he needs");
        assertEquals(30_000, g.ammunition, 1e-6);
        assertEquals(Math.floor((200_000 - 24_000 - 4000 - 450) / 150.0), d.recruitPlaces(), 0);
        GangCell poor = gang(100, 50, 0, 24_000);
        GangEconomy.Day p = economy().day(poor, 0, 0, 1);
        assertEquals(0, p.weaponsBought(), 0, "below the reserve after wages: no arms");
        assertEquals(0, p.roundsBought(), 0);
        assertEquals(0, p.recruitPlaces(), 0);
        assertEquals(0, economy(0, 1, 0, 0).day(gang(100, 100, 30_000, 1e6), 0, 0, 1).recruitPlaces(), 0,
                "free recruits make no places (no division by zero)");
    }

    @Test
    void theEmbargoRaisesPricesAndStopsPartOfTheOrderAndWeaponsWearOut() {
        GangEconomy e = economy(0, 0.5, 0.01, 150);
        assertEquals(1 + 2.0 * 0.5, e.priceFactor(), 1e-12);
        GangCell g = gang(100, 60, 0, 100_800);
        GangEconomy.Day d = e.day(g, 0, 0, 1);
        assertEquals(60 * 0.99 + d.weaponsBought(), g.weapons, 1e-9, "1 % of the guns lost before buying");
        // 40.6 wanted at 8,000 a gun: the 38,000 spent buys 4.75, half of which get through
        assertEquals(38_000 / 8000.0 * 0.5, d.weaponsBought(), 1e-9);
        assertEquals(1 - 0.2 * 0.5, economy(0.2, 1, 0, 150).incomeKept(), 1e-12);
    }

    @Test
    void recruitsCostTheirBonusAndFightingUsesRounds() {
        GangEconomy e = economy();
        GangCell g = gang(10, 10, 1000, 1000);
        e.hire(g, 3);
        assertEquals(13, g.members, 1e-9);
        assertEquals(1000 - 3 * 150, g.cashUsd, 1e-9);
        e.expend(g, 5, 2);
        assertEquals(1000 - 5 * 2 * 20, g.ammunition, 1e-9);
        e.expend(g, 100, 10);
        assertEquals(0, g.ammunition, 0, "a gang cannot fire rounds it does not have");
    }
}
