/**
 * The city: grids, communes, facilities, roads and travel times.
 *
 * <ul>
 *   <li>{@link hsim.model.city.CityLoader#loadBuiltIn()} gives the Port-au-Prince map from {@code data/port-au-prince/};
 *       {@link hsim.model.city.City#synthetic} and {@link hsim.model.city.City#builder} give tiny hand-built cities
 *       for unit tests.</li>
 *   <li>Cells are numbered {@code int cell = y * width + x} everywhere ({@code y = 0} is the northern row).</li>
 *   <li>{@link hsim.model.city.City#router()} answers travel-time questions: cached per-facility fields
 *       ({@code minutesTo}, {@code nextStep}), point-to-point {@code path}s, and {@link hsim.model.city.CostOverlay}s
 *       for routes that avoid checkpoints.</li>
 *   <li>{@link hsim.model.city.City#homeCells(int, long)} places civilians; {@code population()} is the
 *       residents-per-cell grid behind it.</li>
 * </ul>
 */
package hsim.model.city;
