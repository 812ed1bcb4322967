package dk.forbind.core.internal;

/**
 * Not a failure of the message: it goes back to its queue because something its connector needs is down.
 * Thrown by the dead-letter step so the exchange's transaction rolls back instead of parking the message.
 */
final class MessageWaits extends Exception {
    private static final long serialVersionUID = 1L;
    /** Exchange property of a message held back, so traffic does not count it as taken in or failed. */
    static final String PROPERTY = "ForbindMessageWaits";

    MessageWaits(String connector) {
        super("not parked: connector " + connector + " waits for a dependency; the message waits on its queue",
                null, false, false);
    }
}
