package hsim.model.city;

/**
 * A path over the grid: cells from start to end inclusive ({@code y * width + x}) and the travel time in
 * minutes including any overlay cost. An unreachable destination gives no cells and infinite minutes.
 */
public record Route(int[] cells, double minutes) {
    static final Route NONE = new Route(new int[0], Double.POSITIVE_INFINITY);

    public boolean found() { return cells.length > 0; }

    public int length() { return cells.length; }
}
