package hsim.model.core;

/**
 * One object's update in a parallel phase (units, gang cells, trucks). Same discipline as
 * {@link AgentRule}; {@code index} is the object's position in the list being stepped.
 */
@FunctionalInterface
public interface ObjectRule<T> {
    void step(T item, int index, Chunk chunk);
}
