package hsim.model.world;

import hsim.model.conflict.Battles;
import hsim.model.scenario.Param;
import hsim.model.security.SecurityPresence;

import java.util.ArrayList;
import java.util.List;

/**
 * The world's parameters that belong to no rule class of their own, in the catalog's order. The world
 * itself is {@link MetroState} (state) and the processes {@link InterventionModel} registers; this class
 * only keeps the catalog entry point until the catalog is assembled where the model is composed.
 */
public final class Metro {
    private Metro() {}

    public static List<Param> params() {
        List<Param> p = new ArrayList<>(StartingConditions.params());
        p.addAll(Battles.params());
        p.addAll(SecurityPresence.params());
        return p;
    }
}
