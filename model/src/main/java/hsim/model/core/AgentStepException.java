package hsim.model.core;

/** An agent's rule threw during a parallel phase; the run stops with the agent's id and the step. */
public class AgentStepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long agentId;
    private final long step;

    public AgentStepException(long agentId, long step, Throwable cause) {
        super("agent " + agentId + " failed at step " + step + " (day " + (step / 24 + 1) + ", hour "
                + (step % 24) + "): " + cause, cause);
        this.agentId = agentId;
        this.step = step;
    }

    /** The id of the agent (or, for objects without {@link HasAgentId}, the list index). */
    public long agentId() { return agentId; }

    /** The step (simulated hour) during which it failed. */
    public long step() { return step; }
}
