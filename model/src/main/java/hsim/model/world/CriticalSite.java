package hsim.model.world;

import hsim.model.city.Facility;

import java.io.Serializable;

/**
 * One of the three places the proposal's rapid force must secure first: the APN port, the airport and
 * the Varreux fuel terminal. Who controls it is read from the territory map (the site's cell); this
 * records whether foreign troops guard it and whether it has been handed over to the HNP.
 */
public final class CriticalSite implements Serializable {
    private static final long serialVersionUID = 1L;
    public final String name;
    public final Facility facility;
    /** Foreign troops guard it (secured by the rapid force, not yet handed over). */
    public boolean foreignHeld;
    public boolean handedOver;
    public int handedOverDay = -1;

    public CriticalSite(String name, Facility facility) {
        this.name = name;
        this.facility = facility;
    }

    public int cell() { return facility.cell(); }
}
