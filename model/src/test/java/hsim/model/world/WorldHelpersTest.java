package hsim.model.world;

import hsim.model.city.City;
import hsim.model.core.RngStream;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WorldHelpersTest {
    @Test
    void boxSumCountsTheWindowClippedAtEdges() {
        float[] in = new float[5 * 4];
        in[2 * 5 + 2] = 1; // centre (2,2)
        in[0] = 3;         // corner (0,0)
        float[] out = new float[in.length];
        BoxSum.apply(in, out, 5, 4, 1);
        assertEquals(4, out[1 * 5 + 1], 0);   // (1,1) sees the corner and the centre
        assertEquals(3, out[0], 0);           // (0,0) sees itself, not the centre (two cells away)
        assertEquals(1, out[3 * 5 + 3], 0);   // (3,3) sees the centre only
        assertEquals(0, out[3 * 5 + 0], 0);   // (0,3) sees neither
        float total = 0;
        BoxSum.apply(in, out, 5, 4, 10);      // a window larger than the grid sums everything
        for (float v : out) total += v;
        assertEquals(4 * 20, total, 0);
    }

    @Test
    void initialTerritoryGrowsFromBasesToTheTargetShareInProportionToSize() {
        City city = City.synthetic(40, 40);
        double[] residents = new double[city.cells()];
        java.util.Arrays.fill(residents, 100);
        Territory t = new Territory(40, 40, new Territory.Settings(0.5, 0.6, 90, 0.35, 0.15, 10, 2));
        GangCell big = new GangCell(0, "big", hsim.model.gangs.Coalition.G9, city.cell(10, 10), 300, 0, 0, 0);
        GangCell small = new GangCell(1, "small", hsim.model.gangs.Coalition.GPEP, city.cell(30, 30), 100, 0, 0, 0);
        GangRoster.grow(List.of(big, small), city, residents, t, 0.5);
        int[] counts = t.counts(2);
        double share = (counts[0] + counts[1]) / 1600.0;
        assertEquals(0.5, share, 0.01);
        assertEquals(3.0, counts[0] / (double) counts[1], 0.2);
        assertEquals(0, t.owner(city.cell(10, 10)));
        assertEquals(1, t.owner(city.cell(30, 30)));
    }

    @Test
    void namedGangsFileIsReadableAndSane() {
        City city = City.synthetic(10, 10); // off the real map: named gangs are skipped, synthetic ones fill
        double[] residents = new double[city.cells()];
        java.util.Arrays.fill(residents, 50);
        Territory t = new Territory(10, 10, new Territory.Settings(0.5, 0.6, 90, 0.35, 0.15, 10, 2));
        List<GangCell> gangs = GangRoster.build(new GangRoster.Settings(5, 500, 0.5, 100, 10, 0.6, 30, 10), city, residents, t, new RngStream(3));
        assertEquals(5, gangs.size());
        double members = 0;
        for (GangCell g : gangs) { members += g.members; assertEquals(g.members * 0.5, g.weapons, 1e-9); }
        assertEquals(500, members, 1e-6);
        assertTrue(GangRoster.readNamed().size() >= 20);
    }

    /**
     * The largest gang is walled into a pocket by the sea, so it cannot reach its quota; the others grow on
     * and the requested share is reached within one cell's worth of residents (issue 13: 0.6 used to start
     * at 0.557 and 0.8 at 0.658).
     */
    @Test
    void initialControlShareIsReachedWhenTheLargestGangIsHemmedIn() {
        for (double share : new double[] {0.6, 0.8}) {
            City.Builder b = City.builder(20, 20);
            // a 3x3 pocket at (1..3, 1..3) ringed by sea
            for (int i = 0; i <= 4; i++) { b.sea(i, 0); b.sea(i, 4); b.sea(0, i); b.sea(4, i); }
            City city = b.build();
            double[] residents = new double[city.cells()];
            double total = 0;
            for (int c = 0; c < city.cells(); c++) if (city.isLand(c)) { residents[c] = 100; total += 100; }
            Territory t = new Territory(20, 20, new Territory.Settings(0.5, 0.6, 90, 0.35, 0.15, 10, 2));
            GangCell walled = new GangCell(0, "walled", hsim.model.gangs.Coalition.G9, city.cell(2, 2), 300, 0, 0, 0);
            GangCell open = new GangCell(1, "open", hsim.model.gangs.Coalition.GPEP, city.cell(15, 15), 100, 0, 0, 0);
            GangRoster.grow(List.of(walled, open), city, residents, t, share);
            int[] counts = t.counts(2);
            assertEquals(9, counts[0], "the walled gang fills its pocket and no more");
            double held = (counts[0] + counts[1]) * 100.0;
            assertEquals(share, held / total, 100.0 / total + 1e-12, "requested share " + share);
        }
    }
}
