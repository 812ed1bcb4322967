package dk.forbind.connector.housing.client;

import dk.forbind.api.DependencyUnavailableException;

/**
 * The case system cannot serve now: it does not answer, it answers HTTP 502/503/504, it says it is busy (its
 * SystemBusy fault), or the circuit breaker keeps calls away from it. Applications wait on the broker; a citizen's
 * look-up gets 503 with {@link #retryAfterSeconds()}.
 */
public class CaseSystemUnavailable extends DependencyUnavailableException {
    private static final long serialVersionUID = 1L;
    private final int retryAfterSeconds;

    public CaseSystemUnavailable(String message, int retryAfterSeconds) {
        super(CaseSystemClient.DEPENDENCY, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When asking again may help, in seconds. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
