package hsim.model.people;

import hsim.model.scenario.Param;
import hsim.model.supply.Cargo;
import hsim.model.supply.Catchment;
import hsim.model.supply.SupplyNetwork;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.List;

/**
 * Access to care, as a share in [0, 1] per cell: the people of a cell share the hospitals within
 * {@code people.care_max_minutes} of travel ({@link Catchment}), and each hospital gives the care its
 * last night's supplies allowed: the share of its medical demand it served, scaled down where its
 * generator had no fuel to {@code people.care_without_fuel_share}. A cholera patient is treated with
 * the probability of the share where the patient is.
 *
 * <p>Why it used to flip between 0 and 0.98: access was a yes/no per cell, "some open hospital in reach
 * has medical and fuel stock left at dawn". Dispatch serves water points before hospitals, so the fuel
 * trucks rarely reach more than the first hospital of the list (HUEH), and HUEH is within 45 minutes of
 * 98 % of residents. The whole city's care thus hung on whether one generator tank was empty on a
 * given morning. Care is now graded by what each hospital could serve and shared among everyone who
 * can reach it, so one hospital's tank moves access by its share, not by the whole city.
 */
public final class CareAccess implements Serializable {
    private static final long serialVersionUID = 2L;

    public static List<Param> params() {
        return List.of(Param.number("people.care_without_fuel_share", 0.25, 0, 1, "share",
                "assumption (EDH grid power a few hours a day, daylight and solar keep some services; not measured)",
                "Share of its care a hospital still gives when its generator had no fuel"));
    }

    private final MetroState s;
    private final Catchment hospitals;
    private final double withoutFuel;
    private final float[] share;

    public CareAccess(MetroState s) {
        this.s = s;
        this.hospitals = new Catchment(s.city, s.supply.hospitals, s.ops.careMaxMinutes(), Cargo.MEDICAL);
        this.withoutFuel = s.scenario.number("people.care_without_fuel_share");
        this.share = new float[s.cells];
    }

    /** Share of full care the people in {@code cell} can get today. */
    public double at(int cell) { return share[cell]; }

    /** Care each hospital can give from what it served last night: medical stock, scaled by generator fuel. */
    double capacity(SupplyNetwork.Node h) {
        if (!h.open) return 0;
        return h.met(Cargo.MEDICAL) * (withoutFuel + (1 - withoutFuel) * h.met(Cargo.FUEL));
    }

    /** This morning's access in each of {@code cells} (where people live), from last night's service. */
    public void update(int[] cells) {
        hospitals.shareService(cells, this::capacity, 0, share);
    }

    /**
     * Tonight's medical demand at each hospital from the people who can reach it (after the day's closures);
     * {@code cells} as in {@link Catchment#setDemand}.
     */
    public void setDemand(double[] peopleByCell, int[] cells) {
        hospitals.setDemand(peopleByCell, cells, s.supply.settings().medicalNeedKitsPerResidentPerDay());
    }
}
