package dk.forbind.api;

/**
 * A message that can never succeed as it is (bad format, failed validation). The platform does not
 * retry it: it goes straight to the dead-letter queue with this exception's message as the reason.
 */
public class InvalidMessageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String message) {
        super(message);
    }
}
