/**
 * The deterministic parallel stepping core (design and rules for writing agent rules: docs/CORE.md).
 * <ul>
 *   <li>{@link hsim.model.core.Rate}, {@link hsim.model.core.Hazard}: how often processes run, and
 *       per-day to per-hour probability conversions;</li>
 *   <li>{@link hsim.model.core.ParallelCore}: the worker pool; {@code forEach} over ids or objects,
 *       deterministic {@code sum}/{@code count};</li>
 *   <li>{@link hsim.model.core.AgentRule}, {@link hsim.model.core.ObjectRule},
 *       {@link hsim.model.core.Chunk}: what a rule implements and sees;</li>
 *   <li>{@link hsim.model.core.IntentBuffer}: writes to shared things, resolved in a fixed order;</li>
 *   <li>{@link hsim.model.core.Rng}, {@link hsim.model.core.RngStream}: counter-based random numbers
 *       keyed by (seed, id, step, purpose);</li>
 *   <li>{@link hsim.model.core.SpatialIndex}: cell to agents, rebuilt by counting sort;</li>
 *   <li>{@link hsim.model.core.StateHash}: hashing state for determinism checks.</li>
 * </ul>
 * Results never depend on the thread count or chunk size; tests check this bit for bit.
 */
package hsim.model.core;
