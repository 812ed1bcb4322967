package dk.forbind.connector.housing.client;

/**
 * The case system failed a call in a way that may pass: no answer within the time-out, a SOAP Server fault it does
 * not declare, a broken answer. An application is retried with back-off and parked with this reason when the
 * attempts are used up; a look-up gets 504 (time-out) or 502. It carries no cause on purpose: the platform would
 * otherwise take a time-out for an outage and hold the message back even while the system answers its probe.
 */
public class CaseSystemFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean timeout;

    public CaseSystemFailure(String message, boolean timeout) {
        super(message);
        this.timeout = timeout;
    }

    /** Whether the case system gave no answer in time. */
    public boolean timeout() {
        return timeout;
    }
}
