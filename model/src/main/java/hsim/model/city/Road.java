package hsim.model.city;

import java.io.Serializable;

/**
 * One road as a polyline of waypoints (lat/lon, WGS84) and the grid cells it was rasterised to, in
 * travel order. {@code note} says how approximate the alignment is.
 */
public record Road(String id, String name, RoadClass roadClass, String note, double[] lat, double[] lon,
                   int[] cells) implements Serializable {
    public int waypoints() { return lat.length; }
}
