package hsim.model.core;

/** Objects stepped by the core that have a stable id; failures then report this id, not the list index. */
public interface HasAgentId {
    long agentId();
}
