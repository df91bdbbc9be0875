package hsim.model.supply;

/**
 * Whether a gang lets a convoy through its checkpoint untouched: no toll, no hold-up, no delay (a truce
 * corridor, see {@code hsim.model.truce.HumanitarianTruce}). Asked once per checkpoint meeting; the supply
 * network asks {@link #NONE} unless a truce is installed.
 */
public interface SafePassage extends java.io.Serializable {
    SafePassage NONE = (gang, origin, to) -> false;

    /**
     * Whether gang {@code gang} lets pass a convoy from origin number {@code origin} of the network
     * ({@link SupplyNetwork#origins}) to distribution point {@code to}.
     */
    boolean letsPass(int gang, int origin, SupplyNetwork.Node to);
}
