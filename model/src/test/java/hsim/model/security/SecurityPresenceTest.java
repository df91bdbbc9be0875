package hsim.model.security;

import hsim.model.world.BoxSum;
import hsim.model.world.CriticalSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Where the presence map puts the security forces, on the 60 x 20 {@link SecurityWorld} (one commissariat at
 * (30,10), the airport at (5,10), the port at (2,18), Varreux at (10,2)). Each test places one kind of force and
 * checks the cells it covers (a disc of the rule's radius, state-held land only), how much each gets (the
 * force's officer-equivalents shared evenly) and what it leaves untouched.
 */
class SecurityPresenceTest {
    private static final double EPS = 1e-3;

    /** Sum of the presence map over every cell. */
    private static double total(SecurityWorld w) {
        double t = 0;
        for (float v : w.s.secPresence) t += v;
        return t;
    }

    private static boolean inDisc(SecurityWorld w, int c, int center, int r) {
        int dx = c % w.s.width - center % w.s.width, dy = c / w.s.width - center / w.s.width;
        return dx * dx + dy * dy <= r * r;
    }

    /** Every squad gets {@code duty}; {@code null} leaves them untasked (the day-0 patrol share). */
    private static void task(SecurityWorld w, Tasking.Duty duty) {
        for (Squad q : w.s.hnp.squads()) q.task = duty;
    }

    private static double onDuty(SecurityWorld w) {
        double n = 0;
        for (Squad q : w.s.hnp.squads()) n += q.onDuty(w.s.ops.hnpOnDutyShare());
        return n;
    }

    /** A rapid force of two 150-troop companies, all of it landing at once from day 0. */
    private static SecurityWorld twoCompanies() {
        return new SecurityWorld("rapid_force.enabled=true", "rapid_force.troops=300", "rapid_force.ramp_troops_per_day=300",
                "rapid_force.deployment_delay_days=0", "rapid_force.unit_troops=150");
    }

    @Test
    void patrolsCoverTheDiscAroundTheirStationEvenlyWithTheirQualityWeightedOfficers() {
        SecurityWorld w = new SecurityWorld();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        task(w, Tasking.Duty.PATROL);
        p.rebuild();
        int st = w.cell(30, 10), r = (int) w.s.scenario.integer("hnp.patrol_radius_cells");
        assertEquals(12, r);
        double expected = onDuty(w) * w.s.hnp.quality();
        assertTrue(expected > 100, "a real patrol force: " + expected);
        assertEquals(expected, total(w), expected * 1e-5, "every patrolling officer-equivalent lands on the map, once");
        // the disc of radius 12 clipped at the grid's top and bottom rows: 25 columns, rows 0..19
        int n = 0;
        for (int c = 0; c < w.s.cells; c++) if (inDisc(w, c, st, r)) n++;
        for (int c = 0; c < w.s.cells; c++) {
            if (inDisc(w, c, st, r)) assertEquals(expected / n, w.s.secPresence[c], EPS, "even share at " + c);
            else assertEquals(0, w.s.secPresence[c], 0, "nothing outside the patrol radius at " + c);
        }
        assertTrue(w.s.secPresence[w.cell(42, 10)] > 0, "the rim (12 cells east) is covered");
        assertEquals(0, w.s.secPresence[w.cell(42, 11)], 0, "just past the rim is not");
        assertTrue(w.s.secPresence[w.cell(30, 0)] > 0 && w.s.secPresence[w.cell(30, 19)] > 0, "the disc reaches both edges");
        assertEquals(1, w.deployment.patrols().size());
        assertEquals(onDuty(w), w.deployment.patrols().get(0).officers(), 1e-6, "the picture counts officers, not equivalents");
    }

    @Test
    void untaskedSquadsPatrolAtThePatrolShareAndOtherDutiesAddNoPatrol() {
        SecurityWorld w = new SecurityWorld();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        p.rebuild();
        double untasked = total(w);
        assertEquals(onDuty(w) * w.s.ops.hnpPatrolShare() * w.s.hnp.quality(), untasked, untasked * 1e-5);
        task(w, Tasking.Duty.OFFENSIVE);
        p.rebuild();
        assertEquals(0, total(w), 0, "squads on offensive duty are not on the beat");
        assertEquals(0, w.deployment.patrols().get(0).officers(), 0);
    }

    @Test
    void aPatrolCoversOnlyStateHeldLandAndAGangHeldStationPatrolsNothing() {
        // sea along the east edge of the disc, a gang holding its north-west
        SecurityWorld w = new SecurityWorld(b -> { for (int y = 5; y <= 15; y++) for (int x = 38; x <= 52; x++) b.sea(x, y); });
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        w.gang(0, 24, 4, 50, 3);
        task(w, Tasking.Duty.PATROL);
        p.rebuild();
        double expected = onDuty(w) * w.s.hnp.quality();
        assertEquals(expected, total(w), expected * 1e-5, "the patrol's strength is shared over the cells left, not lost");
        int st = w.cell(30, 10);
        int n = 0;
        for (int c = 0; c < w.s.cells; c++) if (inDisc(w, c, st, 12) && w.s.city.isLand(c) && w.s.territory.owner(c) < 0) n++;
        for (int c = 0; c < w.s.cells; c++) {
            boolean covered = inDisc(w, c, st, 12) && w.s.city.isLand(c) && w.s.territory.owner(c) < 0;
            assertEquals(covered ? expected / n : 0, w.s.secPresence[c], EPS, "cell " + c);
        }
        assertEquals(0, w.s.secPresence[w.cell(24, 4)], 0, "the gang's base is not patrolled");
        assertEquals(0, w.s.secPresence[w.cell(40, 10)], 0, "the sea is not patrolled");

        w.gang(1, 30, 10, 50, 1);
        p.rebuild();
        assertEquals(0, total(w), 0, "a station the gangs took sends out no patrols");
        assertTrue(w.deployment.patrols().isEmpty());
    }

    @Test
    void respondersCoverTheirRadiusAroundTheCellTheyWentToWhileTheStateHoldsIt() {
        SecurityWorld w = new SecurityWorld();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        task(w, Tasking.Duty.OFFENSIVE);
        Squad q = w.s.hnp.squads().get(0);
        q.task = Tasking.Duty.RESPOND;
        q.cell = w.cell(50, 10);
        p.rebuild();
        int r = (int) w.s.scenario.integer("hnp.responder_radius_cells");
        assertTrue(r >= 1);
        double eq = q.onDuty(w.s.ops.hnpOnDutyShare()) * w.s.hnp.quality(q);
        assertEquals(eq, total(w), eq * 1e-5);
        for (int c = 0; c < w.s.cells; c++) if (!inDisc(w, c, q.cell, r)) assertEquals(0, w.s.secPresence[c], 0, "cell " + c);
        assertEquals(w.s.secPresence[w.cell(50, 10)], w.s.secPresence[w.cell(50 + r, 10)], EPS, "evenly to the rim");
        assertEquals(0, w.s.secPresence[w.cell(50 + r + 1, 10)], 0);

        w.gang(0, 50, 10, 30, 0);
        p.rebuild();
        assertEquals(0, total(w), 0, "responders at a cell the gang holds add no presence");
    }

    @Test
    void hnpGuardsCoverEveryStateHeldCriticalSiteButNotAGangHeldOne() {
        SecurityWorld w = new SecurityWorld();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        task(w, Tasking.Duty.OFFENSIVE);
        w.deployment.hnpGuardsPerSite = 40;
        p.rebuild();
        double q = w.s.hnp.quality();
        assertEquals(3 * 40 * q, total(w), 1e-3, "three sites, 40 guards each, at the force's quality");
        // the airport at (5,10) is far from the grid's edges: a full disc of radius 3 (29 cells)
        int airport = w.s.airport.cell();
        assertEquals(40 * q / 29, w.s.secPresence[airport], EPS);
        assertEquals(40 * q / 29, w.s.secPresence[w.cell(8, 10)], EPS, "3 cells out: inside");
        assertEquals(0, w.s.secPresence[w.cell(9, 10)], 0, "4 cells out: outside");
        assertEquals(0, w.s.secPresence[w.cell(8, 12)], 0, "(3,2) out: outside the disc, inside its square");
        w.gang(0, 5, 10, 30, 0);
        p.rebuild();
        assertEquals(2 * 40 * q, total(w), 1e-3, "the gang-held airport has no HNP guards");
        assertTrue(w.deployment.guards().isEmpty(), "no foreign guards anywhere");
    }

    @Test
    void foreignGuardsCountOnlyOnceTheyStandAtTheirSite() {
        SecurityWorld w = twoCompanies();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        task(w, Tasking.Duty.OFFENSIVE);
        w.landForce();
        List<RapidForceUnit> units = w.s.force.units();
        assertEquals(2, units.size());
        CriticalSite varreux = w.s.varreux;
        for (RapidForceUnit u : units) u.assign(RapidForceUnit.Task.GUARD_SITE, varreux.cell());
        units.get(0).cell = varreux.cell();
        // the second unit is still walking from the airport
        p.rebuild();
        double te = w.s.troopEquivalent();
        assertTrue(te > 0);
        assertEquals(150 * te, total(w), 1e-3, "only the unit at the site guards it");
        assertEquals(1, w.deployment.guards().size());
        assertEquals(150, w.deployment.guards().get(0).troops(), 1e-9);
        assertEquals("varreux", w.deployment.guards().get(0).site());
        for (int c = 0; c < w.s.cells; c++) if (!inDisc(w, c, varreux.cell(), 4)) assertEquals(0, w.s.secPresence[c], 0);
        assertTrue(w.s.secPresence[w.cell(10, 6)] > 0, "the guard radius is 4 cells");
        units.get(1).cell = varreux.cell();
        p.rebuild();
        assertEquals(300 * te, total(w), 1e-3);
    }

    @Test
    void clearingUnitsCoverTheClearingRadiusAndEscortsSpreadOverTheOpenCorridors() {
        SecurityWorld w = twoCompanies();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        task(w, Tasking.Duty.OFFENSIVE);
        w.landForce();
        w.dispatch();
        RapidForceUnit clear = w.s.force.units().get(0), escort = w.s.force.units().get(1);
        clear.assign(RapidForceUnit.Task.CLEAR_AREA, w.cell(45, 8));
        clear.cell = w.cell(45, 8);
        escort.assign(RapidForceUnit.Task.GUARD_SITE, w.s.port.cell()); // away from its site: adds nothing
        p.rebuild();
        double te = w.s.troopEquivalent();
        int r = w.s.ops.clearRadius();
        assertEquals(150 * te, total(w), 1e-3);
        for (int c = 0; c < w.s.cells; c++) if (!inDisc(w, c, clear.cell, r)) assertEquals(0, w.s.secPresence[c], 0);
        assertTrue(w.deployment.corridors().isEmpty(), "no escort, no corridor picture");

        clear.release();
        escort.assign(RapidForceUnit.Task.ESCORT_CORRIDOR, w.cell(20, 5));
        p.rebuild();
        List<int[]> routes = CorridorSegments.openRoutes(w.s);
        assertFalse(routes.isEmpty(), "a corridor from Varreux");
        int len = 0;
        for (int[] route : routes) len += route.length;
        assertEquals(300 * te, total(w), 1e-3, "escorting and supporting troops together, over the corridors");
        for (int c : routes.get(0)) assertTrue(w.s.secPresence[c] >= 300 * te / len - EPS, "every corridor cell gets its share");
        assertEquals(300, w.deployment.corridorTroops(), 1e-9);
        assertEquals(routes.size(), w.deployment.corridors().size());
    }

    @Test
    void heldStretchesShareTheirOfficersOverTheirStateHeldCellsAndVisionSumsTheWindow() {
        SecurityWorld w = new SecurityWorld();
        SecurityPresence p = new SecurityPresence(w.s, w.deployment);
        task(w, Tasking.Duty.OFFENSIVE);
        int[] cells = {w.cell(50, 15), w.cell(51, 15), w.cell(52, 15), w.cell(53, 15)};
        w.deployment.hnpAreas.add(new Deployment.HeldArea(cells[1], cells, 30, 0));
        w.gang(0, 53, 15, 20, 0);
        p.rebuild();
        double q = w.s.hnp.quality();
        for (int k = 0; k < 3; k++) assertEquals(30 * q / 3, w.s.secPresence[cells[k]], EPS, "three state-held cells share the post");
        assertEquals(0, w.s.secPresence[cells[3]], 0, "the gang-held cell gets none");
        assertEquals(30 * q, total(w), 1e-3);
        int v = w.s.ops.visionCells();
        float[] expect = new float[w.s.cells];
        BoxSum.apply(w.s.secPresence, expect, w.s.width, w.s.height, v);
        assertArrayEquals(expect, w.s.visionSec, 1e-4f, "vision is the sum over the window");
        assertEquals(30 * q, w.s.visionSec[cells[1]], 1e-3, "the whole stretch is within sight of its second cell");
        assertEquals(0, w.s.visionSec[w.cell(50 - v - 1, 15)], 0, "out of sight");
    }
}
