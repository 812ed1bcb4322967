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
    /**
     * Suspended by an operator: its consumers take no messages (they wait on the broker, or in its inbox) and the
     * ones in flight finished; it stays so until an operator resumes it.
     */
    SUSPENDED,
    /** Draining in-flight messages before it stops. */
    STOPPING,
    /** Stopped by an operator, or on its way out with its bundle or route file; nothing of it runs. */
    STOPPED,
    /** Not started because it broke a platform rule (such as a missing processing declaration). */
    REFUSED,
    /** Its routes failed to start. */
    FAILED
}
