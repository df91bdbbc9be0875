package hsim.model.world;

import hsim.model.core.Rng;
import hsim.model.people.Cholera;
import hsim.model.people.CivilianDay;
import hsim.model.people.CivilianIntents;
import hsim.model.people.Civilians;
import hsim.model.scenario.Param;

import java.util.Arrays;
import java.util.List;

/**
 * The world as of 1 October 2022, applied once to a fresh {@link MetroState}: Varreux and the port
 * blockaded by the nearest gang (or open), the airport state-held, civilians at home cells drawn from
 * the population grid, the first cholera cases in the commune of Varreux, the displaced, and the gangs'
 * members as agents among the residents of their ground.
 */
public final class StartingConditions {
    private StartingConditions() {}

    public static List<Param> params() {
        return List.of(
                Param.flag("gangs.varreux_blockaded_at_start", true,
                        "AP: Varreux 'inoperable since 12 Sept 2022' (literature.md §5.1)", "Varreux is held by a gang on day 1"),
                Param.flag("gangs.port_held_at_start", true, "BINUH S/2022/761 (gangs took the international port)",
                        "The APN port is held by a gang on day 1"),
                Param.integer("gangs.blockade_radius_cells", 3, 0, 100, "cells", "assumption",
                        "Ground around a blockaded (or opened) site that its holder has on day 1"),
                Param.integer("security.airport_clear_radius_cells", 4, 0, 100, "cells", "assumption (the airport kept operating in Oct 2022)",
                        "Ground around the airport held by the state on day 1"),
                Param.number("people.start_displaced_draw", 0.2, 0, 1, "share", "assumption",
                        "Chance that a resident of gang-held ground is looked at when the displaced of day 1 are placed (spreads them over the gangs' ground)"),
                Param.number("people.start_legitimacy_drop_gang_ground", 0.1, 0, 1, "1", "assumption (life under a gang already costs the state trust)",
                        "How much lower a resident of gang-held ground starts on legitimacy than people.legitimacy_initial"),
                Param.number("cholera.initial_symptomatic_share", 1.0 / 3, 0, 1, "share", "assumption",
                        "Share of the first cholera cases who are symptomatic on day 1 (the rest are exposed)"));
    }

    public static void apply(MetroState s, Ground ground) {
        int radius = s.scenario.integer("gangs.blockade_radius_cells");
        // a site is either blockaded (held by the nearest gang) or open (held by the state), whatever the territory growth did
        if (s.varreux != null) {
            if (s.scenario.flag("gangs.varreux_blockaded_at_start")) ground.blockade(s.varreux, radius);
            else ground.clearRadius(s.varreux.cell(), radius, -1);
        }
        if (s.port != null) {
            if (s.scenario.flag("gangs.port_held_at_start")) ground.blockade(s.port, radius);
            else ground.clearRadius(s.port.cell(), radius, -1);
        }
        if (s.airport != null) ground.clearRadius(s.airport.cell(), s.scenario.integer("security.airport_clear_radius_cells"), -1);
        Arrays.fill(s.formerOwner, -1); // the starting map is not ground "cleared" by an operation
        populate(s);
    }

    /** Civilians at home cells drawn from the population grid; the first cholera cases; the displaced of Oct 2022. */
    private static void populate(MetroState s) {
        Civilians civ = s.civ;
        int agents = (int) Math.round(s.totalResidents / s.ppa);
        int[] homes = s.city.homeCells(agents, Rng.derive(s.seed, 1));
        float gangGroundDrop = (float) s.scenario.number("people.start_legitimacy_drop_gang_ground");
        for (int i = 0; i < agents; i++) {
            s.streams.reset(Stream.CIVILIAN_START, i, -1);
            float base = (float) CivilianDay.baseline(s, i);
            float l = (float) s.legitimacy.settings().initial();
            civ.add(homes[i], base, s.territory.owner(homes[i]) >= 0 ? l - gangGroundDrop : l, (float) s.rng.nextDouble());
        }
        // first cholera cases in the commune of the Varreux terminal (Cite Soleil; WHO DON 12 Oct 2022)
        int sick = (int) Math.ceil(s.cholera.settings().initialInfectedPeople() / s.ppa);
        double symptomatic = s.scenario.number("cholera.initial_symptomatic_share");
        int cases = 0;
        int commune = s.varreux != null ? s.varreux.facility.commune() : -1;
        for (int i = 0; i < civ.size() && sick > 0; i++) {
            if (commune < 0 || s.communeOfCell(civ.homeCell(i)) == commune) {
                // every k-th case symptomatic, k = 1 / share: the first cases are spread evenly over both states
                cases++;
                boolean sym = Math.floor(cases * symptomatic) > Math.floor((cases - 1) * symptomatic);
                civ.setCholera(i, sym ? Cholera.SYMPTOMATIC : Cholera.EXPOSED);
                sick--;
            }
        }
        // displaced: residents of gang-held cells, moved to a safer cell nearby
        int displaced = (int) Math.round(s.displacement.settings().initialDisplacedPeople() / s.ppa);
        for (int i = 0; i < civ.size() && displaced > 0; i++) {
            if (s.territory.owner(civ.homeCell(i)) < 0) continue;
            s.streams.reset(Stream.START_DISPLACEMENT, i, -1);
            if (s.rng.nextDouble() > s.scenario.number("people.start_displaced_draw")) continue;
            int to = CivilianIntents.refuge(s, civ.homeCell(i), s.rng);
            if (to < 0) continue;
            civ.setCell(i, to);
            civ.set(i, Civilians.DISPLACED, true);
            displaced--;
        }
        s.membership.enlistAtStart();
    }
}
