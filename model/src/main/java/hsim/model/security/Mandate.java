package hsim.model.security;

/**
 * The order of the rapid force's tasks from the proposal: secure the port, then the airport, then the
 * Varreux terminal; then open and escort supply corridors; then support HNP operations. A facility is
 * handed to the HNP only once HNP officers there can hold it against the threat nearby.
 */
public final class Mandate {
    public enum Task { SECURE_PORT, SECURE_AIRPORT, SECURE_VARREUX, OPEN_CORRIDORS, SUPPORT_HNP }

    private Mandate() {}

    /** The force's main effort given which critical facilities are already secured. */
    public static Task current(boolean portSecured, boolean airportSecured, boolean varreuxSecured, boolean corridorsOpen) {
        if (!portSecured) return Task.SECURE_PORT;
        if (!airportSecured) return Task.SECURE_AIRPORT;
        if (!varreuxSecured) return Task.SECURE_VARREUX;
        if (!corridorsOpen) return Task.OPEN_CORRIDORS;
        return Task.SUPPORT_HNP;
    }

    /**
     * Phased handover rule: HNP officers at a facility can hold it when their strength (officers times
     * quality) is at least {@code holdRatio} times the armed threat within reach, and at least
     * {@code minimumOfficers}.
     */
    public static boolean hnpCanHold(double officers, double quality, double threat, double holdRatio, double minimumOfficers) {
        return officers >= minimumOfficers && officers * quality >= holdRatio * threat;
    }
}
