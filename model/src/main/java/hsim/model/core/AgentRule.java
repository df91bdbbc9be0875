package hsim.model.core;

/**
 * One agent's update in a parallel phase, for populations stored as arrays and addressed by id.
 * Rules must follow the two-phase discipline (docs/CORE.md): read only state that no agent writes in
 * this phase (the previous phase's results, cell aggregates, the agent's own fields), write only the
 * agent's own fields, and put anything that touches shared things into an {@link IntentBuffer}.
 * Random numbers come from {@code chunk.rng(id, purpose)}.
 */
@FunctionalInterface
public interface AgentRule {
    void step(int id, Chunk chunk);
}
