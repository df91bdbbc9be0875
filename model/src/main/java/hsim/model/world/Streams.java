package hsim.model.world;

import hsim.model.core.Rng;

/** The purpose tags of the world's random streams (see {@link Rng#purpose}). */
public final class Streams {
    private Streams() {}

    public static final long P_INIT = Rng.purpose("metro.init"), P_CIV = Rng.purpose("metro.civilian"),
            P_BASE = Rng.purpose("metro.hardship_baseline"), P_GANG = Rng.purpose("metro.gangs"),
            P_SEC = Rng.purpose("metro.security"), P_SUP = Rng.purpose("metro.supply"), P_FLEE = Rng.purpose("metro.flee");
}
