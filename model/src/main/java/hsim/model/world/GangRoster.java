package hsim.model.world;

import hsim.model.InputException;
import hsim.model.city.CsvTable;
import hsim.model.city.City;
import hsim.model.core.RngStream;
import hsim.model.gangs.Coalition;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The gangs of October 2022: the named groups of {@code data/port-au-prince/gangs-2022.csv} (see
 * data/README.md, section Gangs) plus synthetic small groups up to the ~95 of GI-TOC's count, and their initial
 * territory, grown outward from each base until the share of residents under gang control matches the
 * UN's "about 60 %" (Oct 2022).
 */
public final class GangRoster {
    public static final String FILE = "data/port-au-prince/gangs-2022.csv";

    public record Settings(int countMetro, double membersTotal, double weaponsPerMember, double roundsPerWeapon,
                           double cashUsdPerMember, double initialControlShare, int baseSearchCells, double syntheticMinMembers) {}

    public static List<Param> params() {
        return List.of(
                Param.integer("gangs.count_metro", 95, 0, 1000, "gangs", "GI-TOC via dr1.com 2024-02-15 (~95 gangs in PaP)",
                        "Gangs in the metro area; those not named in gangs-2022.csv are synthetic small groups"),
                Param.number("gangs.members_total_metro", 4500, 0, 1e6, "members",
                        "assumption (SNDDR ~3,000 armed men nationally c. 2020, half in PaP; G9 >1,000 in 2023; literature.md §5.1)",
                        "Gang members in the metro area at the start"),
                Param.number("gangs.weapons_per_member", 0.7, 0, 5, "weapons/member", "assumption (30-50 % minors, UNICEF)",
                        "Firearms per member at the start"),
                Param.number("gangs.initial_rounds_per_weapon", 200, 0, 1e5, "rounds/weapon", "assumption", "Ammunition at the start"),
                Param.number("gangs.initial_cash_usd_per_member", 300, 0, 1e6, "USD/member", "assumption", "Cash at the start"),
                Param.number("gangs.initial_control_share", 0.6, 0, 1, "share",
                        "UN via AP 2022-10-28 (~60 % of the capital under gang control)",
                        "Share of residents living in gang-held cells at the start"),
                Param.integer("gangs.base_search_cells", 30, 0, 1000, "cells", "assumption (geocoded bases may fall on water or off the grid)",
                        "A named gang's base is the land cell nearest its coordinates within this many cells; farther, it is off the map"),
                Param.number("gangs.synthetic_min_members", 10, 0, 1e4, "members", "assumption (GI-TOC counts groups of a few dozen)",
                        "Fewest members of a synthetic gang before the metro total is scaled"));
    }

    public static Settings from(Scenario s) {
        return new Settings(s.integer("gangs.count_metro"), s.number("gangs.members_total_metro"), s.number("gangs.weapons_per_member"),
                s.number("gangs.initial_rounds_per_weapon"), s.number("gangs.initial_cash_usd_per_member"),
                s.number("gangs.initial_control_share"), s.integer("gangs.base_search_cells"), s.number("gangs.synthetic_min_members"));
    }

    private record Row(String name, Coalition coalition, double lat, double lon, double members, int line) {}

    private GangRoster() {}

    /** Reads the named gangs from the bundled CSV. */
    static List<Row> readNamed() {
        String text;
        try (InputStream in = GangRoster.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) throw new InputException(FILE, 0, null, "missing from the build");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(FILE, 0, null, "cannot be read: " + e.getMessage());
        }
        CsvTable t = new CsvTable(FILE, text, "name", "coalition", "lat", "lon", "members", "leader", "position_quality", "source");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int line = t.line(i);
            String coalition = t.required(i, "coalition");
            double members = t.number(i, "members", 0, Double.MAX_VALUE);
            if (!(members > 0)) throw new InputException(FILE, line, "members", "must be > 0");
            try {
                rows.add(new Row(t.required(i, "name"), Coalition.parse(coalition), t.number(i, "lat", -90, 90),
                        t.number(i, "lon", -180, 180), members, line));
            } catch (IllegalArgumentException e) {
                throw new InputException(FILE, line, "coalition", e.getMessage());
            }
        }
        return rows;
    }

    /**
     * Creates the gangs on {@code city} and grows their territory into {@code territory}.
     * {@code residents} is people per cell.
     */
    public static List<GangCell> build(Settings s, City city, double[] residents, Territory territory, RngStream rng) {
        List<GangCell> gangs = new ArrayList<>();
        List<Row> named = readNamed();
        double namedMembers = 0;
        int kept = 0;
        for (Row r : named) {
            if (kept >= s.countMetro()) break;
            int cell = landCellNear(city, city.xOf(r.lon()), city.yOf(r.lat()), s.baseSearchCells());
            if (cell < 0) continue; // off this map (small test cities)
            gangs.add(new GangCell(gangs.size(), r.name(), r.coalition(), cell, r.members(), 0, 0, 0));
            namedMembers += r.members();
            kept++;
        }
        int synthetic = Math.max(0, s.countMetro() - gangs.size());
        // named sizes are kept relative to each other; everything is scaled to the metro total
        double syntheticEach = synthetic == 0 ? 0 : Math.max(s.syntheticMinMembers(), (s.membersTotal() - namedMembers) / synthetic);
        List<Integer> populated = new ArrayList<>();
        for (int c = 0; c < residents.length; c++) if (residents[c] > 0) populated.add(c);
        for (int k = 0; k < synthetic && !populated.isEmpty(); k++) {
            int cell = populated.get(rng.nextInt(populated.size()));
            gangs.add(new GangCell(gangs.size(), "synthetic-" + (k + 1), Coalition.INDEPENDENT, cell, syntheticEach, 0, 0, 0));
        }
        double total = 0;
        for (GangCell g : gangs) total += g.members;
        double scale = total > 0 ? s.membersTotal() / total : 0;
        for (GangCell g : gangs) {
            g.members *= scale;
            g.weapons = g.members * s.weaponsPerMember();
            g.ammunition = g.weapons * s.roundsPerWeapon();
            g.cashUsd = g.members * s.cashUsdPerMember();
        }
        grow(gangs, city, residents, territory, s.initialControlShare());
        return gangs;
    }

    /** The land cell nearest to (x, y) within {@code reach} cells, or -1. */
    static int landCellNear(City city, int x, int y, int reach) {
        for (int r = 0; r <= reach; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != r) continue;
                    int xx = x + dx, yy = y + dy;
                    if (city.inside(xx, yy) && city.isLand(city.cell(xx, yy))) return city.cell(xx, yy);
                }
            }
        }
        return -1;
    }

    /**
     * Breadth-first growth from every base at once, one ring step per gang in turn, each gang taking
     * residents in proportion to its size, until the controlled share of residents reaches the target.
     * When every gang still under its quota is hemmed in (by the sea or by other gangs), the quotas are
     * lifted and the others grow on, so the target share is reached unless the land runs out.
     */
    static void grow(List<GangCell> gangs, City city, double[] residents, Territory t, double targetShare) {
        double total = 0;
        for (double r : residents) total += r;
        double target = total * targetShare, held = 0;
        double members = 0;
        for (GangCell g : gangs) members += g.members;
        int n = gangs.size();
        List<ArrayDeque<Integer>> fronts = new ArrayList<>();
        double[] heldBy = new double[n];
        for (GangCell g : gangs) {
            ArrayDeque<Integer> q = new ArrayDeque<>();
            if (t.owner(g.baseCell) == Territory.STATE) {
                t.set(g.baseCell, g.id);
                held += residents[g.baseCell];
                heldBy[g.id] += residents[g.baseCell];
            }
            q.add(g.baseCell);
            fronts.add(q);
        }
        int w = city.width(), h = city.height();
        int[] dx = {1, -1, 0, 0}, dy = {0, 0, 1, -1};
        boolean progress = true, quotas = true;
        while (held < target && (progress || quotas)) {
            if (!progress) quotas = false; // the gangs under quota are hemmed in: the others grow on to the target
            progress = false;
            for (GangCell g : gangs) {
                if (held >= target) break;
                double quota = target * g.members / Math.max(1e-9, members);
                if (quotas && heldBy[g.id] >= quota) continue;
                ArrayDeque<Integer> q = fronts.get(g.id);
                // expand one cell of this gang's frontier
                while (!q.isEmpty()) {
                    int c = q.peek();
                    int x = c % w, y = c / w;
                    int took = -1;
                    for (int k = 0; k < 4; k++) {
                        int xx = x + dx[k], yy = y + dy[k];
                        if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
                        int nc = yy * w + xx;
                        if (!city.isLand(nc) || t.owner(nc) != Territory.STATE) continue;
                        took = nc;
                        break;
                    }
                    if (took < 0) { q.poll(); continue; }
                    t.set(took, g.id);
                    held += residents[took];
                    heldBy[g.id] += residents[took];
                    q.add(took);
                    progress = true;
                    break;
                }
            }
        }
        int[] counts = t.counts(n);
        for (GangCell g : gangs) g.territoryCells = counts[g.id];
    }
}
