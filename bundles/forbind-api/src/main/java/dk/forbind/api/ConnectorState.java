package dk.forbind.api;

/** Life cycle of a deployed connector as operators see it. */
public enum ConnectorState {
    STARTING,
    RUNNING,
    /**
     * Its consumers are suspended because something it needs is down (its reason says what, since when); its
     * messages wait on the broker, and it resumes by itself when the dependency answers again.
     */
    WAITING,
    /** Draining in-flight messages before it stops. */
    STOPPING,
    STOPPED,
    /** Not started because it broke a platform rule (such as a missing processing declaration). */
    REFUSED,
    /** Its routes failed to start. */
    FAILED
}
