package dk.forbind.digitalpost.delivery;

/**
 * Digital Post failed a request in a way that may pass (a 5xx other than 503, a time-out, a broken connection):
 * the platform retries the letter with back-off and parks it with this reason when the attempts are used up.
 */
public class DigitalPostFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DigitalPostFailure(String message) {
        super(message);
    }
}
