package dk.forbind.api;

/** Life cycle of a deployed connector as operators see it. */
public enum ConnectorState {
    STARTING,
    RUNNING,
    /** Draining in-flight messages before it stops. */
    STOPPING,
    STOPPED,
    /** Not started because it broke a platform rule (such as a missing processing declaration). */
    REFUSED,
    /** Its routes failed to start. */
    FAILED
}
