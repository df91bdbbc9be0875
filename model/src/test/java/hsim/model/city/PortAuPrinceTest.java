package hsim.model.city;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Real geography of the built-in map. */
class PortAuPrinceTest {
    static City city;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        city = CityLoader.loadBuiltIn();
        // reported, not asserted (timing belongs in benchmarks)
        System.out.printf("built-in city loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    @Test
    void gridMatchesTheSourceRaster() {
        assertEquals(430, city.width());
        assertEquals(340, city.height());
        assertEquals(18.72, city.northLat(), 1e-9);
        // cells are ~105 m x ~111 m at 18.5 N
        assertEquals(105.6, city.cellWidthM(170), 1.0);
        assertEquals(110.6, city.cellHeightM(), 0.5);
        // Port-au-Prince commune: 2,919 cells per SOURCES.md
        assertEquals(2919, city.cellsOfCommune(111).length);
    }

    @Test
    void commissariatsAndSubCommissariatsAreLoadedOnLand() {
        List<PoliceStation> st = city.policeStations();
        assertEquals(10, st.stream().filter(p -> p.kind() == PoliceStation.Kind.COMMISSARIAT).count());
        assertTrue(st.stream().filter(p -> p.kind() == PoliceStation.Kind.SUB_COMMISSARIAT).count() >= 5);
        assertEquals(st.size(), city.facilities(FacilityKind.POLICE_STATION).size(), "every station is a POLICE_STATION facility");
        for (PoliceStation p : st) {
            assertTrue(city.isLand(p.cell()), p.id());
            assertFalse(p.facility().source().isBlank(), p.id() + " carries its source");
        }
        assertEquals(117, city.facility("police_cite_soleil").commune());
    }

    @Test
    void keyFacilitiesAreOnLandAndReachableFromThePort() {
        Facility port = city.facility("apn_port");
        assertEquals(FacilityKind.SEAPORT, port.kind());
        float[] toPort = city.router().minutesTo(port);
        for (String id : new String[] {"apn_port", "varreux_terminal", "airport", "port_lafito"}) {
            Facility f = city.facility(id);
            assertNotNull(f, id);
            assertTrue(city.isLand(f.cell()), id + " on land");
            assertTrue(Float.isFinite(toPort[f.cell()]), id + " reachable from the port");
        }
        assertTrue(city.facilities(FacilityKind.HOSPITAL).size() >= 15);
        for (Facility h : city.facilities(FacilityKind.HOSPITAL)) {
            assertTrue(city.isLand(h.cell()), h.id());
            Route r = city.router().path(port.cell(), h.cell());
            assertTrue(r.found(), h.id() + " reachable by road from the port");
        }
        assertEquals(117, city.facility("varreux_terminal").commune(), "Varreux is in Cite Soleil");
        assertEquals(118, city.facility("airport").commune(), "the airport is in Tabarre");
        assertEquals(142, city.facility("port_lafito").commune(), "Port Lafito is in Cabaret");
    }

    @Test
    void portToAirportTakesAPlausibleTruckTime() {
        // By road APN -> Bd La Saline -> old-airport hub -> Route de l'Aeroport is about 7-9 km; at the
        // assumed 40 km/h arterial speed that is 11-14 min, so anything outside 10-30 min means the
        // network or the speeds are broken (30 min would be ~15 km/h, i.e. streets only).
        Route r = city.router().path(city.facility("apn_port").cell(), city.facility("airport").cell());
        System.out.printf("APN port -> airport: %.1f min over %d cells%n", r.minutes(), r.length());
        assertTrue(r.minutes() >= 10 && r.minutes() <= 30, "port->airport " + r.minutes() + " min");
        // the fastest route uses the arterials most of the way
        long onArterial = Arrays.stream(r.cells()).filter(c -> city.roadClassAt(c) == RoadClass.ARTERIAL).count();
        assertTrue(onArterial > 0.8 * r.length(), onArterial + " of " + r.length() + " cells on arterials");
    }

    @Test
    void portToHuehTakesAPlausibleTruckTime() {
        // HUEH is ~2.5 km south-east of the port gate (Grand Rue then a few blocks of streets):
        // 4-15 min for a loaded truck in free traffic.
        Facility hueh = city.facility("hueh");
        Route r = city.router().path(city.facility("apn_port").cell(), hueh.cell());
        System.out.printf("APN port -> HUEH: %.1f min over %d cells%n", r.minutes(), r.length());
        assertTrue(r.minutes() >= 4 && r.minutes() <= 15, "port->HUEH " + r.minutes() + " min");
        // the cached field agrees with A*
        assertEquals(r.minutes(), city.router().minutesTo(city.facility("apn_port").cell(), hueh), 1e-3);
    }

    @Test
    void populationGridSumsToCommuneTotals() {
        double total = 0;
        for (Commune k : city.communeMap().values()) {
            double s = city.populationOf(k.code());
            assertEquals(k.population(), s, 1e-6 * Math.max(1, k.population()), k.name());
            total += s;
        }
        assertEquals(3_009_619, total, 1.0, "nine metro communes, IHSI 2015");
        assertEquals(987_310, city.commune(111).population());
        // density is higher next to the main roads than on remote hillsides of the same commune
        int onRoad = city.facility("police_kenscoff").cell();
        double[] kenscoff = Arrays.stream(city.cellsOfCommune(115)).mapToDouble(c -> city.population().field[c % 430][c / 430]).toArray();
        double min = Arrays.stream(kenscoff).min().orElseThrow();
        assertTrue(city.population().field[onRoad % 430][onRoad / 430] > 3 * min);
    }

    @Test
    void homeCellsFollowPopulationAndAreDeterministic() {
        int[] a = city.homeCells(30_000, 42);
        int[] b = city.homeCells(30_000, 42);
        int[] c = city.homeCells(30_000, 43);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        Map<Integer, Integer> share = city.agentsPerCommune(30_000);
        assertEquals(30_000, share.values().stream().mapToInt(Integer::intValue).sum());
        int[] counts = new int[1000];
        for (int cell : a) {
            assertTrue(city.isLand(cell));
            counts[city.communeAt(cell)]++;
        }
        for (Map.Entry<Integer, Integer> e : share.entrySet()) assertEquals(e.getValue(), counts[e.getKey()]);
        // Port-au-Prince holds 987,310 of 3,009,619 people: 9,842 of 30,000 agents
        assertEquals(9842, share.get(111));
        assertEquals(0, counts[142], "Cabaret is not populated in the model");
    }

    @Test
    void survivesJavaSerialisation() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(city); }
        City copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (City) in.readObject();
        }
        assertEquals(city.facilities().size(), copy.facilities().size());
        Facility port = copy.facility("apn_port");
        Facility air = copy.facility("airport");
        assertEquals(city.router().path(port.cell(), air.cell()).minutes(),
                copy.router().path(port.cell(), air.cell()).minutes(), 1e-9);
    }
}
