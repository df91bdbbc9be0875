package hsim.model.truce;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.core.RngStream;
import hsim.model.gangs.Coalition;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.supply.Cargo;
import hsim.model.supply.Checkpoint;
import hsim.model.supply.CheckpointSettings;
import hsim.model.supply.Roads;
import hsim.model.supply.SupplyNetwork;
import hsim.model.supply.SupplySettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A 12 x 3 street grid: the fuel terminal "varreux" at (0,1), the water point at (11,1), a market at (11,0).
 * Gang 0 (G9) holds columns 5-6 across the whole grid, so every road from the terminal crosses its
 * checkpoint; gang 1 holds (2,2), off the fastest road. A checkpoint of gang strength 10 with no escort
 * hijacks every truck it stops (hijack share 1). Each simulated day: books, the truce's step, the morning
 * dispatch, 24 hours of driving, distribution, as the model orders them.
 */
class HumanitarianTruceTest {
    private final City city = City.builder(12, 3).commune(1, "Metro", 36000)
            .facility("varreux", FacilityKind.FUEL_TERMINAL, 0, 1)
            .facility("wp", FacilityKind.WATER_POINT, 11, 1)
            .facility("market", FacilityKind.MARKET, 11, 0)
            .build();
    private final List<GangCell> gangs = new ArrayList<>(List.of(
            new GangCell(0, "g9", Coalition.G9, city.cell(5, 1), 100, 100, 30000, 0),
            new GangCell(1, "other", Coalition.GPEP, city.cell(2, 2), 20, 20, 6000, 0)));
    private final Territory territory;
    private final int[] formerOwner = new int[city.cells()];
    private final SupplyNetwork supply;
    private final Map<Integer, Double> paid = new HashMap<>();
    private final Map<Integer, Double> roadIncome = new HashMap<>();
    private HumanitarianTruce truce;
    private final RngStream rng = new RngStream(7);

    HumanitarianTruceTest() {
        Scenario defaults = Scenario.defaults(ModelCatalog.standard());
        territory = new Territory(12, 3, Territory.from(defaults));
        for (int y = 0; y < 3; y++) for (int x = 5; x <= 6; x++) territory.set(city.cell(x, y), 0);
        territory.set(city.cell(2, 2), 1);
        Arrays.fill(formerOwner, -1);
        double[] residents = new double[city.cells()];
        Arrays.fill(residents, 1000);
        supply = new SupplyNetwork(SupplySettings.from(defaults), CheckpointSettings.defaults(),
                new Checkpoint(new Checkpoint.Settings(1, 0, 50, 2, 3)), city, residents);
    }

    private void truce(String... settings) {
        ScenarioLoader l = ModelCatalog.loader();
        TruceSettings ts = TruceSettings.from(l.override(Scenario.defaults(ModelCatalog.standard()), List.of(settings)));
        truce = new HumanitarianTruce(ts, gangs, territory, formerOwner, supply, city, (g, usd) -> paid.merge(g, usd, Double::sum));
        supply.safePassage(truce);
    }

    private final Roads roads = new Roads() {
        @Override public int gangAt(int cell) { return territory.owner(cell); }
        @Override public double checkpointStrength(int gang) { return 10; }
        @Override public void gangIncome(int gang, double usd) { roadIncome.merge(gang, usd, Double::sum); }
        @Override public double escort(Cargo cargo) { return 0; }
    };

    /** Days 1..{@code days}; returns trucks hijacked on each day (index = day). */
    private double[] run(int days, java.util.function.IntConsumer beforeDay) {
        double[] hijacked = new double[days + 1];
        for (int d = 1; d <= days; d++) {
            beforeDay.accept(d);
            double before = supply.ledger().hijackedTrucks();
            supply.newDay();
            for (SupplyNetwork.Origin o : supply.origins) o.open = territory.owner(o.facility.cell()) < 0; // as the morning does
            truce.day(d);
            supply.dispatch(roads, rng.reset(0, d, 1));
            for (int h = 0; h < 24; h++) supply.hour(roads, rng.reset(1, d * 24 + h, 2));
            supply.distribute();
            hijacked[d] = supply.ledger().hijackedTrucks() - before;
        }
        return hijacked;
    }

    private static double sum(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i <= to; i++) s += a[i];
        return s;
    }

    @Test
    void convoysPassTheCorridorDuringTheTruceAndNotAfter() {
        truce("truce.start_day=3", "truce.days=4");
        double[] hijacked = run(10, d -> { });
        assertTrue(sum(hijacked, 1, 2) > 0, "before the truce the gang hijacks the tankers");
        assertEquals(0, sum(hijacked, 3, 6), 0, "days 3-6: the party lets the corridor's convoys through");
        assertTrue(supply.ledger().trucePassages() > 0);
        assertTrue(sum(hijacked, 7, 10) > 0, "after the scheduled end the checkpoint is back");
        assertFalse(truce.inForce());
        assertTrue(supply.ledger().delivered(Cargo.FUEL) > 0, "fuel reached the water point during the truce");
    }

    @Test
    void aCorridorThatIsNotOpenGetsNoPassage() {
        truce("truce.start_day=1", "truce.days=10", "truce.corridor_varreux_water_points=false");
        double[] hijacked = run(5, d -> { });
        assertTrue(sum(hijacked, 1, 5) > 0, "fuel for water points is not on an open corridor (only varreux->hospitals is)");
        assertEquals(0, supply.ledger().trucePassages(), 0);
        assertFalse(truce.party(0), "no open corridor crosses the gang: nobody to negotiate with");
    }

    @Test
    void paymentsReachThePartiesOnlyWhileFundedAndTheTruceEndsWhenTheyStop() {
        truce("truce.start_day=2", "truce.days=20", "truce.payment_usd_per_day=3000", "truce.paid_days=3", "truce.unpaid_grace_days=2");
        double[] hijacked = run(10, d -> { });
        assertTrue(truce.party(0));
        assertFalse(truce.party(1), "gang 1 is off the corridor");
        assertEquals(3 * 3000, paid.getOrDefault(0, 0.0), 1e-9, "paid on days 2, 3 and 4");
        assertEquals(0, paid.getOrDefault(1, 0.0), 0);
        assertEquals(0, sum(hijacked, 2, 6), 0, "kept through the grace days 5 and 6");
        assertEquals("payments_stopped", truce.releasedBecause(0));
        assertEquals(7, truce.releasedOn(0));
        assertTrue(sum(hijacked, 7, 10) > 0, "unpaid, the gang is back on its checkpoint before the scheduled end");
    }

    @Test
    void removingThePartyLeaderBreaksItsWord() {
        truce("truce.start_day=1", "truce.days=20");
        double[] hijacked = run(8, d -> { if (d == 4) territory.leaderLost(gangs.get(0), 3); });
        assertEquals(0, sum(hijacked, 1, 3), 0);
        assertEquals("leader_removed", truce.releasedBecause(0));
        assertEquals(4, truce.releasedOn(0));
        assertTrue(sum(hijacked, 4, 8) > 0, "the gang without the leader who negotiated takes the convoys again");
        assertTrue(truce.inForce(), "the corridor is still open on paper");
    }

    @Test
    void aSuccessorWhoMadeNoPromiseIsNotBound() {
        truce("truce.start_day=1", "truce.days=20");
        run(6, d -> { if (d == 3) { territory.leaderLost(gangs.get(0), 2); gangs.get(0).leaderPresent = true; } });
        assertEquals("leader_removed", truce.releasedBecause(0));
    }

    @Test
    void anOffensiveAgainstAPartyEndsItsTruceBeyondTheToleratedClearing() {
        truce("truce.start_day=1", "truce.days=20", "truce.cleared_cells_tolerated=1");
        int a = city.cell(6, 0), b = city.cell(6, 2);
        double[] hijacked = run(8, d -> {
            if (d == 3) clear(a);
            if (d == 5) clear(b);
        });
        assertEquals(0, sum(hijacked, 1, 4), 0, "one cleared cell is tolerated");
        assertEquals("security_offensive", truce.releasedBecause(0));
        assertEquals(5, truce.releasedOn(0));
        assertTrue(sum(hijacked, 5, 8) > 0);
    }

    private void clear(int cell) {
        territory.set(cell, Territory.STATE);
        formerOwner[cell] = 0;
    }

    @Test
    void aGangPaidLessThanItsReservationPriceDoesNotAgree() {
        truce("truce.start_day=1", "truce.days=10", "truce.payment_usd_per_day=500", "truce.gang_reservation_usd_per_day=2000");
        double[] hijacked = run(4, d -> { });
        assertFalse(truce.party(0));
        assertTrue(sum(hijacked, 1, 4) > 0);
        assertTrue(paid.isEmpty());
    }

    @Test
    void aLeaderlessGangCannotBeBound() {
        territory.leaderLost(gangs.get(0), 0);
        truce("truce.start_day=1", "truce.days=10");
        double[] hijacked = run(3, d -> { });
        assertFalse(truce.party(0));
        assertTrue(sum(hijacked, 1, 3) > 0);
    }

    @Test
    void aPartyHoldingTheTerminalLiftsItsBlockadeForTheTruce() {
        int terminal = city.cell(0, 1);
        territory.set(terminal, 0); // the G9 blockade Varreux
        truce("truce.start_day=3", "truce.days=3");
        double[] loaded = new double[8];
        run(7, d -> loaded[d - 1] = supply.ledger().loaded(Cargo.FUEL));
        double before = loaded[2] - loaded[0], during = loaded[5] - loaded[2];
        assertEquals(0, before, 0, "days 1-2: the terminal is blockaded, nothing loads");
        assertTrue(during > 0, "days 3-5: the party lets the tankers load");
        assertEquals(3, truce.blockadeDaysLifted());
        assertEquals(loaded[6], supply.ledger().loaded(Cargo.FUEL), 0, "day 7, after the truce: blockaded again");
    }
}
