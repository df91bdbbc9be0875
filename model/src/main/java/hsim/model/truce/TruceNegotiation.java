package hsim.model.truce;

import hsim.model.city.Facility;
import hsim.model.city.Router;
import hsim.model.gangs.GangCell;
import hsim.model.gangs.Territory;
import hsim.model.supply.SupplyNetwork;

import java.util.List;
import java.util.Set;

/**
 * Who the truce binds. Mediators talk to the leaders of the gangs whose ground a corridor crosses, the ones
 * that can stop its convoys: every living gang holding a cell on the fastest road of an open corridor (from
 * each of its origins to each of its points). A gang agrees when its leader is present to give his word
 * (leaders who negotiated are bound; a leaderless group has no one to bind it) and the payment offered is at
 * least its reservation price. Assumption, after the pacts in which gang leaders bind their members in
 * exchange for benefits: El Salvador's 2012 truce (MS-13 and Barrio 18 leaders; Cruz and Durán-Martínez 2016,
 * J. Peace Research 53(2), not in literature.md) and Cherizier's G9 declaring the Varreux blockade over on
 * 6 Nov 2022 (Stabroek News, 2022-11-07; literature.md §5.1).
 */
final class TruceNegotiation {
    private TruceNegotiation() {}

    /** party[g] for each gang now in {@code gangs}. */
    static boolean[] parties(TruceSettings ts, List<GangCell> gangs, Territory territory, SupplyNetwork supply, Router router) {
        boolean[] onCorridor = new boolean[gangs.size()];
        Set<Corridor> open = ts.corridors();
        for (SupplyNetwork.Origin o : supply.origins) {
            for (SupplyNetwork.Node n : supply.allNodes()) {
                if (!carried(open, o.facility, n.facility)) continue;
                for (int cell : router.path(o.facility.cell(), n.facility).cells()) {
                    int g = territory.owner(cell);
                    if (g >= 0 && g < onCorridor.length) onCorridor[g] = true;
                }
            }
        }
        boolean[] party = new boolean[gangs.size()];
        boolean paidEnough = ts.paymentUsdPerDay() >= ts.reservationUsdPerDay();
        for (GangCell g : gangs) party[g.id] = onCorridor[g.id] && g.alive && g.leaderPresent && paidEnough;
        return party;
    }

    static boolean carried(Set<Corridor> open, Facility from, Facility to) {
        for (Corridor c : open) if (c.carries(from, to)) return true;
        return false;
    }
}
